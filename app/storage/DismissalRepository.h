// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace xj {

class Database;

/// Candidates an inspector dismissed: remembered per page address, check and text, so the same
/// false alarm is never proposed there again (by anyone using this data folder).
class DismissalRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::DismissalRepository)
public:
    explicit DismissalRepository(const Database &database);

    /// Records the dismissal; dismissing the same thing twice is fine.
    Status dismiss(qint64 siteId, const QString &pageUrl, const QString &checkId, const QString &text,
                   const QString &inspector) const;
    /// Candidate::dismissalKey() of everything dismissed on the page.
    Result<QSet<QString>> keysFor(const QString &pageUrl) const;
    /// Forgets every dismissal on the page (the inspector wants to see all candidates again).
    Status clear(const QString &pageUrl) const;

    /// The form of an address dismissals are kept under: without the fragment.
    static QString pageKey(const QString &pageUrl);

private:
    const Database &m_db;
};

} // namespace xj
