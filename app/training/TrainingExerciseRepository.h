// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/TrainingExerciseRecord.h"

#include <QCoreApplication>
#include <QList>

namespace xj {

class Database;

/// The catalogue of the office's training exercises (training_exercises). Only the row: the
/// exercise's folder is written and removed by whoever imports or deletes it.
class TrainingExerciseRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::TrainingExerciseRepository)
public:
    explicit TrainingExerciseRepository(const Database &database);

    /// Lists the exercise kept in `folderRelative` (relative to the data folder). Its id. Refused
    /// when an exercise with the same uuid is already listed.
    Result<qint64> add(const Exercise &exercise, const QString &folderRelative) const;
    /// Every exercise, newest first.
    Result<QList<TrainingExerciseRecord>> all() const;
    Result<TrainingExerciseRecord> find(qint64 id) const;
    Result<TrainingExerciseRecord> findByUuid(const QString &uuid) const;
    /// Refused while an attempt uses the exercise: the trainee's score would lose its key.
    Status remove(qint64 id) const;

private:
    Result<QList<TrainingExerciseRecord>> select(const QString &where, const QVariantList &params) const;

    const Database &m_db;
};

} // namespace xj
