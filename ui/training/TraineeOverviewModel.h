// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingOverview.h"

#include <QAbstractTableModel>
#include <QList>

namespace xj {

/// The instructor's trainees as a read-only table: who, from where, since when, the status of the
/// enrolment, days present, submitted attempts and the summed found / missed / false alarm counts
/// with recall and precision.
class TraineeOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraineeOverviewModel)
public:
    enum Column {
        Name,
        Unit,
        Site,
        StartDate,
        Status,
        DaysPresent,
        Attempts,
        Found,
        Missed,
        FalseAlarms,
        Recall,
        Precision,
        ColumnCount
    };

    explicit TraineeOverviewModel(QObject *parent = nullptr);

    void setRows(const QList<TrainingOverviewRow> &rows);
    const QList<TrainingOverviewRow> &rows() const { return m_rows; }
    /// The row of the enrolment with this id, or -1.
    int rowOf(qint64 enrollmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrainingOverviewRow> m_rows;
};

} // namespace xj
