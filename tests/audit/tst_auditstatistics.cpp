// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRoundFixture.h"
#include "DatabaseTestCase.h"
#include "audit/AuditComparison.h"
#include "audit/AuditReconciliation.h"
#include "audit/AuditRepository.h"
#include "audit/AuditStatistics.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace xj;

/// Agreement statistics of the designed round (AuditRoundFixture), worked out by hand, and the
/// reconciliation decisions with what they do to this database's findings.
class TestAuditStatistics : public DatabaseTestCase
{
    Q_OBJECT

    AuditRoundFixture m_fx;

    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    qint64 site(const char *name) const { return m_fx.sites.value(QLatin1String(name)); }
    qint64 found(const char *name) const { return m_fx.findings.value(QLatin1String(name)); }
    AuditReconciliation decision(const char *left, const char *right, ReconcileDecision d,
                                 const QString &reason)
    {
        AuditReconciliation r;
        r.roundId = m_fx.roundId;
        r.siteId = site("S1");
        r.rightImportId = m_fx.imports.value(QStringLiteral("A"));
        r.leftFindingId = left ? found(left) : 0;
        r.rightFindingId = right ? found(right) : 0;
        r.decision = d;
        r.reason = reason;
        r.actor = QStringLiteral("王五");
        return r;
    }
    QString localTeam()
    {
        auto sources = AuditRepository(db()).sources(m_fx.roundId);
        return sources && !sources.value().isEmpty() ? sources.value().constFirst().team : QString();
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_fx = AuditRoundFixture::create(db());
        QVERIFY(m_fx.roundId > 0);
    }

    void formats()
    {
        QCOMPARE(AuditStatisticsBuilder::percentText(0.85), QStringLiteral("85.0%"));
        QCOMPARE(AuditStatisticsBuilder::percentText(2.0 / 3), QStringLiteral("66.7%"));
        RaterAgreement none;
        QCOMPARE(AuditStatisticsBuilder::kappaText(none), QStringLiteral("—"));
        none.kappa = 0.4;
        QCOMPARE(AuditStatisticsBuilder::kappaText(none), QStringLiteral("0.400"));
    }

    void perTeam()
    {
        auto built = AuditStatisticsBuilder::build(db(), m_fx.roundId);
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().fullText()));
        const AuditStatistics s = built.value();
        QCOMPARE(s.roundName, QStringLiteral("2026年第四季度互查"));
        // Office vs A on S1 and S2 (S3 the office did not judge), A vs B on S3 only, office vs B on
        // nothing (no row).
        QCOMPARE(s.perTeam.size(), 2);
        const AuditStatistics::Row &a = s.perTeam.at(0);
        QCOMPARE(a.leftTeam, localTeam());
        QCOMPARE(a.rightTeam, QStringLiteral("第一检查组"));
        QCOMPARE(a.sites, 2);
        // Pairs (office, A): S1 pp ff pf nn, S2 pp pp ff pf: 6 of 8 equal, p_o = 0.75.
        // Office: 5 pass, 2 fail, 1 n/a; A: 3 pass, 4 fail, 1 n/a of 8.
        // p_e = 5/8·3/8 + 2/8·4/8 + 1/8·1/8 = 24/64 = 0.375; κ = (0.75 − 0.375) / 0.625 = 0.6.
        QCOMPARE(a.agreement.pairs, 8);
        QCOMPARE(AuditStatisticsBuilder::percentText(a.agreement.observed), QStringLiteral("75.0%"));
        QCOMPARE(AuditStatisticsBuilder::kappaText(a.agreement), QStringLiteral("0.600"));
        QCOMPARE(a.matchedFindings, 1); // L1 = F1
        QCOMPARE(a.onlyLeft, 1);        // L2
        QCOMPARE(a.onlyRight, 1);       // F2
        const AuditStatistics::Row &ab = s.perTeam.at(1);
        QCOMPARE(ab.leftTeam, QStringLiteral("第一检查组"));
        QCOMPARE(ab.rightTeam, QStringLiteral("第二检查组"));
        QCOMPARE(ab.sites, 1);
        // S3: pp, fp → p_o = 0.5; A half pass half fail, B all pass: p_e = 0.5·1 = 0.5; κ = 0.
        QCOMPARE(ab.agreement.pairs, 2);
        QCOMPARE(AuditStatisticsBuilder::percentText(ab.agreement.observed), QStringLiteral("50.0%"));
        QCOMPARE(AuditStatisticsBuilder::kappaText(ab.agreement), QStringLiteral("0.000"));
        QCOMPARE(ab.matchedFindings, 1); // F3 = G1
        QCOMPARE(ab.onlyLeft + ab.onlyRight, 0);
    }

    void perItemAndUnmatched()
    {
        const AuditStatistics s = AuditStatisticsBuilder::build(db(), m_fx.roundId).value();
        QCOMPARE(s.perItem.size(), 4);
        struct Expected
        {
            const char *code;
            const char *title;
            int sites;
            int pairs;
            const char *percent;
            const char *kappa;
            int matched;
            int onlyLeft;
            int onlyRight;
        };
        // W-A1: pp pp (office/A) and pp (A/B): all equal and all "pass" on both sides, p_e = 1, κ undefined.
        // W-A2: ff pp fp: p_o = 2/3; left f 2/3 p 1/3, right f 1/3 p 2/3: p_e = 4/9, κ = (2/9)/(5/9) = 0.4.
        // W-A3: pf ff: p_o = 1/2; left p ½ f ½, right f 1: p_e = ½, κ = 0.
        // W-A4: nn pf: p_o = 1/2; left n ½ p ½, right n ½ f ½: p_e = ¼, κ = (¼)/(¾) = 0.333.
        const Expected expected[] = {
            {"W-A1", "首页信息更新", 3, 3, "100.0%", "—", 1, 0, 0},
            {"W-A2", "错别字", 3, 3, "66.7%", "0.400", 1, 0, 0},
            {"W-A3", "链接可用性", 2, 2, "50.0%", "0.000", 0, 1, 0},
            {"W-A4", "互动回应", 2, 2, "50.0%", "0.333", 0, 0, 1},
        };
        for (int i = 0; i < 4; ++i) {
            const AuditStatistics::Row &row = s.perItem.at(i);
            const Expected &e = expected[i];
            QCOMPARE(row.itemCode, QString::fromLatin1(e.code));
            QCOMPARE(row.itemTitle, QString::fromUtf8(e.title));
            QVERIFY(row.leftTeam.isEmpty());
            QCOMPARE(row.sites, e.sites);
            QCOMPARE(row.agreement.pairs, e.pairs);
            QCOMPARE(AuditStatisticsBuilder::percentText(row.agreement.observed),
                     QString::fromLatin1(e.percent));
            QCOMPARE(AuditStatisticsBuilder::kappaText(row.agreement), QString::fromUtf8(e.kappa));
            QCOMPARE(row.matchedFindings, e.matched);
            QCOMPARE(row.onlyLeft, e.onlyLeft);
            QCOMPARE(row.onlyRight, e.onlyRight);
        }
        QCOMPARE(s.unmatched.size(), 2);
        QCOMPARE(s.unmatched.at(0).site, QStringLiteral("网站1"));
        QCOMPARE(s.unmatched.at(0).team, localTeam());
        QCOMPARE(s.unmatched.at(0).otherTeam, QStringLiteral("第一检查组"));
        QCOMPARE(s.unmatched.at(0).itemCode, QStringLiteral("W-A3"));
        QCOMPARE(s.unmatched.at(0).url, QStringLiteral("http://127.0.0.1:18460/b.html"));
        QCOMPARE(s.unmatched.at(0).description, QStringLiteral("链接失效"));
        QCOMPARE(s.unmatched.at(1).team, QStringLiteral("第一检查组"));
        QCOMPARE(s.unmatched.at(1).otherTeam, localTeam());
        QCOMPARE(s.unmatched.at(1).itemCode, QStringLiteral("W-A4"));
        QCOMPARE(s.unmatched.at(1).description, QStringLiteral("其他问题"));
    }

    void noTeamsNoStatistics()
    {
        // Without a team's result there is nothing to compare (the team's rows go with its import).
        QVERIFY(
            db().exec(QStringLiteral("DELETE FROM audit_imports WHERE round_id = ?"), {m_fx.roundId}).ok());
        auto s = AuditStatisticsBuilder::build(db(), m_fx.roundId);
        QVERIFY(s.ok());
        QVERIFY(s.value().isEmpty());
        QVERIFY(s.value().perItem.isEmpty());
        QVERIFY(s.value().unmatched.isEmpty());
    }

    void reasonIsRequired()
    {
        AuditReconciliations reconciliations(db());
        auto refused = reconciliations.decide(
            decision("L2", nullptr, ReconcileDecision::KeepNeither, QStringLiteral("  ")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("reason")));
        QCOMPARE(count(QStringLiteral("audit_reconciliations")), 0);
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {found("L2")}),
                 QStringLiteral("confirmed"));
    }

    void adoptionCopiesFindingAndEvidenceOnce()
    {
        const QString shot(64, QLatin1Char('c'));
        const QString drawn(64, QLatin1Char('d'));
        for (const auto &[kind, sha, original, order] :
             {std::tuple{"screenshot", shot, QString(), 0}, std::tuple{"annotated", drawn, shot, 1}})
            QVERIFY(
                db().exec(QStringLiteral("INSERT INTO audit_evidence (audit_finding_id, kind, capture_mode, "
                                         "sha256, size, media_type, file_suffix, width, height, page_url, "
                                         "captured_at, original_sha256, sort_order) VALUES (?, ?, 'visible', "
                                         "?, 1234, 'image/png', 'png', 800, 600, "
                                         "'http://127.0.0.1:18460/c.html', '2026-11-20T02:00:00Z', ?, ?)"),
                          {found("F2"), QLatin1String(kind), sha, original, order})
                    .ok());
        AuditReconciliations reconciliations(db());
        auto decided = reconciliations.decide(
            decision(nullptr, "F2", ReconcileDecision::KeepRight, QStringLiteral("问题确实存在")));
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().fullText()));
        QVERIFY(decided.value().id > 0);
        QCOMPARE(count(QStringLiteral("audit_adoptions")), 1);
        const qint64 copy =
            text(QStringLiteral("SELECT finding_id FROM audit_adoptions WHERE audit_finding_id = ?"),
                 {found("F2")})
                .toLongLong();
        QVERIFY(copy > 0);
        QCOMPARE(
            text(QStringLiteral("SELECT state || '|' || round_id || '|' || site_id || '|' || url || '|' || "
                                "description || '|' || inspector FROM findings WHERE id = ?"),
                 {copy}),
            QStringLiteral("confirmed|%1|%2|http://127.0.0.1:18460/c.html|其他问题|第一检查组 李四")
                .arg(m_fx.roundId)
                .arg(site("S1")));
        QCOMPARE(
            text(QStringLiteral("SELECT ci.code FROM findings f JOIN checklist_items ci ON ci.id = f.item_id "
                                "WHERE f.id = ?"),
                 {copy}),
            QStringLiteral("W-A4"));
        QCOMPARE(count(QStringLiteral("evidence WHERE finding_id = %1").arg(copy)), 2);
        QCOMPARE(
            text(QStringLiteral("SELECT group_concat(kind || ':' || sha256 || ':' || media_type, ' ') FROM "
                                "(SELECT * FROM evidence WHERE finding_id = ? ORDER BY sort_order)"),
                 {copy}),
            QStringLiteral("screenshot:%1:image/png annotated:%2:image/png").arg(shot, drawn));
        QCOMPARE(
            text(QStringLiteral("SELECT o.sha256 FROM evidence e JOIN evidence o ON o.id = e.original_id "
                                "WHERE e.finding_id = ? AND e.kind = 'annotated'"),
                 {copy}),
            shot);
        QCOMPARE(text(QStringLiteral(
                          "SELECT note FROM finding_history WHERE finding_id = ? AND field = 'adopted'"),
                      {copy}),
                 QStringLiteral("Adopted from the peer-audit result of 第一检查组: 问题确实存在"));

        // Deciding again keeps the one copy; dropping it later withdraws the copy.
        QVERIFY(reconciliations
                    .decide(decision(nullptr, "F2", ReconcileDecision::KeepBoth, QStringLiteral("再确认")))
                    .ok());
        QCOMPARE(count(QStringLiteral("audit_adoptions")), 1);
        QCOMPARE(count(QStringLiteral("findings")), 3);
        QVERIFY(reconciliations
                    .decide(decision(nullptr, "F2", ReconcileDecision::KeepNeither,
                                     QStringLiteral("复核后不成立")))
                    .ok());
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {copy}),
                 QStringLiteral("false_positive"));
        QCOMPARE(count(QStringLiteral("evidence")), 2);
    }

    void localWithdrawnAndRestored()
    {
        AuditReconciliations reconciliations(db());
        auto first = reconciliations.decide(
            decision("L1", "F1", ReconcileDecision::KeepRight, QStringLiteral("本方描述不准确")));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().fullText()));
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {found("L1")}),
                 QStringLiteral("false_positive"));
        QCOMPARE(
            text(QStringLiteral("SELECT old_value || '>' || new_value || '|' || actor || '|' || note FROM "
                                "finding_history WHERE finding_id = ? AND field = 'state' ORDER BY id DESC"),
                 {found("L1")}),
            QStringLiteral("confirmed>false_positive|王五|Peer-audit reconciliation: 本方描述不准确"));
        QCOMPARE(count(QStringLiteral("audit_adoptions")), 1); // F1 kept: adopted

        // The comparison still shows the pair the decision is about (the withdrawn finding stays on
        // its row, the adopted copy is not "ours"), and the statistics measure what each side found.
        auto c =
            AuditComparison::load(db(), m_fx.roundId, site("S1"), 0, m_fx.imports.value(QStringLiteral("A")));
        QVERIFY(c.ok());
        QCOMPARE(c.value().left.size(), 2);
        QCOMPARE(c.value().undecidedCount(), 2);
        bool decidedPairShown = false;
        for (const AuditSiteComparison::Row &row : c.value().rows) {
            if (row.kind == AuditSiteComparison::RowKind::Matched &&
                c.value().left.at(row.left).id == found("L1")) {
                QCOMPARE(c.value().right.at(row.right).id, found("F1"));
                QVERIFY(row.decision.has_value());
                QCOMPARE(row.decision->decision, ReconcileDecision::KeepRight);
                decidedPairShown = true;
            }
        }
        QVERIFY(decidedPairShown);
        const AuditStatistics s = AuditStatisticsBuilder::build(db(), m_fx.roundId).value();
        QCOMPARE(s.perTeam.at(0).matchedFindings, 1);
        QCOMPARE(s.perTeam.at(0).onlyLeft, 1);
        QCOMPARE(s.perTeam.at(0).onlyRight, 1);

        auto second = reconciliations.decide(
            decision("L1", "F1", ReconcileDecision::KeepBoth, QStringLiteral("两处均成立")));
        QVERIFY(second.ok());
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {found("L1")}),
                 QStringLiteral("confirmed"));
        QCOMPARE(count(QStringLiteral("audit_adoptions")), 1);
        QCOMPARE(count(QStringLiteral("findings")), 3);

        auto history = reconciliations.history(m_fx.roundId, site("S1"));
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 2);
        QCOMPARE(history.value().at(0).id, second.value().id);
        QCOMPARE(history.value().at(0).reason, QStringLiteral("两处均成立"));
        QCOMPARE(history.value().at(1).decision, ReconcileDecision::KeepRight);
        QVERIFY(history.value().at(1).decidedAt.isValid());
        auto current =
            reconciliations.current(m_fx.roundId, site("S1"), 0, m_fx.imports.value(QStringLiteral("A")));
        QVERIFY(current.ok());
        QCOMPARE(current.value().size(), 1);
        QCOMPARE(current.value().at(0).decision, ReconcileDecision::KeepBoth);
        QCOMPARE(current.value().at(0).leftFindingId, found("L1"));
    }

    void illegalWithdrawalChangesNothing()
    {
        QVERIFY(
            db().exec(QStringLiteral("UPDATE findings SET state = 'notified' WHERE id = ?"), {found("L2")})
                .ok());
        AuditReconciliations reconciliations(db());
        auto refused = reconciliations.decide(
            decision("L2", nullptr, ReconcileDecision::KeepNeither, QStringLiteral("不成立")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("Notified")),
                 qPrintable(refused.error().message));
        QCOMPARE(count(QStringLiteral("audit_reconciliations")), 0);
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {found("L2")}),
                 QStringLiteral("notified"));
    }

    void findingOfAnotherSiteIsRefused()
    {
        AuditReconciliation wrong =
            decision(nullptr, "F3", ReconcileDecision::KeepRight, QStringLiteral("理由"));
        AuditReconciliations reconciliations(db());
        QVERIFY(!reconciliations.decide(wrong).ok()); // F3 is on S3, the decision says S1
        QCOMPARE(count(QStringLiteral("audit_reconciliations")), 0);
        QCOMPARE(count(QStringLiteral("audit_adoptions")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditStatistics)
#include "tst_auditstatistics.moc"
