// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"
#include "model/Finding.h"
#include "model/Verdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace xj {

class Database;

/// One side of a peer-audit comparison in a round: this database's own findings and verdicts
/// (importId 0) or a team's imported result.
struct AuditSource
{
    qint64 importId = 0;
    QString team; ///< for importId 0: the round's team, or "本单位"/"This office" when it has none
    bool isLocal() const { return importId == 0; }
    bool signedPackage = false;
    QDateTime createdAt; ///< when the team made the package
    QDateTime importedAt;
    QList<qint64> siteIds; ///< the sites this side has findings or verdicts for
};

/// Reads what peer audits stored (the write side is AuditImporter and AuditReconciliations).
/// Foreign findings come back as `Finding`s whose id is the audit_findings id and whose siteId and
/// roundId are local, so every view that shows findings can show them.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditRepository)
public:
    explicit AuditRepository(const Database &database)
        : m_db(database)
    {}

    /// The local side first, then for each team its newest import (older imports of a team are
    /// kept but do not count), in the order the teams first sent a package.
    Result<QList<AuditSource>> sources(qint64 roundId) const;
    /// Every import of the round, newest first (for the imports list).
    Result<QList<AuditSource>> imports(qint64 roundId) const;

    /// A side's live findings of a site (local: soft-deleted ones and false positives left out).
    Result<QList<Finding>> findings(qint64 roundId, qint64 siteId, qint64 importId) const;
    /// A side's findings of every site of the round.
    Result<QList<Finding>> findings(qint64 roundId, qint64 importId) const;
    /// A side's verdicts (siteId 0: every site of the round).
    Result<QList<Verdict>> verdicts(qint64 roundId, qint64 siteId, qint64 importId) const;
    /// The evidence of a finding of that side, in its order (foreign: audit_evidence rows; their
    /// files are in the data folder's evidence store).
    Result<QList<Evidence>> evidence(qint64 findingId, qint64 importId) const;

private:
    const Database &m_db;
};

} // namespace xj
