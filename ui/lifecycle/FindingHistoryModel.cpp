// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/FindingHistoryModel.h"

#include "model/Finding.h"

namespace xj {

FindingHistoryModel::FindingHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingHistoryModel::setChanges(const QList<FindingChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString FindingHistoryModel::valueText(const QString &field, const QString &value)
{
    if (field == QLatin1String("state") || field == QLatin1String("created")) {
        if (const auto state = FindingStates.fromCode(value))
            return FindingStates.label(*state);
    }
    if (field == QLatin1String("severity")) {
        if (const auto severity = FindingSeverities.fromCode(value))
            return FindingSeverities.label(*severity);
    }
    if (field == QLatin1String("recheck"))
        return value == QLatin1String("passed") ? tr("Passed") : tr("Failed");
    return value;
}

QString FindingHistoryModel::changeText(const FindingChange &change)
{
    const QString newText = valueText(change.field, change.newValue);
    if (change.oldValue.isEmpty())
        return newText;
    return tr("%1 → %2").arg(valueText(change.field, change.oldValue), newText);
}

QString FindingHistoryModel::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

int FindingHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int FindingHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingHistoryModel::text(const FindingChange &change, int column)
{
    switch (column) {
    case TimeColumn:
        return timeText(change.changedAt);
    case ActorColumn:
        return change.actor;
    case FieldColumn:
        return FindingHistoryRepository::fieldLabel(change.field);
    case ChangeColumn:
        return changeText(change);
    case NoteColumn:
        return change.note;
    default:
        return {};
    }
}

QVariant FindingHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    // Notes and long values overflow their column: the tooltip shows the whole text.
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(m_changes.at(index.row()), index.column());
    return {};
}

QVariant FindingHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case FieldColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Change");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace xj
