// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "demo/DemoAnswerKey.h"

#include <QCoreApplication>
#include <QDateTime>

namespace xj {

class Database;

/// A peer-audit team's result for the demo's current round, as if its package had been imported:
/// the team found most of what the office found (in its own words), missed one problem, saw one the
/// office did not, and judged one item differently. The comparison window and the agreement
/// statistics have something to show on the first start. Written the way an import stores a result
/// (audit_imports, audit_findings, audit_verdicts), never into the office's own findings.
class DemoPeerAudit
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoPeerAudit)
public:
    static Status create(const Database &database, qint64 roundId, qint64 siteId, const QString &baseUrl,
                         const DemoAnswerKey &key, const QDateTime &foundAt);
};

} // namespace xj
