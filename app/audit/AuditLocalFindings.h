// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"

#include <QList>

namespace xj {

class Database;

/// This database's findings as one side of a peer audit, as they were judged: without the copies
/// adopted from teams by a reconciliation (they are a team's work; on our side they would pair with
/// their own originals), and with our findings a reconciliation withdrew (the row keeps showing the
/// finding the decision is about, and the statistics measure what each side found, not what was
/// agreed afterwards).
class AuditLocalFindings
{
public:
    /// `findings`: the local side as AuditRepository reads it; `siteId` 0 for every site.
    static Result<QList<Finding>> asJudged(const Database &database, qint64 roundId, qint64 siteId,
                                           QList<Finding> findings);
};

} // namespace xj
