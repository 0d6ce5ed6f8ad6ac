// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditUnmatchedModel.h"

namespace xj {

AuditUnmatchedModel::AuditUnmatchedModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditUnmatchedModel::setRows(const QList<AuditStatistics::Unmatched> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AuditUnmatchedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditUnmatchedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditUnmatchedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditStatistics::Unmatched &u = m_rows.at(index.row());
    switch (index.column()) {
    case SiteColumn:
        return u.site;
    case SeenByColumn:
        return u.team;
    case MissedByColumn:
        return u.otherTeam;
    case ItemColumn:
        return u.itemCode;
    case UrlColumn:
        return u.url;
    case DescriptionColumn:
        return u.description;
    default:
        return {};
    }
}

QVariant AuditUnmatchedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case SeenByColumn:
        return tr("Seen by");
    case MissedByColumn:
        return tr("Not seen by");
    case ItemColumn:
        return tr("Item");
    case UrlColumn:
        return tr("Page");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace xj
