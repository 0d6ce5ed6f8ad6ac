// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingsModel.h"

#include <QLocale>

namespace xj {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(const QList<Finding> &findings, const QHash<qint64, QString> &siteNames,
                                const QHash<qint64, int> &screenshotCounts)
{
    beginResetModel();
    m_findings = findings;
    m_siteNames = siteNames;
    m_screenshotCounts = screenshotCounts;
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
    switch (role) {
    case FindingIdRole:
        return f->id;
    case ItemCodeRole:
        return f->itemCode;
    case StateRole:
        return int(f->state);
    case SearchTextRole:
        return QStringList{f->description, f->url,         f->pageTitle,
                           f->itemCode,    f->elementText, m_siteNames.value(f->siteId),
                           f->inspector}
            .join(QLatin1Char('\n'));
    case SortRole:
        if (index.column() == FoundAtColumn)
            return f->foundAt;
        if (index.column() == EvidenceColumn)
            return m_screenshotCounts.value(f->id);
        return display(*f, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return f->description;
        if (index.column() == UrlColumn)
            return f->url;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EvidenceColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::DisplayRole:
        return display(*f, index.column());
    }
    return {};
}

QVariant FindingsModel::display(const Finding &f, int column) const
{
    switch (column) {
    case FoundAtColumn:
        return QLocale().toString(f.foundAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case SiteColumn:
        return m_siteNames.value(f.siteId);
    case ItemColumn:
        return f.itemCode;
    case DescriptionColumn:
        return f.description.simplified();
    case UrlColumn:
        return f.url;
    case SeverityColumn:
        return FindingSeverities.label(f.severity);
    case StateColumn:
        return FindingStates.label(f.state);
    case InspectorColumn:
        return f.inspector;
    case EvidenceColumn:
        return m_screenshotCounts.value(f.id);
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
    case SiteColumn:
        return tr("Site");
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
    case EvidenceColumn:
        return tr("Screenshots");
    }
    return {};
}

} // namespace xj
