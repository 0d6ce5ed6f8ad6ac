// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ScoreResult.h"
#include "model/ChecklistTemplate.h"
#include "model/Verdict.h"

#include <QCoreApplication>
#include <QHash>

namespace xj {

/// Turns an inspector's verdicts into 合格/不合格 and a score by the rules of 国办秘函〔2019〕19号
/// (indicators.md §1): any failed veto item → unqualified and nothing else is scored; otherwise the
/// deduction part is the total minus what the failed deduction items lose, each capped at the item's
/// points; below the pass mark → unqualified; above the bonus threshold a portal earns bonus points,
/// capped per item and in total. 不适用 deduction items are left out and the score scaled back to
/// the total (the "75 × 4/3" rule) when the template says so. Veto-only templates (new media) give
/// no score. Points recorded on a Pass verdict of a deduction item count as nothing; bonus points
/// count only on a Pass verdict. A pure function: no I/O, no state.
class ScoreCalculator
{
    Q_DECLARE_TR_FUNCTIONS(xj::ScoreCalculator)
public:
    using Verdicts = QHash<QString, Verdict>; ///< by item code

    static ScoreResult calculate(const ChecklistTemplate &checklist, const Verdicts &verdicts, bool portal);

    /// Points as a report shows them: at most two decimals, no trailing zeros ("86.67", "60").
    static QString formatPoints(double points);

private:
    static bool scoreDeductions(const ChecklistTemplate &checklist, const Verdicts &verdicts,
                                ScoreResult &result, QStringList &explanation);
    static void scoreBonus(const ChecklistTemplate &checklist, const Verdicts &verdicts, bool portal,
                           ScoreResult &result, QStringList &explanation);
    /// Deducted or earned points of one verdict, capped at the item's points.
    static double cappedPoints(const ChecklistItem &item, const Verdict &verdict, ScoreResult &result);
    static QString describe(const ChecklistTemplate &checklist, const QStringList &codes);
};

} // namespace xj
