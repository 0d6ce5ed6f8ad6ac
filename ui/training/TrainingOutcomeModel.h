// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingScore.h"

#include <QAbstractTableModel>

namespace xj {

/// The lines of a scored attempt: every problem of the key found or missed, then every false alarm.
class TrainingOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingOutcomeModel)
public:
    enum Column { Result, Category, Item, Page, Text, Description, ColumnCount };

    explicit TrainingOutcomeModel(QList<TrainingOutcome> outcomes, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TrainingOutcome &outcome(int row) const { return m_outcomes.at(row); }

private:
    QList<TrainingOutcome> m_outcomes;
};

} // namespace xj
