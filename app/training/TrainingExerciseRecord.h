// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Exercise.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace xj {

/// An exercise of the office's library as the database lists it (training_exercises): enough to
/// choose one without reading its folder. The folder, relative to the data folder, holds the
/// exercise itself (Exercise::load).
struct TrainingExerciseRecord
{
    qint64 id = 0;
    QString uuid;
    QString title;
    ExerciseSource source = ExerciseSource::Demo;
    quint64 seed = 0;
    QStringList categories; ///< empty: all
    QDate asOf;
    QString folder;  ///< relative to the data folder
    int keySize = 0; ///< entries of the answer key
    QDateTime createdAt;
    QString createdBy;
};

} // namespace xj
