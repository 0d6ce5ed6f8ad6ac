// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/SiteFilterProxy.h"

#include "sites/SiteListModel.h"

namespace xj {

SiteFilterProxy::SiteFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
}

void SiteFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void SiteFilterProxy::setKindFilter(std::optional<SiteKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void SiteFilterProxy::setSiteIds(std::optional<QSet<qint64>> siteIds)
{
    if (siteIds == m_siteIds)
        return;
    m_siteIds = std::move(siteIds);
    invalidateFilter();
}

bool SiteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(SiteListModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_siteIds && !m_siteIds->contains(index.data(SiteListModel::SiteIdRole).toLongLong()))
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack = index.data(SiteListModel::SearchTextRole).toString();
    // Every word typed must appear somewhere, so "教育 微信" finds the education bureau's WeChat.
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
}

} // namespace xj
