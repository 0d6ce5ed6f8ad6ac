// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "escalation/TrainingEnrollment.h"
#include "training/TrainingScore.h"

#include <QDateTime>
#include <QList>

namespace xj {

class Database;

/// One trainee's progress at a glance: attendance, submitted attempts and the summed score.
struct TrainingOverviewRow
{
    TrainingEnrollment enrollment;
    QString unitName;
    QString siteName;
    int daysPresent = 0;
    int attemptsSubmitted = 0;
    /// Hits, misses and false alarms summed over the submitted attempts (recall and precision
    /// of the sums, so a long exercise weighs more than a short one).
    TrainingTally overall;
    QDateTime lastAttemptAt; ///< start of the newest attempt; invalid when none
};

/// Loads the instructor's overview of the training: one row per enrollment that is not
/// cancelled, newest first.
class TrainingOverview
{
public:
    static Result<QList<TrainingOverviewRow>> load(const Database &database);
};

} // namespace xj
