// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLibrary.h"
#include "core/Result.h"
#include "model/Round.h"
#include "rounds/CarryForward.h"

#include <QCoreApplication>

namespace xj {

class Database;

/// Opens an inspection round: snapshots the chosen checklists into the database and creates the
/// round that refers to them, as one transaction.
class RoundSetup
{
    Q_DECLARE_TR_FUNCTIONS(xj::RoundSetup)
public:
    /// `website` and `newMedia` may be null (a round only for websites, say), not both. A re-check
    /// round always carries forward the open findings of its source round (CarryForward); another
    /// round with a source round does when `carryForward` is set. `carried`, when given, receives
    /// what was carried.
    static Result<qint64> create(const Database &database, Round round,
                                 const ChecklistLibrary::Entry *website,
                                 const ChecklistLibrary::Entry *newMedia, bool carryForward = false,
                                 CarryForwardCounts *carried = nullptr);
};

} // namespace xj
