// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/ImportPlan.h"

#include <QCoreApplication>
#include <QHash>

namespace xj {

/// Marks the rows of a plan that repeat an earlier row of the same file or a site already in the
/// registry, by the registry's own duplicate rules: the same 网站标识码, the same address (as
/// normalizedSiteUrl() compares them) or the same account on the same platform. The earlier row
/// stays; the later one is reported as repeating it.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(xj::DuplicateFinder)
public:
    /// `registered`: the sites in the database (SiteRepository::all()).
    explicit DuplicateFinder(const QList<Site> &registered);

    void markDuplicates(QList<ImportRow> &rows) const;

    /// The keys under which a site is unique, e.g. "url:www.x.gov.cn".
    static QStringList keys(const Site &site);

private:
    /// "the same address www.x.gov.cn", for the in-file message.
    static QString describeKey(const QString &key);

    QHash<QString, Site> m_registered;
};

} // namespace xj
