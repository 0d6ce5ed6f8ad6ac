// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace xj {

enum class ScoreOutcome { Pass, Fail, Incomplete };

inline constexpr EnumTable<ScoreOutcome, 3> ScoreOutcomes{
    "xj::Score",
    {{{ScoreOutcome::Pass, "pass", QT_TRANSLATE_NOOP("xj::Score", "Qualified")},
      {ScoreOutcome::Fail, "fail", QT_TRANSLATE_NOOP("xj::Score", "Unqualified")},
      {ScoreOutcome::Incomplete, "incomplete", QT_TRANSLATE_NOOP("xj::Score", "Not yet decided")}}}};

/// The result of one site or account against one checklist, as ScoreCalculator works it out.
///
/// Fail is final as soon as it is certain (a veto item failed, or even the best case for the items
/// still open stays below the pass mark); Pass needs every veto and deduction item judged. While
/// the outcome is Incomplete the scores are provisional: they count the open items as no deduction.
struct ScoreResult
{
    ScoreOutcome outcome = ScoreOutcome::Incomplete;
    QStringList vetoFailedItems;          ///< codes of veto items judged Fail
    std::optional<double> deductionScore; ///< 扣分部分; none after a veto failure or for veto-only templates
    std::optional<double> bonusScore;     ///< 加分部分; none unless the bonus part is open
    std::optional<double> total;          ///< deductionScore + bonusScore
    double deductedPoints = 0;   ///< Σ min(recorded points, item points) over deduction items judged Fail
    double applicablePoints = 0; ///< deduction points of the items not judged 不适用
    bool rescaled = false;       ///< 不适用 items were left out and the score scaled back to the total
    bool bonusOpen = false;      ///< the deduction score is above the bonus threshold and the bonus applies
    bool failedByPassMark = false;
    QStringList cappedItems;   ///< items whose recorded points exceeded their maximum and were capped
    QStringList unjudgedItems; ///< veto and deduction items without a verdict (bonus items once open)
    QString explanation;       ///< a few sentences on how the result came about, translated

    bool hasScore() const { return deductionScore.has_value(); }
};

} // namespace xj
