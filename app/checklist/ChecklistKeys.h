// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

// The field names of a checklist template file, shared by the reader and the writer so that the
// two cannot drift apart. resources/checklists/README.md documents every one of them.
namespace xj::ChecklistKeys {

inline constexpr int CurrentFormat = 1;

// Top level
inline constexpr QLatin1String Format{"format"};
inline constexpr QLatin1String Key{"key"};
inline constexpr QLatin1String Name{"name"};
inline constexpr QLatin1String Version{"version"};
inline constexpr QLatin1String Description{"description"};
inline constexpr QLatin1String Extends{"extends"};
inline constexpr QLatin1String BasedOn{"based_on"};
inline constexpr QLatin1String AppliesTo{"applies_to"};
inline constexpr QLatin1String Source{"source"};
inline constexpr QLatin1String SourceUrl{"source_url"};
inline constexpr QLatin1String Scoring{"scoring"};
inline constexpr QLatin1String Areas{"areas"};
inline constexpr QLatin1String Items{"items"};
inline constexpr QLatin1String Remove{"remove"};

// scoring
inline constexpr QLatin1String Mode{"mode"};
inline constexpr QLatin1String DeductionTotal{"deduction_total"};
inline constexpr QLatin1String PassMark{"pass_mark"};
inline constexpr QLatin1String BonusThreshold{"bonus_threshold"};
inline constexpr QLatin1String BonusTotal{"bonus_total"};
inline constexpr QLatin1String BonusPortalsOnly{"bonus_portals_only"};
inline constexpr QLatin1String RescaleNotApplicable{"rescale_not_applicable"};

// areas, items and thresholds
inline constexpr QLatin1String Id{"id"};
inline constexpr QLatin1String Kind{"kind"};
inline constexpr QLatin1String Points{"points"};
inline constexpr QLatin1String Verification{"verification"};
inline constexpr QLatin1String Code{"code"};
inline constexpr QLatin1String Area{"area"};
inline constexpr QLatin1String Title{"title"};
inline constexpr QLatin1String Text{"text"};
inline constexpr QLatin1String Note{"note"};
inline constexpr QLatin1String Thresholds{"thresholds"};
inline constexpr QLatin1String EvidenceHints{"evidence_hints"};
inline constexpr QLatin1String Categories{"categories"};
inline constexpr QLatin1String Label{"label"};
inline constexpr QLatin1String Value{"value"};
inline constexpr QLatin1String Unit{"unit"};
inline constexpr QLatin1String Comparison{"comparison"};

/// Scoring rules that may carry an evidence tag in scoring.verification.
inline constexpr QLatin1String ScoringRuleNames[] = {
    Mode, DeductionTotal, PassMark, BonusThreshold, BonusTotal, BonusPortalsOnly, RescaleNotApplicable};

/// Comparisons a threshold may state; "超过(含)" is ">=".
inline constexpr QLatin1String Comparisons[] = {QLatin1String(">="), QLatin1String(">"), QLatin1String("<="),
                                                QLatin1String("<"), QLatin1String("=")};

} // namespace xj::ChecklistKeys
