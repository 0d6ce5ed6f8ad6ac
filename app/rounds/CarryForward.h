// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace xj {

class Database;

/// What one carry-forward did.
struct CarryForwardCounts
{
    int carried = 0; ///< new findings in the target round
    /// Open findings of the source round left out: carried before, or outside the target's sites
    /// or checklist items.
    int skipped = 0;
};

/// Carries the open findings (FindingStateMachine::isOpen, not deleted) of a round's source round
/// into the round, for the sites and items the round covers (RoundScope): each becomes a new
/// finding with the same fields and state, pointing back at the original (origin_finding_id),
/// with copies of its evidence rows (the files are stored by content hash, so nothing is copied on
/// disk) and a "carried_forward" line in its history. A finding whose item the target checklist
/// lacks is carried without an item. Running it again carries nothing twice. One transaction.
class CarryForward
{
    Q_DECLARE_TR_FUNCTIONS(xj::CarryForward)
public:
    /// Carries into `targetRoundId` from the round it names as its source; `actor` goes in the history.
    static Result<CarryForwardCounts> run(const Database &database, qint64 targetRoundId,
                                          const QString &actor = {});
};

} // namespace xj
