// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace xj {

/// Narrows the site list by a search text (name, address, account, unit, 标识码) and by kind.
class SiteFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteFilterProxy)
public:
    explicit SiteFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setKindFilter(std::optional<SiteKind> kind);
    /// Only these sites (the sites of the current round); nullopt: every site.
    void setSiteIds(std::optional<QSet<qint64>> siteIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<SiteKind> m_kind;
    std::optional<QSet<qint64>> m_siteIds;
};

} // namespace xj
