// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPeerAudit.h"

#include "audit/AuditManifest.h"
#include "demo/DemoRecords.h"
#include "evidence/EvidenceStore.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/SqlValues.h"
#include "storage/VerdictRepository.h"

namespace xj {

namespace {

QString team()
{
    return QStringLiteral("白沙县互查组");
}

Result<qint64> insertImport(const Database &db, qint64 roundId, const QDateTime &createdAt)
{
    AuditManifest manifest;
    manifest.kind = AuditPackageKind::Result;
    manifest.exporter = team();
    manifest.roundId = roundId;
    manifest.createdAt = createdAt;
    const QByteArray bytes = manifest.bytes();
    auto query = db.exec(
        QStringLiteral("INSERT INTO audit_imports (round_id, team, package_sha256, "
                       "manifest_json, signed, created_at) VALUES (?, ?, ?, ?, 0, ?)"),
        {roundId, team(), EvidenceStore::sha256Of(bytes), QString::fromUtf8(bytes), toDbTime(createdAt)});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status insertFinding(const Database &db, qint64 importId, qint64 originId, const Finding &f)
{
    auto query = db.exec(
        QStringLiteral("INSERT INTO audit_findings (import_id, site_id, origin_finding_id, item_code, "
                       "url, description, severity, state, inspector, found_at, element_selector, "
                       "element_text) VALUES (?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, ?, ?)"),
        {importId, f.siteId, originId, f.itemCode, f.url, f.description, FindingSeverities.code(f.severity),
         QStringLiteral("互查检查员"), toDbTime(f.foundAt), f.elementSelector, f.elementText});
    if (!query)
        return query.error();
    return Status::success();
}

} // namespace

Status DemoPeerAudit::create(const Database &database, qint64 roundId, qint64 siteId, const QString &baseUrl,
                             const DemoAnswerKey &key, const QDateTime &foundAt)
{
    auto office = FindingRepository(database).list({roundId, siteId});
    if (!office)
        return office.error();
    auto importId = insertImport(database, roundId, foundAt.addDays(1));
    if (!importId)
        return importId.error();

    // The office's confirmed findings but the last, described in the team's words.
    QList<Finding> seen;
    for (const Finding &f : office.value()) {
        if (f.state == FindingState::Confirmed)
            seen.append(f);
    }
    if (!seen.isEmpty())
        seen.removeLast();
    qint64 originId = 100;
    for (Finding f : seen) {
        f.description = QStringLiteral("互查发现：") + f.description;
        f.foundAt = foundAt.addSecs(3600);
        if (Status s = insertFinding(database, importId.value(), ++originId, f); !s)
            return s;
    }
    // A problem the office did not record.
    for (const DemoProblem &p : key.problems) {
        if (p.category != QLatin1String("P04") && p.category != QLatin1String("P08"))
            continue;
        Finding extra = demoFinding(p, roundId, siteId, baseUrl);
        extra.foundAt = foundAt.addSecs(7200);
        if (Status s = insertFinding(database, importId.value(), ++originId, extra); !s)
            return s;
        break;
    }

    // Verdicts: the same as the office's, except W-D12, which the team passed.
    auto verdicts = VerdictRepository(database).forSite(roundId, siteId);
    if (!verdicts)
        return verdicts.error();
    for (const Verdict &v : verdicts.value()) {
        const bool differs = v.itemCode == QLatin1String("W-D12");
        const QString value = VerdictValues.code(differs ? VerdictValue::Pass : v.value);
        auto query = database.exec(
            QStringLiteral("INSERT INTO audit_verdicts (import_id, site_id, item_code, "
                           "value, points, note, inspector) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {importId.value(), siteId, v.itemCode, value, differs ? 0.0 : v.points,
             differs ? QStringLiteral("留言板页面已有备案号。") : v.note, QStringLiteral("互查检查员")});
        if (!query)
            return query.error();
    }
    return Status::success();
}

} // namespace xj
