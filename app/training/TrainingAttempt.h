// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"
#include "training/TrainingScore.h"

#include <QDateTime>
#include <QString>

namespace xj {

enum class TrainingAttemptStatus { InProgress, Submitted };

inline constexpr EnumTable<TrainingAttemptStatus, 2> TrainingAttemptStatuses{
    "xj::TrainingAttempt",
    {{{TrainingAttemptStatus::InProgress, "in_progress",
       QT_TRANSLATE_NOOP("xj::TrainingAttempt", "In progress")},
      {TrainingAttemptStatus::Submitted, "submitted",
       QT_TRANSLATE_NOOP("xj::TrainingAttempt", "Submitted")}}}};

/// One trainee's go at one exercise (training_attempts). While in progress the trainee's findings
/// live in the attempt's own workspace; on submission the score's counts are copied here and its
/// outcomes into training_outcomes, so the result outlives the workspace.
struct TrainingAttempt
{
    /// Day 0: extra practice outside the plan; 1…5: the plan's days.
    static constexpr int ExtraPractice = 0;
    static constexpr int LastDay = 5;

    qint64 id = 0;
    qint64 enrollmentId = 0;
    qint64 exerciseId = 0;
    int day = ExtraPractice;
    bool hintsAllowed = false;
    int timeLimitMinutes = 0; ///< 0: no limit
    QDateTime startedAt;      ///< invalid when starting: now
    QDateTime submittedAt;    ///< invalid while in progress
    int elapsedSeconds = 0;
    QString workspace; ///< the workspace folder, relative to the data folder
    TrainingAttemptStatus status = TrainingAttemptStatus::InProgress;
    int hits = 0;
    int misses = 0;
    int falseAlarms = 0;

    bool isSubmitted() const { return status == TrainingAttemptStatus::Submitted; }
    /// The stored counts as a whole-attempt tally (recall, precision).
    TrainingTally tally() const { return {{}, hits, misses, falseAlarms}; }
};

} // namespace xj
