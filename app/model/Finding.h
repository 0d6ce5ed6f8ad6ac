// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDateTime>
#include <QRectF>
#include <QString>

namespace xj {

enum class FindingSeverity { Veto, Deduction, Hint };
enum class FindingState {
    Candidate,
    Confirmed,
    Notified,
    FedBack,
    RecheckPassed,
    RecheckFailed,
    FalsePositive,
    Doubtful
};

inline constexpr EnumTable<FindingSeverity, 3> FindingSeverities{
    "xj::Finding",
    {{{FindingSeverity::Veto, "veto", QT_TRANSLATE_NOOP("xj::Finding", "Veto")},
      {FindingSeverity::Deduction, "deduction", QT_TRANSLATE_NOOP("xj::Finding", "Deduction")},
      {FindingSeverity::Hint, "hint", QT_TRANSLATE_NOOP("xj::Finding", "Hint")}}}};

inline constexpr EnumTable<FindingState, 8> FindingStates{
    "xj::Finding",
    {{{FindingState::Candidate, "candidate", QT_TRANSLATE_NOOP("xj::Finding", "To confirm")},
      {FindingState::Confirmed, "confirmed", QT_TRANSLATE_NOOP("xj::Finding", "Confirmed")},
      {FindingState::Notified, "notified", QT_TRANSLATE_NOOP("xj::Finding", "Notified")},
      {FindingState::FedBack, "fed_back", QT_TRANSLATE_NOOP("xj::Finding", "Feedback received")},
      {FindingState::RecheckPassed, "recheck_passed", QT_TRANSLATE_NOOP("xj::Finding", "Re-check passed")},
      {FindingState::RecheckFailed, "recheck_failed", QT_TRANSLATE_NOOP("xj::Finding", "Re-check failed")},
      {FindingState::FalsePositive, "false_positive", QT_TRANSLATE_NOOP("xj::Finding", "False positive")},
      {FindingState::Doubtful, "doubtful", QT_TRANSLATE_NOOP("xj::Finding", "Doubtful")}}}};

/// A problem found on a site during a round, tied to the checklist item it counts against.
struct Finding
{
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 roundId = 0;
    QString itemCode; ///< empty when not yet assigned to an item
    QString url;
    QString pageTitle;
    QString description;
    FindingSeverity severity = FindingSeverity::Deduction;
    FindingState state = FindingState::Confirmed;
    QString inspector;
    QDateTime foundAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The element the inspector picked, if any: CSS selector, its text and its box in CSS
    /// pixels of the document, so the finding can be reopened and scrolled to.
    QString elementSelector;
    QString elementText;
    QRectF elementBox;
    /// The automated check that proposed it ("typo.confusion"); empty when marked by hand.
    QString checkId;
    /// The finding of an earlier round this one continues (carried forward); 0 when none.
    qint64 originFindingId = 0;
};

} // namespace xj
