// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditReconciliation.h"

#include "lifecycle/FindingLifecycle.h"
#include "model/FindingStateMachine.h"
#include "storage/Database.h"
#include "storage/FindingHistoryRepository.h"
#include "storage/FindingRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPair>
#include <QSqlQuery>

#include <utility>

namespace xj {

namespace {

Q_LOGGING_CATEGORY(lcAuditReconcile, "xunjian.audit.reconcile", QtWarningMsg)

const QString Columns = QStringLiteral(
    "id, round_id, site_id, left_import_id, right_import_id, left_finding_id, right_finding_id, "
    "decision, reason, actor, decided_at");

AuditReconciliation readRow(const QSqlQuery &q)
{
    AuditReconciliation r;
    r.id = q.value(0).toLongLong();
    r.roundId = q.value(1).toLongLong();
    r.siteId = q.value(2).toLongLong();
    r.leftImportId = q.value(3).toLongLong();
    r.rightImportId = q.value(4).toLongLong();
    r.leftFindingId = q.value(5).toLongLong();
    r.rightFindingId = q.value(6).toLongLong();
    r.decision = ReconcileDecisions.fromCode(q.value(7).toString()).value_or(ReconcileDecision::KeepBoth);
    r.reason = q.value(8).toString();
    r.actor = q.value(9).toString();
    r.decidedAt = fromDbTime(q.value(10));
    return r;
}

/// Whether the decision keeps the finding of one side. A row only one side has is about that one
/// finding: every decision but "keep neither" keeps it.
bool keeps(const AuditReconciliation &d, bool leftSide)
{
    const bool oneSided = d.leftFindingId == 0 || d.rightFindingId == 0;
    if (oneSided)
        return d.decision != ReconcileDecision::KeepNeither;
    switch (d.decision) {
    case ReconcileDecision::KeepLeft:
        return leftSide;
    case ReconcileDecision::KeepRight:
        return !leftSide;
    case ReconcileDecision::KeepBoth:
        return true;
    case ReconcileDecision::KeepNeither:
        return false;
    }
    return true;
}

/// The evidence rows of an adopted finding: same files (the store is shared), same order; an
/// annotated copy points at the adopted copy of the screenshot it was drawn on.
Status copyEvidence(const Database &db, qint64 auditFindingId, qint64 findingId)
{
    auto rows = db.exec(
        QStringLiteral("SELECT kind, capture_mode, sha256, size, media_type, file_suffix, width, height, "
                       "device_pixel_ratio, page_url, final_url, http_status, captured_at, caption, "
                       "sort_order, original_sha256 FROM audit_evidence WHERE audit_finding_id = ? "
                       "ORDER BY sort_order, id"),
        {auditFindingId});
    if (!rows)
        return rows.error();
    QHash<QString, qint64> bySha;
    QList<QPair<qint64, QString>> annotated; // new evidence id, sha256 of its original
    QSqlQuery &q = rows.value();
    while (q.next()) {
        QVariantList values{findingId};
        for (int column = 0; column < 15; ++column)
            values.append(notNullText(q.value(column)));
        auto inserted = db.exec(
            QStringLiteral("INSERT INTO evidence (finding_id, kind, capture_mode, sha256, size, media_type, "
                           "file_suffix, width, height, device_pixel_ratio, page_url, final_url, "
                           "http_status, captured_at, caption, sort_order) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            values);
        if (!inserted)
            return inserted.error();
        const qint64 id = inserted.value().lastInsertId().toLongLong();
        bySha.insert(q.value(2).toString(), id);
        if (!q.value(15).toString().isEmpty())
            annotated.append({id, q.value(15).toString()});
    }
    for (const auto &[id, originalSha] : std::as_const(annotated)) {
        const qint64 original = bySha.value(originalSha);
        if (original == 0 || original == id)
            continue;
        if (auto u =
                db.exec(QStringLiteral("UPDATE evidence SET original_id = ? WHERE id = ?"), {original, id});
            !u)
            return u.error();
    }
    return Status::success();
}

Status checkFinding(const Database &db, const AuditReconciliation &d, qint64 findingId, qint64 importId)
{
    const QString sql =
        importId == 0
            ? QStringLiteral("SELECT count(*) FROM findings WHERE id = ? AND round_id = ? AND site_id = ? "
                             "AND deleted_at = ''")
            : QStringLiteral(
                  "SELECT count(*) FROM audit_findings f JOIN audit_imports i ON i.id = f.import_id "
                  "WHERE f.id = ? AND i.round_id = ? AND f.site_id = ? AND f.import_id = ?");
    QVariantList params{findingId, d.roundId, d.siteId};
    if (importId != 0)
        params.append(importId);
    auto found = db.selectOne(sql, params, [](const QSqlQuery &q) { return q.value(0).toInt(); }, {});
    if (!found)
        return found.error();
    if (found.value() == 0)
        return Error{AuditReconciliations::tr("Finding #%1 is no longer part of this comparison (it was "
                                              "deleted or the result re-imported). Reload the comparison "
                                              "and decide again.")
                         .arg(findingId),
                     {}};
    return Status::success();
}

QString noteOf(const AuditReconciliation &d)
{
    return AuditReconciliations::tr("Peer-audit reconciliation: %1").arg(d.reason);
}

/// A finding of this database (or the copy of an adopted one): withdrawn when not kept, confirmed
/// again when a later decision keeps it. The lifecycle writes the history and refuses what the
/// state machine does not allow (a finding already sent to its unit is not withdrawn this way).
Status applyToLocal(const Database &db, const AuditReconciliation &d, qint64 findingId, bool keep)
{
    const FindingRepository findings(db);
    auto deleted = findings.isDeleted(findingId);
    if (!deleted)
        return deleted.error();
    if (deleted.value())
        return Status::success(); // someone deleted the copy by hand: nothing left to keep or drop
    auto finding = findings.get(findingId);
    if (!finding)
        return finding.error();
    const FindingState state = finding.value().state;
    const FindingLifecycle lifecycle(db, {}); // a state change needs no data folder
    if (!keep)
        return state == FindingState::FalsePositive
                   ? Status::success()
                   : lifecycle.transition(findingId, FindingState::FalsePositive, d.actor, noteOf(d));
    if (state == FindingState::FalsePositive &&
        FindingStateMachine::allowed(FindingState::FalsePositive, FindingState::Confirmed))
        return lifecycle.transition(findingId, FindingState::Confirmed, d.actor, noteOf(d));
    return Status::success();
}

/// Copies a team's finding into this round's findings, with its evidence rows pointing at the same
/// stored files, and remembers the adoption so it happens once.
Status adopt(const Database &db, const AuditReconciliation &d, qint64 auditFindingId)
{
    auto foreign = db.selectOne(
        QStringLiteral("SELECT f.item_code, f.url, f.page_title, f.description, f.severity, f.inspector, "
                       "f.found_at, f.element_selector, f.element_text, f.element_box, f.check_id, i.team "
                       "FROM audit_findings f JOIN audit_imports i ON i.id = f.import_id WHERE f.id = ?"),
        {auditFindingId},
        [&](const QSqlQuery &q) {
            Finding f;
            f.roundId = d.roundId;
            f.siteId = d.siteId;
            f.itemCode = q.value(0).toString();
            f.url = q.value(1).toString();
            f.pageTitle = q.value(2).toString();
            f.description = q.value(3).toString();
            f.severity =
                FindingSeverities.fromCode(q.value(4).toString()).value_or(FindingSeverity::Deduction);
            const QString team = q.value(11).toString().trimmed();
            const QString inspector = q.value(5).toString().trimmed();
            f.inspector = inspector.isEmpty() ? team : QStringLiteral("%1 %2").arg(team, inspector);
            f.foundAt = fromDbTime(q.value(6));
            f.elementSelector = q.value(7).toString();
            f.elementText = q.value(8).toString();
            f.elementBox = FindingRepository::boxFromText(q.value(9).toString());
            f.checkId = q.value(10).toString();
            f.state = FindingState::Confirmed;
            return std::make_pair(f, team);
        },
        AuditReconciliations::tr("The other team's finding #%1 is missing; re-import its result.")
            .arg(auditFindingId));
    if (!foreign)
        return foreign.error();
    const auto &[copy, team] = foreign.value();
    auto created = FindingRepository(db).create(copy, d.actor);
    if (!created)
        return created.error();
    const qint64 findingId = created.value();
    qCDebug(lcAuditReconcile) << "adopting audit finding" << auditFindingId << "of" << team << "as"
                              << findingId;
    if (auto q = db.exec(
            QStringLiteral("INSERT INTO audit_adoptions (audit_finding_id, finding_id) VALUES (?, ?)"),
            {auditFindingId, findingId});
        !q)
        return q.error();
    if (Status s = FindingHistoryRepository(db).append(
            {0,
             findingId,
             {},
             d.actor,
             QStringLiteral("adopted"),
             {},
             team,
             AuditReconciliations::tr("Adopted from the peer-audit result of %1: %2").arg(team, d.reason)});
        !s)
        return s;
    return copyEvidence(db, auditFindingId, findingId);
}

/// A team's finding: adopted the first time a decision keeps it; afterwards its adopted copy is
/// withdrawn or confirmed again like one of this database's own findings.
Status applyToForeign(const Database &db, const AuditReconciliation &d, qint64 auditFindingId, bool keep)
{
    auto adopted =
        db.selectAll(QStringLiteral("SELECT finding_id FROM audit_adoptions WHERE audit_finding_id = ?"),
                     {auditFindingId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!adopted)
        return adopted.error();
    if (adopted.value().isEmpty())
        return keep ? adopt(db, d, auditFindingId) : Status::success();
    return applyToLocal(db, d, adopted.value().constFirst(), keep);
}

} // namespace

Result<AuditReconciliation> AuditReconciliations::decide(const AuditReconciliation &decision)
{
    if (decision.reason.trimmed().isEmpty())
        return Error{tr("Give a reason for the decision: it is kept in the peer audit's history for "
                        "whoever reviews it later."),
                     {}};
    if (decision.leftFindingId <= 0 && decision.rightFindingId <= 0)
        return Error{tr("Choose a row with at least one finding before deciding."), {}};
    return withTransaction(m_db, [&]() -> Result<AuditReconciliation> {
        for (bool leftSide : {true, false}) {
            const qint64 findingId = leftSide ? decision.leftFindingId : decision.rightFindingId;
            const qint64 importId = leftSide ? decision.leftImportId : decision.rightImportId;
            if (findingId > 0) {
                if (Status s = checkFinding(m_db, decision, findingId, importId); !s)
                    return s.error();
            }
        }
        AuditReconciliation stored = decision;
        stored.reason = decision.reason.trimmed();
        stored.decidedAt = QDateTime::currentDateTimeUtc();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO audit_reconciliations (round_id, site_id, left_import_id, "
                           "right_import_id, left_finding_id, right_finding_id, decision, reason, actor, "
                           "decided_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
            {stored.roundId, stored.siteId, stored.leftImportId, stored.rightImportId, stored.leftFindingId,
             stored.rightFindingId, ReconcileDecisions.code(stored.decision), stored.reason,
             notNullText(stored.actor.trimmed()), toDbTime(stored.decidedAt)});
        if (!q)
            return q.error();
        stored.id = q.value().lastInsertId().toLongLong();
        for (bool leftSide : {true, false}) {
            const qint64 findingId = leftSide ? stored.leftFindingId : stored.rightFindingId;
            if (findingId <= 0)
                continue;
            const qint64 importId = leftSide ? stored.leftImportId : stored.rightImportId;
            const Status applied = importId == 0
                                       ? applyToLocal(m_db, stored, findingId, keeps(stored, leftSide))
                                       : applyToForeign(m_db, stored, findingId, keeps(stored, leftSide));
            if (!applied)
                return applied.error();
        }
        return stored;
    });
}

Result<QList<AuditReconciliation>>
AuditReconciliations::current(qint64 roundId, qint64 siteId, qint64 leftImportId, qint64 rightImportId) const
{
    // The newest row per pair of findings; ids only grow, so the largest id is the newest.
    return m_db.selectAll(
        QStringLiteral("SELECT %1 FROM audit_reconciliations WHERE id IN (SELECT max(id) FROM "
                       "audit_reconciliations WHERE round_id = ? AND site_id = ? AND left_import_id = ? "
                       "AND right_import_id = ? GROUP BY left_finding_id, right_finding_id) ORDER BY id")
            .arg(Columns),
        {roundId, siteId, leftImportId, rightImportId}, readRow);
}

Result<QList<AuditReconciliation>> AuditReconciliations::history(qint64 roundId, qint64 siteId) const
{
    return m_db.selectAll(QStringLiteral("SELECT %1 FROM audit_reconciliations WHERE round_id = ? AND "
                                         "site_id = ? ORDER BY id DESC")
                              .arg(Columns),
                          {roundId, siteId}, readRow);
}

} // namespace xj
