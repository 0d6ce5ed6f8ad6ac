// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TallyColumns.h"

namespace xj {

QString TallyColumns::header(int figure)
{
    switch (figure) {
    case Found:
        return tr("Found");
    case Missed:
        return tr("Missed");
    case FalseAlarms:
        return tr("False alarms");
    case Recall:
        return tr("Recall");
    case Precision:
        return tr("Precision");
    default:
        return {};
    }
}

QVariant TallyColumns::value(const TrainingTally &tally, int figure)
{
    switch (figure) {
    case Found:
        return tally.hits;
    case Missed:
        return tally.misses;
    case FalseAlarms:
        return tally.falseAlarms;
    case Recall:
        return tally.recallText();
    case Precision:
        return tally.precisionText();
    default:
        return {};
    }
}

} // namespace xj
