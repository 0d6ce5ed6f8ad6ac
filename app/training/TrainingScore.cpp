// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingScore.h"

#include <QMap>

namespace xj {

namespace {
QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("—")
                      : QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%');
}
} // namespace

QString TrainingTally::recallText() const
{
    return percent(hits, hits + misses);
}

QString TrainingTally::precisionText() const
{
    return percent(hits, hits + falseAlarms);
}

void TrainingTally::add(TrainingOutcomeKind kind)
{
    switch (kind) {
    case TrainingOutcomeKind::Hit:
        ++hits;
        break;
    case TrainingOutcomeKind::Miss:
        ++misses;
        break;
    case TrainingOutcomeKind::FalseAlarm:
        ++falseAlarms;
        break;
    }
}

TrainingScore TrainingScore::fromOutcomes(QList<TrainingOutcome> outcomes)
{
    TrainingScore score;
    QMap<QString, TrainingTally> byCategory; // a QMap keeps the codes sorted
    for (const TrainingOutcome &o : std::as_const(outcomes)) {
        score.overall.add(o.kind);
        if (o.category.isEmpty())
            continue;
        TrainingTally &tally = byCategory[o.category];
        tally.category = o.category;
        tally.add(o.kind);
    }
    score.byCategory = byCategory.values();
    score.outcomes = std::move(outcomes);
    return score;
}

} // namespace xj
