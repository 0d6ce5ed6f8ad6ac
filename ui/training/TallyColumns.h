// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingScore.h"

#include <QCoreApplication>
#include <QVariant>

namespace xj {

/// The five figures every table of training scores shows, in this order: found, missed, false
/// alarms, recall, precision — one place for their headings and values.
class TallyColumns
{
    Q_DECLARE_TR_FUNCTIONS(xj::TallyColumns)
public:
    enum Figure { Found, Missed, FalseAlarms, Recall, Precision, Count };

    static QString header(int figure);
    static QVariant value(const TrainingTally &tally, int figure);
};

} // namespace xj
