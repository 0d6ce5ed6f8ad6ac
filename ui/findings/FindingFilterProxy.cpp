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

void FindingFilterProxy::setRestriction(const Restriction &restriction)
{
    m_restriction = restriction;
    invalidateRowsFilter();
}

bool FindingFilterProxy::restrictionAccepts(int sourceRow) const
{
    if (!m_restriction.isActive())
        return true;
    const auto *findings = qobject_cast<const FindingsModel *>(sourceModel());
    const Finding *f = findings ? findings->finding(sourceRow) : nullptr;
    if (!f)
        return false;
    return (m_restriction.siteId == 0 || f->siteId == m_restriction.siteId) &&
           (!m_restriction.itemCodes || m_restriction.itemCodes->contains(f->itemCode)) &&
           (m_restriction.states.isEmpty() || m_restriction.states.contains(int(f->state))) &&
           (!m_restriction.findingIds || m_restriction.findingIds->contains(f->id));
}

bool FindingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!restrictionAccepts(sourceRow))
        return false;
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
