// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/TemplateValidator.h"

#include "checklist/ChecklistKeys.h"

#include <QtMath>

namespace xj {

namespace K = ChecklistKeys;

namespace {

// Points are typed by hand with at most a decimal or two; anything closer than this is equal.
constexpr double Tolerance = 1e-6;

bool differ(double a, double b)
{
    return qAbs(a - b) > Tolerance;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString field(const QString &path, QLatin1String key)
{
    return path + QLatin1Char('.') + key;
}

} // namespace

bool TemplateValidator::validate(const ChecklistTemplate &t, const TemplatePaths &paths, LoadContext &context)
{
    if (t.items.isEmpty())
        return context.fail(QString(K::Items), tr("the template has no items; add at least one"));
    for (const ChecklistItem &item : t.items) {
        if (!checkItem(t, item, paths.items.value(item.code, QString(K::Items)), context))
            return false;
    }
    return checkScoring(t, context) && checkAreaTotals(t, paths, context);
}

bool TemplateValidator::checkItem(const ChecklistTemplate &t, const ChecklistItem &item, const QString &path,
                                  LoadContext &context)
{
    const ChecklistArea *area = t.area(item.areaId);
    if (!area) {
        QStringList ids;
        for (const ChecklistArea &a : t.areas)
            ids.append(a.id);
        return context.fail(field(path, K::Area),
                            tr("item %1 belongs to the area “%2”, but the template has no area with that id; "
                               "the areas are: %3")
                                .arg(item.code, item.areaId, ids.join(QStringLiteral(", "))));
    }
    if (area->kind != item.kind)
        return context.fail(
            field(path, K::Kind),
            tr("item %1 is of the kind “%2”, but its area “%3” holds items "
               "of the kind “%4”")
                .arg(item.code, ItemKinds.code(item.kind), area->name, ItemKinds.code(area->kind)));
    if (item.kind == ItemKind::Veto && item.points != 0)
        return context.fail(field(path, K::Points),
                            tr("item %1 is a veto item: failing it fails the whole site, so it carries no "
                               "points (it has %2); write 0 or leave the field out")
                                .arg(item.code, number(item.points)));
    if (t.scoring.mode == ScoringRules::Mode::VetoOnly && item.kind != ItemKind::Veto)
        return context.fail(field(path, K::Kind),
                            tr("item %1 is a %2 item, but the template is scored by veto "
                               "items only (scoring.mode is “veto_only”)")
                                .arg(item.code, ItemKinds.code(item.kind)));
    if (item.kind == ItemKind::Bonus && item.points > t.scoring.bonusTotal + Tolerance)
        return context.fail(field(path, K::Points),
                            tr("bonus item %1 is worth %2 points, more than the whole "
                               "bonus part (scoring.bonus_total = %3)")
                                .arg(item.code, number(item.points), number(t.scoring.bonusTotal)));
    return true;
}

bool TemplateValidator::checkScoring(const ChecklistTemplate &t, LoadContext &context)
{
    const ScoringRules &s = t.scoring;
    if (s.mode == ScoringRules::Mode::VetoOnly)
        return true;
    const QString scoring(K::Scoring);
    const double deductions = t.totalPoints(ItemKind::Deduction);
    if (differ(deductions, s.deductionTotal))
        return context.fail(field(scoring, K::DeductionTotal),
                            tr("the deduction items add up to %1 points, but the template is scored out of "
                               "%2; change the points of the items, or set scoring.deduction_total to %1")
                                .arg(number(deductions), number(s.deductionTotal)));
    if (s.passMark > s.deductionTotal + Tolerance)
        return context.fail(field(scoring, K::PassMark),
                            tr("the pass mark (%1) is higher than the %2 points the "
                               "template is scored out of")
                                .arg(number(s.passMark), number(s.deductionTotal)));
    if (s.passMark > s.bonusThreshold + Tolerance)
        return context.fail(field(scoring, K::PassMark),
                            tr("the pass mark (%1) is higher than the score that opens the bonus part "
                               "(scoring.bonus_threshold = %2)")
                                .arg(number(s.passMark), number(s.bonusThreshold)));
    return true;
}

bool TemplateValidator::checkAreaTotals(const ChecklistTemplate &t, const TemplatePaths &paths,
                                        LoadContext &context)
{
    for (const ChecklistArea &area : t.areas) {
        if (area.points <= 0)
            continue;
        const double sum = t.areaTotalPoints(area.id);
        if (differ(sum, area.points))
            return context.fail(field(paths.areas.value(area.id, QString(K::Areas)), K::Points),
                                tr("the items of the area “%1” (id %2) add up to %3 points, but the area is "
                                   "worth %4; change the points of its items or of the area")
                                    .arg(area.name, area.id, number(sum), number(area.points)));
    }
    return true;
}

} // namespace xj
