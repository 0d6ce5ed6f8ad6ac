// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingsModel.h"

#include <QLocale>

namespace xj {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingsModel::rowOf(qint64 findingId) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings.at(i).id == findingId)
            return i;
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? finding(index.row()) : nullptr;
    if (!f)
        return {};
    if (role == FindingIdRole)
        return f->id;
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return f->description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FoundAtColumn:
        return QLocale().toString(f->foundAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case ItemColumn:
        return f->itemCode;
    case DescriptionColumn:
        return f->description.simplified();
    case UrlColumn:
        return f->url;
    case SeverityColumn:
        return FindingSeverities.label(f->severity);
    case StateColumn:
        return FindingStates.label(f->state);
    case InspectorColumn:
        return f->inspector;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FoundAtColumn:
        return tr("Found");
    case ItemColumn:
        return tr("Item");
    case DescriptionColumn:
        return tr("Problem");
    case UrlColumn:
        return tr("Page");
    case SeverityColumn:
        return tr("Judgement");
    case StateColumn:
        return tr("State");
    case InspectorColumn:
        return tr("Inspector");
    }
    return {};
}

} // namespace xj
