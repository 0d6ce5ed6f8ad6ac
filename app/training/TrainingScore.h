// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QList>
#include <QString>

namespace xj {

enum class TrainingOutcomeKind { Hit, Miss, FalseAlarm };

inline constexpr EnumTable<TrainingOutcomeKind, 3> TrainingOutcomeKinds{
    "xj::TrainingScore",
    {{{TrainingOutcomeKind::Hit, "hit", QT_TRANSLATE_NOOP("xj::TrainingScore", "Found")},
      {TrainingOutcomeKind::Miss, "miss", QT_TRANSLATE_NOOP("xj::TrainingScore", "Missed")},
      {TrainingOutcomeKind::FalseAlarm, "false_alarm",
       QT_TRANSLATE_NOOP("xj::TrainingScore", "False alarm")}}}};

/// One line of a scored attempt: a key entry found (hit) or not (miss), or a trainee's finding that
/// matches nothing in the key (false alarm).
struct TrainingOutcome
{
    TrainingOutcomeKind kind = TrainingOutcomeKind::Hit;
    QString keyId;        ///< the key entry (hits and misses); empty for a false alarm
    qint64 findingId = 0; ///< the trainee's finding (hits and false alarms); 0 for a miss
    QString category;     ///< P01…P17: the key's for hits and misses, the item's first one for false alarms
    QString itemCode;
    QString page; ///< site-relative path
    QString text; ///< misses: the key's text; hits: the trainee's element text, else the key's; false alarms:
                  ///< the trainee's
    QString description; ///< the key's description for hits and misses, the trainee's otherwise
};

/// Counts of one category (or of the whole attempt when `category` is empty).
struct TrainingTally
{
    QString category;
    int hits = 0;
    int misses = 0;
    int falseAlarms = 0;

    /// Share of the trainee's findings that are real problems; 1 when the trainee flagged nothing.
    double precision() const { return hits + falseAlarms == 0 ? 1.0 : double(hits) / (hits + falseAlarms); }
    /// Share of the key's problems the trainee found; 1 when the key has none.
    double recall() const { return hits + misses == 0 ? 1.0 : double(hits) / (hits + misses); }
    void add(TrainingOutcomeKind kind);
    /// recall() and precision() as "66.7%"; "—" when there is nothing to measure (no problem in
    /// the key, or no finding).
    QString recallText() const;
    QString precisionText() const;
};

/// The score of one attempt: every outcome, the whole-attempt tally and one tally per category
/// (sorted by category code).
struct TrainingScore
{
    QList<TrainingOutcome> outcomes;
    TrainingTally overall;
    QList<TrainingTally> byCategory;

    /// The score of these outcomes: the overall tally and one per category (sorted by code).
    /// Outcomes without a category count in the overall tally only.
    static TrainingScore fromOutcomes(QList<TrainingOutcome> outcomes);
};

} // namespace xj
