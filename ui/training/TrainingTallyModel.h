// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingScore.h"

#include <QAbstractTableModel>

namespace xj {

/// A score's counts per problem category, with the whole attempt as the last row: found, missed,
/// false alarms, recall (share of the key found) and precision (share of the findings that are real).
class TrainingTallyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingTallyModel)
public:
    enum Column { Category, Hits, Misses, FalseAlarms, Recall, Precision, ColumnCount };

    explicit TrainingTallyModel(const TrainingScore &score, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrainingTally> m_rows; ///< the categories, then the overall tally
};

} // namespace xj
