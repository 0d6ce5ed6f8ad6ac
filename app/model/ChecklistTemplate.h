// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"
#include "model/Site.h"

#include <QList>
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
struct ChecklistThreshold
{
    QString key;   ///< machine name, e.g. "failure_ratio"
    QString label; ///< how the indicator text words it
    QVariant value;
    QString unit; ///< e.g. "%", "days", "seconds", "count"
    Verification verification = Verification::Verbatim;
};

struct ChecklistItem
{
    QString code; ///< stable id, e.g. "W-V1", "W-D7", "M-V2"
    QString areaId;
    ItemKind kind = ItemKind::Deduction;
    QString title; ///< 指标 name
    QString text;  ///< the rule as the indicator states it
    double points = 0; ///< deduction cap or bonus maximum; 0 for veto items
    QList<ChecklistThreshold> thresholds;
    QStringList evidenceHints; ///< what to capture as evidence
    QStringList categories;    ///< problem categories P01…P17 this item covers
    Verification verification = Verification::Verbatim;

    /// True when the reference marks the item or any of its numbers as unverified [R].
    bool unverified() const;
};

struct ChecklistArea
{
    QString id;
    QString name;
    ItemKind kind = ItemKind::Deduction;
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
};

/// A checklist as data: the national 2019 indicators or a local/provincial template derived from
/// them. Loaded from JSON by ChecklistLoader; stored as a snapshot with every round that uses it.
struct ChecklistTemplate
{
    QString key; ///< e.g. "national-2019-website"
    QString name;
    QString version;
    QString extends; ///< key of the template this one overrides, empty for a base template
    SiteKind appliesTo = SiteKind::Website;
    QString source; ///< the document the indicators come from
    ScoringRules scoring;
    QList<ChecklistArea> areas;
    QList<ChecklistItem> items;

    const ChecklistItem *item(const QString &code) const;
    const ChecklistArea *area(const QString &id) const;
};

} // namespace xj
