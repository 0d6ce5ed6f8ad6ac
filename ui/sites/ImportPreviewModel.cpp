// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace xj {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.rows.size())
        return {};
    const ImportRow &row = m_plan.rows.at(index.row());
    if (role == Qt::BackgroundRole && !row.isValid())
        return QBrush(QColor(0xff, 0xeb, 0xee));
    if (role == Qt::ToolTipRole && index.column() == ProblemColumn && !row.isValid())
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return row.rowNumber;
    case NameColumn:
        return row.site.name;
    case KindColumn:
        return siteTypeLabel(row.site);
    case UnitColumn:
        return row.unitName;
    case AddressColumn:
        return row.site.kind == SiteKind::NewMedia && row.site.url.isEmpty() ? row.site.accountId
                                                                             : row.site.url;
    case ProblemColumn: {
        QStringList messages;
        for (const ImportProblem &p : row.problems)
            messages.append(p.message);
        return messages.isEmpty() ? tr("OK") : messages.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Type");
    case UnitColumn:
        return tr("Host unit");
    case AddressColumn:
        return tr("Address / account");
    case ProblemColumn:
        return tr("Check");
    }
    return {};
}

} // namespace xj
