// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QCoreApplication>
#include <QList>

namespace xj {

/// The rectification lifecycle of a finding:
///
///     待确认 candidate ─→ 已确认 confirmed ─→ 已通知 notified ─→ 已反馈 fed back ─→ 复查通过 / 复查未通过
///
/// with 误报 (false positive) and 存疑 (doubtful) as exits before the notice. A failed re-check can
/// be answered again (→ fed back) and re-checked again; a re-check verdict can be corrected; a
/// doubtful finding is settled as confirmed or false positive; a false positive can be reopened.
/// Everything else is refused, so a finding cannot, say, pass re-check before anyone was told.
class FindingStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(xj::FindingStateMachine)
public:
    /// Whether `from` may become `to`. Staying in the same state is not a transition.
    static bool allowed(FindingState from, FindingState to);
    /// The states `from` may move to, in lifecycle order.
    static QList<FindingState> next(FindingState from);
    /// Why `from` → `to` is refused, in words for the inspector; empty when it is allowed.
    static QString refusal(FindingState from, FindingState to);
    /// Findings the unit still has to put right (counted as open, carried forward, overdue).
    static bool isOpen(FindingState state);
    /// States that end the lifecycle of a finding.
    static bool isClosed(FindingState state) { return !isOpen(state) && state != FindingState::Candidate; }
};

} // namespace xj
