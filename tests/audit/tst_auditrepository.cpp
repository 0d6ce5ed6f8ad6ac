// SPDX-License-Identifier: GPL-3.0-or-later
// The read side of peer audits on hand-made rows: which findings count for the office's side,
// which import of a team counts, and foreign rows read back as Finding/Evidence.
#include "DatabaseTestCase.h"
#include "FindingPlace.h"
#include "audit/AuditRepository.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"

#include <QTest>

using namespace xj;

namespace {
const QString Sha1 = QString(64, u'a');
const QString Sha2 = QString(64, u'b');
} // namespace

class TestAuditRepository : public DatabaseTestCase
{
    Q_OBJECT

private:
    FindingPlace m_place;

    qint64 addImport(const QString &team, const QString &sha)
    {
        auto q = db().exec(
            QStringLiteral("INSERT INTO audit_imports (round_id, team, package_sha256, manifest_json, "
                           "signed) VALUES (?, ?, ?, '{}', 1)"),
            {m_place.roundId, team, sha});
        return q ? q.value().lastInsertId().toLongLong() : 0;
    }

    qint64 addForeignFinding(qint64 importId, const QString &description, const QString &state = {})
    {
        auto q = db().exec(
            QStringLiteral(
                "INSERT INTO audit_findings (import_id, site_id, item_code, description, severity, "
                "state, element_box, found_at) VALUES (?, ?, 'W-D1', ?, 'deduction', ?, "
                "'1.5,2,30,40', '2026-11-25T09:30:00Z')"),
            {importId, m_place.siteId, description, state.isEmpty() ? QStringLiteral("confirmed") : state});
        return q ? q.value().lastInsertId().toLongLong() : 0;
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_place = addFindingPlace(db());
        QVERIFY(m_place.roundId > 0);
    }

    void localSideLeavesOutDismissedAndDeletedFindings()
    {
        const qint64 live = addFinding(db(), m_place, QStringLiteral("有效问题"), QStringLiteral("W-D1"));
        const qint64 deleted = addFinding(db(), m_place, QStringLiteral("已删除"));
        QVERIFY(live > 0 && deleted > 0);
        QVERIFY(FindingRepository(db()).remove(deleted));
        for (const char *state : {"candidate", "false_positive"}) {
            const qint64 id = addFinding(db(), m_place, QString::fromLatin1(state));
            QVERIFY(db().exec(QStringLiteral("UPDATE findings SET state = ? WHERE id = ?"),
                              {QString::fromLatin1(state), id}));
        }
        const AuditRepository repository(db());
        auto findings = repository.findings(m_place.roundId, m_place.siteId, 0);
        QVERIFY(findings);
        QCOMPARE(findings.value().size(), 1);
        QCOMPARE(findings.value().first().id, live);
        auto sources = repository.sources(m_place.roundId);
        QVERIFY(sources);
        QCOMPARE(sources.value().size(), 1);
        QVERIFY(sources.value().first().isLocal());
        QCOMPARE(sources.value().first().team, QStringLiteral("This office")); // the round has no team
        QCOMPARE(sources.value().first().siteIds, QList<qint64>{m_place.siteId});
    }

    void newestImportOfEachTeamCountsInTheOrderTeamsCame()
    {
        const qint64 a1 = addImport(QStringLiteral("甲组"), Sha1);
        const qint64 b1 = addImport(QStringLiteral("乙组"), Sha2);
        const qint64 a2 = addImport(QStringLiteral("甲组"), QString(64, u'c'));
        QVERIFY(a1 && b1 && a2);
        QVERIFY(addForeignFinding(a2, QStringLiteral("甲组第二次")));
        const AuditRepository repository(db());
        auto sources = repository.sources(m_place.roundId);
        QVERIFY(sources);
        QCOMPARE(sources.value().size(), 3);
        QCOMPARE(sources.value().at(1).importId, a2);
        QCOMPARE(sources.value().at(1).team, QStringLiteral("甲组"));
        QCOMPARE(sources.value().at(1).siteIds, QList<qint64>{m_place.siteId});
        QCOMPARE(sources.value().at(2).importId, b1);
        QVERIFY(sources.value().at(2).siteIds.isEmpty());
        auto imports = repository.imports(m_place.roundId);
        QVERIFY(imports);
        QCOMPARE(imports.value().size(), 3);
        QCOMPARE(imports.value().at(0).importId, a2);
        QCOMPARE(imports.value().at(2).importId, a1);
    }

    void foreignRowsReadBackAsFindingsAndEvidence()
    {
        const qint64 importId = addImport(QStringLiteral("甲组"), Sha1);
        const qint64 findingId = addForeignFinding(importId, QStringLiteral("栏目空白"));
        QVERIFY(addForeignFinding(importId, QStringLiteral("待确认"), QStringLiteral("candidate")));
        for (const auto &[kind, sha, original, order] :
             {std::tuple{"screenshot", Sha1, QString(), 0}, std::tuple{"annotated", Sha2, Sha1, 1}})
            QVERIFY(
                db().exec(QStringLiteral("INSERT INTO audit_evidence (audit_finding_id, kind, sha256, size, "
                                         "file_suffix, original_sha256, sort_order) VALUES (?, ?, ?, 10, "
                                         "'png', ?, ?)"),
                          {findingId, QString::fromLatin1(kind), sha, original, order}));
        const AuditRepository repository(db());
        auto findings = repository.findings(m_place.roundId, importId);
        QVERIFY(findings);
        QCOMPARE(findings.value().size(), 1); // a candidate is no finding of the team's
        const Finding &f = findings.value().first();
        QCOMPARE(f.id, findingId);
        QCOMPARE(f.roundId, m_place.roundId);
        QCOMPARE(f.siteId, m_place.siteId);
        QCOMPARE(f.elementBox, QRectF(1.5, 2, 30, 40));
        QCOMPARE(f.foundAt, QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC));
        // Another round's or another side's id finds nothing.
        auto elsewhere = repository.findings(m_place.roundId + 1, importId);
        QVERIFY(elsewhere && elsewhere.value().isEmpty());
        auto evidence = repository.evidence(findingId, importId);
        QVERIFY(evidence);
        QCOMPARE(evidence.value().size(), 2);
        QCOMPARE(evidence.value().at(0).kind, EvidenceKind::Screenshot);
        QCOMPARE(evidence.value().at(1).kind, EvidenceKind::Annotated);
        QCOMPARE(evidence.value().at(1).originalId, evidence.value().at(0).id);
        QCOMPARE(evidence.value().at(0).originalId, 0);
        auto wrongSide = repository.evidence(findingId, importId + 1);
        QVERIFY(wrongSide && wrongSide.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
