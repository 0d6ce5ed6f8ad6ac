// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/FindingStateMachine.h"

namespace xj {

namespace {

using S = FindingState;

struct Transition
{
    S from;
    S to;
};

// The whole lifecycle in one table; FindingRepository refuses anything not listed here.
constexpr Transition Transitions[] = {
    {S::Candidate, S::Confirmed},         {S::Candidate, S::FalsePositive},
    {S::Candidate, S::Doubtful},          {S::Confirmed, S::Notified},
    {S::Confirmed, S::FalsePositive},     {S::Confirmed, S::Doubtful},
    {S::Doubtful, S::Confirmed},          {S::Doubtful, S::FalsePositive},
    {S::FalsePositive, S::Confirmed},     {S::Notified, S::FedBack},
    {S::Notified, S::RecheckPassed},      {S::Notified, S::RecheckFailed},
    {S::FedBack, S::RecheckPassed},       {S::FedBack, S::RecheckFailed},
    {S::RecheckFailed, S::FedBack},       {S::RecheckFailed, S::RecheckPassed},
    {S::RecheckPassed, S::RecheckFailed},
};

} // namespace

bool FindingStateMachine::allowed(FindingState from, FindingState to)
{
    for (const Transition &t : Transitions) {
        if (t.from == from && t.to == to)
            return true;
    }
    return false;
}

QList<FindingState> FindingStateMachine::next(FindingState from)
{
    QList<FindingState> states;
    for (FindingState to : FindingStates.values()) {
        if (allowed(from, to))
            states.append(to);
    }
    return states;
}

QString FindingStateMachine::refusal(FindingState from, FindingState to)
{
    if (from == to || allowed(from, to))
        return {};
    const QString fromLabel = FindingStates.label(from);
    const QString toLabel = FindingStates.label(to);
    if (to == S::Notified)
        return tr("Only a confirmed finding can be notified; this one is \"%1\".").arg(fromLabel);
    if (to == S::RecheckPassed || to == S::RecheckFailed)
        return tr("A finding is re-checked after the unit was notified; this one is \"%1\".").arg(fromLabel);
    if (to == S::FedBack)
        return tr("Feedback is recorded for a notified finding; this one is \"%1\".").arg(fromLabel);
    QStringList allowedLabels;
    for (FindingState s : next(from))
        allowedLabels << FindingStates.label(s);
    if (allowedLabels.isEmpty())
        return tr("A finding that is \"%1\" cannot become \"%2\".").arg(fromLabel, toLabel);
    return tr("A finding that is \"%1\" cannot become \"%2\"; it can become: %3.")
        .arg(fromLabel, toLabel, allowedLabels.join(tr(", ")));
}

bool FindingStateMachine::isOpen(FindingState state)
{
    return state == S::Confirmed || state == S::Notified || state == S::FedBack || state == S::RecheckFailed;
}

} // namespace xj
