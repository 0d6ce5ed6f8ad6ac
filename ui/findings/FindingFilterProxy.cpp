// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingFilterProxy.h"

#include "findings/FindingsModel.h"

namespace xj {

FindingFilterProxy::FindingFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FindingFilterProxy::setItemCode(const QString &itemCode)
{
    m_itemCode = itemCode;
    invalidateRowsFilter();
}

void FindingFilterProxy::setState(std::optional<int> state)
{
    m_state = state;
    invalidateRowsFilter();
}

void FindingFilterProxy::setText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool FindingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_itemCode.isEmpty() && index.data(FindingsModel::ItemCodeRole).toString() != m_itemCode)
        return false;
    if (m_state && index.data(FindingsModel::StateRole).toInt() != *m_state)
        return false;
    const QString haystack = index.data(FindingsModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace xj
