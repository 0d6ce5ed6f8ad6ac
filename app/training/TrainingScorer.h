// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"
#include "training/Exercise.h"
#include "training/TrainingScore.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace xj {

/// Scores a trainee's findings on an exercise against its answer key, with FindingMatcher pairing
/// them one to one. A key entry paired with a finding is a hit, a key entry left over a miss, a
/// finding left over a false alarm. Findings the trainee marked as false positives are withdrawn and
/// not scored; findings without a checklist item can match nothing and are false alarms.
///
/// A false alarm has no key entry to take a category from, so it takes that of the first key entry
/// for the same item, else the first category the checklist gives the item (`itemCategories`, item
/// code → categories), else none. The outcomes list hits and misses in key order, then false alarms
/// in the order of the findings. `byCategory` has one tally per category that has any outcome,
/// sorted by code; outcomes without a category count only in `overall`.
class TrainingScorer
{
public:
    static TrainingScore score(const QList<ExerciseKeyEntry> &key, const QList<Finding> &findings,
                               const QHash<QString, QStringList> &itemCategories);
};

} // namespace xj
