// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace xj {

class Database;

enum class ReconcileDecision { KeepLeft, KeepRight, KeepBoth, KeepNeither };

inline constexpr EnumTable<ReconcileDecision, 4> ReconcileDecisions{
    "xj::AuditReconciliation",
    {{{ReconcileDecision::KeepLeft, "keep_left",
       QT_TRANSLATE_NOOP("xj::AuditReconciliation", "Keep the left one")},
      {ReconcileDecision::KeepRight, "keep_right",
       QT_TRANSLATE_NOOP("xj::AuditReconciliation", "Keep the right one")},
      {ReconcileDecision::KeepBoth, "keep_both", QT_TRANSLATE_NOOP("xj::AuditReconciliation", "Keep both")},
      {ReconcileDecision::KeepNeither, "keep_neither",
       QT_TRANSLATE_NOOP("xj::AuditReconciliation", "Keep neither")}}}};

/// A decision about one row of a comparison: which of the two findings (or the one finding only
/// one side saw) stands, and why. Rows of audit_reconciliations are only ever appended; the newest
/// for a pair of findings is in force and the older ones are its history.
struct AuditReconciliation
{
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 siteId = 0;
    qint64 leftImportId = 0; ///< 0: this database's own findings
    qint64 rightImportId = 0;
    qint64 leftFindingId = 0; ///< 0: the left side saw nothing here
    qint64 rightFindingId = 0;
    ReconcileDecision decision = ReconcileDecision::KeepBoth;
    QString reason;
    QString actor;
    QDateTime decidedAt;
};

/// Records decisions and applies them to this database's findings, in one transaction:
/// - a kept finding of another team (right or left side with an import id) is adopted: copied
///   into this round's findings with its evidence rows (the files are already in the store) and a
///   history note naming the team and the reason; a finding adopted once is not copied again;
/// - a finding of this database that is not kept is withdrawn (state 误报/false positive, when the
///   state machine allows it) with the reason in its history; a later decision that keeps it
///   again sets it back to confirmed.
/// A reason is required.
class AuditReconciliations
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditReconciliations)
public:
    explicit AuditReconciliations(Database &database)
        : m_db(database)
    {}

    Result<AuditReconciliation> decide(const AuditReconciliation &decision);
    /// The decisions in force for a site between two sides (newest per pair of findings).
    Result<QList<AuditReconciliation>> current(qint64 roundId, qint64 siteId, qint64 leftImportId,
                                               qint64 rightImportId) const;
    /// Every decision of a site, newest first (the history shown to users).
    Result<QList<AuditReconciliation>> history(qint64 roundId, qint64 siteId) const;

private:
    Database &m_db;
};

} // namespace xj
