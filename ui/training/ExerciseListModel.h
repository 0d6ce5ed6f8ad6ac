// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingExerciseRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace xj {

/// The office's exercise library as a read-only table: title, source (generated practice site or
/// real inspection), seed, planted categories, the date the site is measured against, the size of
/// the answer key and when it was created.
class ExerciseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseListModel)
public:
    enum Column { Title, Source, Seed, Categories, AsOf, KeySize, Created, ColumnCount };

    explicit ExerciseListModel(QObject *parent = nullptr);

    void setExercises(const QList<TrainingExerciseRecord> &exercises);
    const QList<TrainingExerciseRecord> &exercises() const { return m_exercises; }
    /// The row of the exercise with this id, or -1.
    int rowOf(qint64 exerciseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrainingExerciseRecord> m_exercises;
};

} // namespace xj
