// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ScoreCalculator.h"

#include "core/Logging.h"

#include <QtMath>

#include <algorithm>

namespace xj {

namespace {

// Rescaled scores are fractions (65 × 100 / 75); a score that is 60 up to rounding noise has passed.
constexpr double Tolerance = 1e-6;

} // namespace

ScoreResult ScoreCalculator::calculate(const ChecklistTemplate &t, const Verdicts &verdicts, bool portal)
{
    ScoreResult r;
    QStringList explanation;
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        if (!t.item(it.key()))
            qCDebug(lcChecklist) << "verdict for unknown item ignored:" << it.key() << "in" << t.key;
    }
    for (const ChecklistItem &item : t.items) {
        if (item.kind == ItemKind::Bonus)
            continue;
        const auto v = verdicts.constFind(item.code);
        if (v == verdicts.cend())
            r.unjudgedItems.append(item.code);
        else if (item.kind == ItemKind::Veto && v->value == VerdictValue::Fail)
            r.vetoFailedItems.append(item.code);
    }

    if (!r.vetoFailedItems.isEmpty()) {
        r.outcome = ScoreOutcome::Fail;
        r.explanation = tr("%n veto item(s) failed: %1. A failed veto item makes the result unqualified, and "
                           "the other items are not scored.",
                           nullptr, int(r.vetoFailedItems.size()))
                            .arg(describe(t, r.vetoFailedItems));
        return r;
    }
    if (!r.unjudgedItems.isEmpty())
        explanation.append(tr("%n item(s) not judged yet: %1.", nullptr, int(r.unjudgedItems.size()))
                               .arg(describe(t, r.unjudgedItems)));

    if (t.scoring.mode == ScoringRules::Mode::VetoOnly) {
        r.outcome = r.unjudgedItems.isEmpty() ? ScoreOutcome::Pass : ScoreOutcome::Incomplete;
        if (r.outcome == ScoreOutcome::Pass)
            explanation.append(tr("All veto items passed. This checklist has veto items only and gives no "
                                  "score, so the result is qualified."));
        r.explanation = explanation.join(QLatin1Char(' '));
        return r;
    }

    // Open items count as no deduction, so the score can only go down as they are judged (a 不适用
    // verdict lowers it too, through the rescaling). A provisional score below the pass mark is
    // therefore already a final Fail.
    const bool complete = r.unjudgedItems.isEmpty();
    if (!scoreDeductions(t, verdicts, r, explanation)) {
        r.explanation = explanation.join(QLatin1Char(' '));
        return r;
    }
    const double score = *r.deductionScore;
    if (score < t.scoring.passMark - Tolerance) {
        r.failedByPassMark = true;
        r.outcome = ScoreOutcome::Fail;
        r.total = score;
        explanation.append(tr("The score is below the pass mark of %1, so the result is unqualified.")
                               .arg(formatPoints(t.scoring.passMark)));
        r.explanation = explanation.join(QLatin1Char(' '));
        return r;
    }
    scoreBonus(t, verdicts, portal, r, explanation);
    r.total = score + r.bonusScore.value_or(0);
    r.outcome = complete ? ScoreOutcome::Pass : ScoreOutcome::Incomplete;
    explanation.append(complete ? tr("Result: qualified, total %1.").arg(formatPoints(*r.total))
                                : tr("Provisional total %1; the result is decided once every item is judged.")
                                      .arg(formatPoints(*r.total)));
    r.explanation = explanation.join(QLatin1Char(' '));
    return r;
}

bool ScoreCalculator::scoreDeductions(const ChecklistTemplate &t, const Verdicts &verdicts, ScoreResult &r,
                                      QStringList &explanation)
{
    double allPoints = 0;
    double notApplicable = 0;
    for (const ChecklistItem *item : t.itemsOfKind(ItemKind::Deduction)) {
        allPoints += item->points;
        const auto v = verdicts.constFind(item->code);
        if (v == verdicts.cend())
            continue;
        if (v->value == VerdictValue::NotApplicable)
            notApplicable += item->points;
        else if (v->value == VerdictValue::Fail)
            r.deductedPoints += cappedPoints(*item, *v, r);
    }
    r.applicablePoints = allPoints - notApplicable;
    const double total = t.scoring.deductionTotal;
    double score = total - r.deductedPoints;
    if (t.scoring.rescaleNotApplicable && notApplicable > 0) {
        if (r.applicablePoints <= Tolerance) {
            r.outcome = ScoreOutcome::Incomplete;
            explanation.append(
                tr("Every deduction item is marked not applicable, so there is nothing to score."));
            return false;
        }
        r.rescaled = true;
        score = (r.applicablePoints - r.deductedPoints) * total / r.applicablePoints;
    }
    score = std::clamp(score, 0.0, total);
    r.deductionScore = score;
    if (!r.cappedItems.isEmpty())
        explanation.append(tr("The points recorded for %1 exceed the item's maximum and were capped.")
                               .arg(describe(t, r.cappedItems)));
    if (r.rescaled)
        explanation.append(tr("Items worth %1 points are not applicable, so the deduction part is scored out "
                              "of the remaining %2 points and scaled back: (%2 − %3) × %4 / %2 = %5.")
                               .arg(formatPoints(notApplicable), formatPoints(r.applicablePoints),
                                    formatPoints(r.deductedPoints), formatPoints(total),
                                    formatPoints(score)));
    else
        explanation.append(
            tr("Deduction part: %1 points deducted, score %2 of %3.")
                .arg(formatPoints(r.deductedPoints), formatPoints(score), formatPoints(total)));
    return true;
}

void ScoreCalculator::scoreBonus(const ChecklistTemplate &t, const Verdicts &verdicts, bool portal,
                                 ScoreResult &r, QStringList &explanation)
{
    const ScoringRules &s = t.scoring;
    if (!(*r.deductionScore > s.bonusThreshold + Tolerance)) // 高于80分: strictly above
        return;
    if (s.bonusPortalOnly && !portal) {
        explanation.append(tr("The score is above %1, but the bonus part applies to portal websites only.")
                               .arg(formatPoints(s.bonusThreshold)));
        return;
    }
    r.bonusOpen = true;
    double earned = 0;
    for (const ChecklistItem *item : t.itemsOfKind(ItemKind::Bonus)) {
        const auto v = verdicts.constFind(item->code);
        if (v == verdicts.cend())
            r.unjudgedItems.append(item->code);
        else if (v->value == VerdictValue::Pass)
            earned += cappedPoints(*item, *v, r);
    }
    r.bonusScore = std::min(earned, s.bonusTotal);
    explanation.append(
        tr("The score is above %1, so the bonus part is open: %2 bonus points (at most %3).")
            .arg(formatPoints(s.bonusThreshold), formatPoints(*r.bonusScore), formatPoints(s.bonusTotal)));
}

double ScoreCalculator::cappedPoints(const ChecklistItem &item, const Verdict &verdict, ScoreResult &r)
{
    const double recorded = std::max(0.0, verdict.points);
    if (recorded <= item.points + Tolerance)
        return recorded;
    r.cappedItems.append(item.code);
    return item.points;
}

// Names up to five items with their titles; a longer list would bury the rest of the explanation,
// and the full list is in ScoreResult anyway.
QString ScoreCalculator::describe(const ChecklistTemplate &t, const QStringList &codes)
{
    constexpr qsizetype Shown = 5;
    QStringList parts;
    for (const QString &code : codes.first(std::min(Shown, codes.size()))) {
        const ChecklistItem *item = t.item(code);
        parts.append(item ? code + QLatin1Char(' ') + item->title : code);
    }
    if (codes.size() > Shown)
        parts.append(tr("and %n more", nullptr, int(codes.size() - Shown)));
    return parts.join(QStringLiteral(", "));
}

QString ScoreCalculator::formatPoints(double points)
{
    QString text = QString::number(qRound64(points * 100) / 100.0, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace xj
