// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/FindingChoiceModel.h"

namespace xj {

FindingChoiceModel::FindingChoiceModel(QList<Finding> findings, QSet<qint64> archived, QObject *parent)
    : QAbstractTableModel(parent)
    , m_findings(std::move(findings))
    , m_archived(std::move(archived))
    , m_checked(m_archived) // the findings that can become part of an exercise start ticked
{}

int FindingChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_findings.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Item)
        return m_checked.contains(f.id) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Item:
        return f.itemCode;
    case Description:
        return f.description;
    case Page:
        return f.url;
    case Archived:
        return m_archived.contains(f.id) ? tr("Yes") : tr("No — left out");
    default:
        return {};
    }
}

bool FindingChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole ||
        index.column() != Item)
        return false;
    const qint64 id = m_findings.at(index.row()).id;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags FindingChoiceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Item)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FindingChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Description:
        return tr("Problem");
    case Page:
        return tr("Page");
    case Archived:
        return tr("Page archived");
    default:
        return {};
    }
}

QList<qint64> FindingChoiceModel::checkedIds() const
{
    QList<qint64> ids;
    for (const Finding &f : m_findings) {
        if (m_checked.contains(f.id))
            ids.append(f.id);
    }
    return ids;
}

} // namespace xj
