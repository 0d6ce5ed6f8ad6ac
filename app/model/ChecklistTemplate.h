// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"
#include "model/Site.h"
#include "model/Verdict.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace xj {

enum class ItemKind { Veto, Deduction, Bonus };

/// How sure we are of an item's wording and numbers, from the evidence tags of indicators.md:
/// verbatim [V], paraphrase [P], reconstructed and unverified [R].
enum class Verification { Verbatim, Paraphrase, Reconstructed };

inline constexpr EnumTable<ItemKind, 3> ItemKinds{
    "xj::Checklist",
    {{{ItemKind::Veto, "veto", QT_TRANSLATE_NOOP("xj::Checklist", "Veto items")},
      {ItemKind::Deduction, "deduction", QT_TRANSLATE_NOOP("xj::Checklist", "Deduction items")},
      {ItemKind::Bonus, "bonus", QT_TRANSLATE_NOOP("xj::Checklist", "Bonus items")}}}};

inline constexpr EnumTable<Verification, 3> Verifications{
    "xj::Checklist",
    {{{Verification::Verbatim, "V", QT_TRANSLATE_NOOP("xj::Checklist", "verbatim")},
      {Verification::Paraphrase, "P", QT_TRANSLATE_NOOP("xj::Checklist", "paraphrased")},
      {Verification::Reconstructed, "R", QT_TRANSLATE_NOOP("xj::Checklist", "unverified")}}}};

/// A number an indicator is measured against, e.g. "failure ratio ≥ 5 %" for W-V2.
/// Whether a verdict's points count for an item of this kind: deduction items lose points when
/// judged 不合格, bonus items earn them when judged 合格, veto items have no points. The editor,
/// the checklist view and storage all follow this one rule.
constexpr bool verdictCarriesPoints(ItemKind kind, VerdictValue value)
{
    return (kind == ItemKind::Deduction && value == VerdictValue::Fail) ||
           (kind == ItemKind::Bonus && value == VerdictValue::Pass);
}

struct ChecklistThreshold
{
    QString key;   ///< machine name, e.g. "failure_ratio"
    QString label; ///< how the indicator text words it
    QVariant value;
    QString unit; ///< e.g. "%", "days", "seconds", "count"
    Verification verification = Verification::Verbatim;
    /// How a measured value compares with `value` to trigger the rule: ">=", ">", "<=", "<", "=" or
    /// empty when the threshold is not a limit (a window length, a list of elements). "超过(含)" is ">=".
    QString comparison;

    friend bool operator==(const ChecklistThreshold &, const ChecklistThreshold &) = default;
};

struct ChecklistItem
{
    QString code; ///< stable id, e.g. "W-V1", "W-D7", "M-V2"
    QString areaId;
    ItemKind kind = ItemKind::Deduction;
    QString title;     ///< 指标 name
    QString text;      ///< the rule as the indicator states it
    QString note;      ///< remarks for the inspector, e.g. which part of the text could not be verified
    double points = 0; ///< deduction cap or bonus maximum; 0 for veto items
    QList<ChecklistThreshold> thresholds;
    QStringList evidenceHints; ///< what to capture as evidence
    QStringList categories;    ///< problem categories P01…P17 this item covers
    Verification verification = Verification::Verbatim;

    /// True when the reference marks the item or any of its numbers as unverified [R].
    bool unverified() const;
    const ChecklistThreshold *threshold(const QString &key) const;

    friend bool operator==(const ChecklistItem &, const ChecklistItem &) = default;
};

struct ChecklistArea
{
    QString id;
    QString name;
    ItemKind kind = ItemKind::Deduction;
    /// The area's share of its part (e.g. 办事服务 = 25 of the 100 deduction points); 0 when the
    /// template does not fix one. When set, the area's items must add up to it.
    double points = 0;
    Verification verification = Verification::Verbatim;

    bool unverified() const { return verification == Verification::Reconstructed; }

    friend bool operator==(const ChecklistArea &, const ChecklistArea &) = default;
};

/// How a site's verdicts turn into a result (国办秘函〔2019〕19号 §1).
struct ScoringRules
{
    enum class Mode { VetoThenPoints, VetoOnly };
    Mode mode = Mode::VetoThenPoints;
    double deductionTotal = 100; ///< the 扣分 part is scored out of this
    double passMark = 60;        ///< below this the site fails
    double bonusThreshold = 80;  ///< above this the 加分 part opens
    double bonusTotal = 30;
    bool bonusPortalOnly = true;
    /// When deduction items are 不适用 (e.g. 办事服务 for a ministry without public services), score the
    /// remaining points and scale back to deductionTotal (the "75 分 × 4/3" rule).
    bool rescaleNotApplicable = true;
    /// Evidence tag per rule, keyed by the rule's field name in the template file
    /// ("pass_mark", "rescale_not_applicable", …). Rules not listed are verbatim.
    QMap<QString, Verification> verification;

    Verification verificationOf(const QString &rule) const
    {
        return verification.value(rule, Verification::Verbatim);
    }

    friend bool operator==(const ScoringRules &, const ScoringRules &) = default;
};

inline constexpr EnumTable<ScoringRules::Mode, 2> ScoringModes{
    "xj::Checklist",
    {{{ScoringRules::Mode::VetoThenPoints, "veto_then_points",
       QT_TRANSLATE_NOOP("xj::Checklist", "Veto items, then points")},
      {ScoringRules::Mode::VetoOnly, "veto_only", QT_TRANSLATE_NOOP("xj::Checklist", "Veto items only")}}}};

/// A checklist as data: the national 2019 indicators or a local/provincial template derived from
/// them. Loaded from JSON by ChecklistLoader; stored as a snapshot with every round that uses it.
struct ChecklistTemplate
{
    QString key; ///< e.g. "national-2019-website"
    QString name;
    QString version;
    QString extends;     ///< key of the template this one overrides, empty for a base template
    QString description; ///< what the template is for, in the office's words
    SiteKind appliesTo = SiteKind::Website;
    QString source;    ///< the document the indicators come from
    QString sourceUrl; ///< where that document is published
    ScoringRules scoring;
    QList<ChecklistArea> areas;
    QList<ChecklistItem> items;

    const ChecklistItem *item(const QString &code) const;
    const ChecklistArea *area(const QString &id) const;
    QList<const ChecklistItem *> itemsOfKind(ItemKind kind) const;
    /// Sum of the points of the items of one kind, or of one area.
    double totalPoints(ItemKind kind) const;
    double areaTotalPoints(const QString &areaId) const;

    friend bool operator==(const ChecklistTemplate &, const ChecklistTemplate &) = default;
};

} // namespace xj
