// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/OverdueModel.h"

namespace xj {

OverdueModel::OverdueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OverdueModel::setRows(const QList<DeadlineRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OverdueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverdueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverdueModel::text(const DeadlineRow &row, int column) const
{
    switch (column) {
    case SiteColumn:
        return row.siteName;
    case UnitColumn:
        return row.unitName;
    case NoticeColumn:
        return row.noticeNumber;
    case DeadlineColumn:
        return row.deadline.toString(Qt::ISODate);
    case DaysColumn:
        return QString::number(row.workingDaysOverdue);
    case FindingColumn:
        return QStringLiteral("#%1 %2 — %3")
            .arg(row.finding.id)
            .arg(FindingStates.label(row.finding.state), row.finding.description);
    default:
        return {};
    }
}

QVariant OverdueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    // The cells can be longer than their column: the tooltip shows the whole text.
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(m_rows.at(index.row()), index.column());
    if (role == Qt::TextAlignmentRole && index.column() == DaysColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OverdueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SiteColumn:
        return tr("Site");
    case UnitColumn:
        return tr("Unit");
    case NoticeColumn:
        return tr("Notice");
    case DeadlineColumn:
        return tr("Deadline");
    case DaysColumn:
        return tr("Working days overdue");
    case FindingColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace xj
