// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/FindingHistoryRepository.h"

#include <QAbstractTableModel>

namespace xj {

/// The changes of one finding, one row per `FindingChange` in the order the repository returns
/// them (oldest first), with stored codes turned into words. Read-only: history is append-only.
class FindingHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingHistoryModel)
public:
    enum Column { TimeColumn, ActorColumn, FieldColumn, ChangeColumn, NoteColumn, ColumnCount };

    explicit FindingHistoryModel(QObject *parent = nullptr);

    void setChanges(const QList<FindingChange> &changes);
    const QList<FindingChange> &changes() const { return m_changes; }
    const FindingChange &at(int row) const { return m_changes.at(row); }

    /// A stored value in words: state and severity codes become their labels.
    static QString valueText(const QString &field, const QString &value);
    /// "old → new", or just the new value when there was none.
    static QString changeText(const FindingChange &change);
    /// A stored UTC time as the inspector reads it: local time to the minute, empty when unknown.
    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString text(const FindingChange &change, int column);

    QList<FindingChange> m_changes;
};

} // namespace xj
