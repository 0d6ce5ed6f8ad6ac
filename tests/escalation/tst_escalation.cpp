// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "escalation/EscalationApplier.h"
#include "escalation/EscalationPlanner.h"
#include "escalation/EscalationRepository.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace xj;

/// Escalation on a small registry written here in SQL: which sites the planner proposes and with
/// how many failed problems (carried-forward failures count for the round they came from), and
/// what applying the decisions writes, refuses and never duplicates.
class TestEscalation : public DatabaseTestCase
{
    Q_OBJECT

    QHash<QString, qint64> m_ids; ///< "S1", "R1", "f3"… → row id

    qint64 insert(const QString &key, const QString &sql, const QVariantList &params)
    {
        auto q = db().exec(sql, params);
        if (!q) {
            qWarning() << q.error().fullText();
            return 0;
        }
        const qint64 id = q.value().lastInsertId().toLongLong();
        m_ids.insert(key, id);
        return id;
    }
    qint64 site(const QString &key, const QString &name, qint64 unitId, const QString &person,
                const QString &phone)
    {
        return insert(key,
                      QStringLiteral("INSERT INTO sites (kind, name, url, unit_id, person_in_charge, phone) "
                                     "VALUES ('website', ?, ?, ?, ?, ?)"),
                      {name, QStringLiteral("http://%1.gov.cn/").arg(key.toLower()), unitId, person, phone});
    }
    qint64 finding(const QString &key, const QString &site, const QString &round, const char *state,
                   const QString &origin = {}, bool deleted = false)
    {
        return insert(
            key,
            QStringLiteral("INSERT INTO findings (site_id, round_id, description, severity, state, "
                           "found_at, origin_finding_id, deleted_at) VALUES (?, ?, ?, 'deduction', ?, "
                           "'2026-10-01T08:00:00Z', ?, ?)"),
            {m_ids.value(site), m_ids.value(round), QString(QStringLiteral("问题") + key),
             QString::fromLatin1(state),
             origin.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(m_ids.value(origin)),
             deleted ? QStringLiteral("2026-10-02T08:00:00Z") : QStringLiteral("")});
    }
    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("<none>");
    }
    QList<EscalationDecision> decisionsFor(qint64 roundId)
    {
        QList<EscalationDecision> decisions;
        for (const EscalationProposal &p : EscalationPlanner::propose(db(), roundId).value())
            decisions.append({p.site.id, p.failedFindings, p.criticise, p.accountability, p.enroll, {}});
        return decisions;
    }
    static QString describe(const QHash<qint64, int> &bySite, const QHash<QString, qint64> &ids)
    {
        QStringList parts;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            if (it.key().startsWith(QLatin1Char('S')) && bySite.contains(it.value()))
                parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(bySite.value(it.value())));
        }
        parts.sort();
        return parts.join(QLatin1Char(','));
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_ids.clear();
        insert(QStringLiteral("U1"), QStringLiteral("INSERT INTO units (name) VALUES ('青禾县政务服务中心')"),
               {});
        insert(QStringLiteral("U2"), QStringLiteral("INSERT INTO units (name) VALUES ('青禾县教育局')"), {});
        site(QStringLiteral("S1"), QStringLiteral("青禾县政务服务网"), m_ids.value(QStringLiteral("U1")),
             QStringLiteral("张三"), QStringLiteral("13800000001"));
        site(QStringLiteral("S2"), QStringLiteral("青禾县教育局网站"), m_ids.value(QStringLiteral("U2")),
             QStringLiteral("李四"), QStringLiteral("13800000002"));
        site(QStringLiteral("S3"), QStringLiteral("青禾县招生考试网"), m_ids.value(QStringLiteral("U2")), {},
             {});
        site(QStringLiteral("S4"), QStringLiteral("青禾县人民政府网"), m_ids.value(QStringLiteral("U1")),
             QStringLiteral("王五"), {});
        const QString round =
            QStringLiteral("INSERT INTO rounds (name, kind, inspection_date, source_round_id) "
                           "VALUES (?, ?, ?, ?)");
        insert(QStringLiteral("R1"), round,
               {QStringLiteral("2026年第三季度检查"), QStringLiteral("quarterly"),
                QStringLiteral("2026-09-30"), QVariant(QMetaType::fromType<qint64>())});
        insert(QStringLiteral("R2"), round,
               {QStringLiteral("第三季度问题复查"), QStringLiteral("recheck"), QStringLiteral("2026-10-30"),
                m_ids.value(QStringLiteral("R1"))});
        insert(QStringLiteral("R3"), round,
               {QStringLiteral("第二次复查"), QStringLiteral("recheck"), QStringLiteral("2026-11-20"),
                m_ids.value(QStringLiteral("R2"))});
        // R1: S1 fails twice (and once more, deleted); S2's problem is carried forward twice and
        // fails in both later rounds; S3 fails; S4 put its problem right.
        finding(QStringLiteral("f1"), QStringLiteral("S1"), QStringLiteral("R1"), "recheck_failed");
        finding(QStringLiteral("f2"), QStringLiteral("S1"), QStringLiteral("R1"), "recheck_failed");
        finding(QStringLiteral("f8"), QStringLiteral("S1"), QStringLiteral("R1"), "recheck_failed", {}, true);
        finding(QStringLiteral("f3"), QStringLiteral("S2"), QStringLiteral("R1"), "notified");
        finding(QStringLiteral("f5"), QStringLiteral("S2"), QStringLiteral("R2"), "recheck_failed",
                QStringLiteral("f3"));
        finding(QStringLiteral("f6"), QStringLiteral("S2"), QStringLiteral("R3"), "recheck_failed",
                QStringLiteral("f5"));
        finding(QStringLiteral("f7"), QStringLiteral("S3"), QStringLiteral("R1"), "recheck_failed");
        finding(QStringLiteral("f4"), QStringLiteral("S4"), QStringLiteral("R1"), "recheck_passed");
        // R2's own new problem of S2 fails too: it counts for R2, not for R1.
        finding(QStringLiteral("f9"), QStringLiteral("S2"), QStringLiteral("R2"), "recheck_failed");
        QCOMPARE(count(QStringLiteral("findings")), 9);
    }

    void failedFindingsBySite_data()
    {
        QTest::addColumn<QString>("round");
        QTest::addColumn<QString>("expected");
        QTest::newRow("source round counts carried-forward failures once")
            << QStringLiteral("R1") << QStringLiteral("S1=2,S2=1,S3=1");
        QTest::newRow("re-check round: carried and its own")
            << QStringLiteral("R2") << QStringLiteral("S2=2");
        QTest::newRow("last round") << QStringLiteral("R3") << QStringLiteral("S2=1");
    }
    void failedFindingsBySite()
    {
        QFETCH(QString, round);
        QFETCH(QString, expected);
        auto bySite = EscalationPlanner::failedFindingsBySite(db(), m_ids.value(round));
        QVERIFY2(bySite.ok(), bySite.ok() ? "" : qPrintable(bySite.error().fullText()));
        QCOMPARE(describe(bySite.value(), m_ids), expected);
    }

    void proposalsCarryThePersonAndTheOfficeWording()
    {
        auto proposals = EscalationPlanner::propose(db(), m_ids.value(QStringLiteral("R1")));
        QVERIFY(proposals.ok());
        QCOMPARE(proposals.value().size(), 3);
        const auto s1 = std::find_if(
            proposals.value().cbegin(), proposals.value().cend(),
            [&](const EscalationProposal &p) { return p.site.id == m_ids.value(QStringLiteral("S1")); });
        QVERIFY(s1 != proposals.value().cend());
        QCOMPARE(s1->failedFindings, 2);
        QCOMPARE(s1->unitName, QStringLiteral("青禾县政务服务中心"));
        QCOMPARE(s1->site.personInCharge, QStringLiteral("张三"));
        QCOMPARE(s1->site.phone, QStringLiteral("13800000001"));
        QVERIFY(s1->criticise && s1->enroll && !s1->saved);
        QCOMPARE(s1->accountability,
                 QStringLiteral(
                     "建议青禾县政务服务中心对青禾县政务服务网主要负责人进行约谈，并依规依纪追究相关责任"));

        QVERIFY(
            EscalationPlanner::setAccountabilityWording(db(), QStringLiteral("建议{unit}约谈{site}负责人"))
                .ok());
        auto reworded = EscalationPlanner::propose(db(), m_ids.value(QStringLiteral("R1")));
        QVERIFY(
            std::any_of(reworded.value().cbegin(), reworded.value().cend(), [](const EscalationProposal &p) {
                return p.accountability == QStringLiteral("建议青禾县教育局约谈青禾县教育局网站负责人");
            }));
        // Empty wording brings the default back rather than printing empty recommendations.
        QVERIFY(EscalationPlanner::setAccountabilityWording(db(), QStringLiteral("  ")).ok());
        QCOMPARE(EscalationPlanner::accountabilityWording(db()).value(),
                 EscalationPlanner::defaultAccountabilityWording());
    }

    void applyWritesDecisionsAndEnrollments()
    {
        const qint64 r1 = m_ids.value(QStringLiteral("R1"));
        QList<EscalationDecision> decisions = decisionsFor(r1);
        QCOMPARE(decisions.size(), 3);
        for (EscalationDecision &d : decisions) {
            if (d.siteId == m_ids.value(QStringLiteral("S3")))
                d.enroll = false; // no person in charge: not sent, so no error either
        }
        const QDate start(2026, 11, 30);
        auto outcome = EscalationApplier(db()).apply(r1, decisions, start, QStringLiteral("检查员甲"));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().fullText()));
        QCOMPARE(outcome.value().decisions, 3);
        QCOMPARE(outcome.value().enrolled, 2);
        QCOMPARE(count(QStringLiteral("escalations WHERE round_id = %1 AND criticised = 1").arg(r1)), 3);
        QCOMPARE(
            text(QStringLiteral("SELECT failed_findings || '/' || actor FROM escalations WHERE site_id = ?"),
                 {m_ids.value(QStringLiteral("S1"))}),
            QStringLiteral("2/检查员甲"));
        QCOMPARE(count(QStringLiteral("training_enrollments")), 2);
        QCOMPARE(
            text(QStringLiteral(
                     "SELECT person || '|' || phone || '|' || unit_id || '|' || start_date || '|' || "
                     "status FROM training_enrollments WHERE site_id = ?"),
                 {m_ids.value(QStringLiteral("S2"))}),
            QStringLiteral("李四|13800000002|%1|2026-11-30|enrolled").arg(m_ids.value(QStringLiteral("U2"))));
        QCOMPARE(
            count(QStringLiteral("training_enrollments t JOIN escalations e ON e.id = t.escalation_id AND "
                                 "e.site_id = t.site_id AND e.round_id = t.round_id")),
            2);
    }

    void missingPersonInChargeWritesNothing()
    {
        const qint64 r1 = m_ids.value(QStringLiteral("R1"));
        auto refused = EscalationApplier(db()).apply(r1, decisionsFor(r1), QDate(2026, 11, 30), {});
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("青禾县招生考试网")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Sites ▸ Edit site")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("青禾县教育局网站")), qPrintable(message));
        QCOMPARE(count(QStringLiteral("escalations")), 0);
        QCOMPARE(count(QStringLiteral("training_enrollments")), 0);
    }

    void reapplyRevisesWithoutDuplicates()
    {
        const qint64 r1 = m_ids.value(QStringLiteral("R1"));
        const qint64 s1 = m_ids.value(QStringLiteral("S1"));
        const qint64 s2 = m_ids.value(QStringLiteral("S2"));
        QList<EscalationDecision> decisions = decisionsFor(r1);
        decisions.removeIf(
            [&](const EscalationDecision &d) { return d.siteId == m_ids.value(QStringLiteral("S3")); });
        EscalationApplier applier(db());
        QVERIFY(applier.apply(r1, decisions, QDate(2026, 11, 30), {}).ok());
        QVERIFY(applier.apply(r1, decisions, QDate(2026, 12, 1), {}).ok());
        QCOMPARE(count(QStringLiteral("escalations")), 2);
        QCOMPARE(count(QStringLiteral("training_enrollments")), 2);
        QCOMPARE(count(QStringLiteral("training_enrollments WHERE start_date = '2026-12-01'")), 2);

        // The dialog shows what is saved: unticking S2 withdraws its enrollment, it is not deleted.
        auto saved = EscalationPlanner::propose(db(), r1);
        QList<EscalationDecision> revised;
        for (const EscalationProposal &p : saved.value()) {
            if (p.site.id != s1 && p.site.id != s2)
                continue;
            QVERIFY(p.saved.has_value());
            QVERIFY(p.enroll);
            revised.append({p.site.id, p.failedFindings, p.criticise, p.accountability, p.site.id != s2, {}});
        }
        auto outcome = applier.apply(r1, revised, QDate(2026, 12, 1), {});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().cancelled, 1);
        QCOMPARE(count(QStringLiteral("training_enrollments")), 2);
        QCOMPARE(text(QStringLiteral("SELECT status FROM training_enrollments WHERE site_id = ?"), {s2}),
                 QStringLiteral("cancelled"));
        for (const EscalationProposal &p : EscalationPlanner::propose(db(), r1).value()) {
            if (p.site.id == s2)
                QVERIFY(!p.enroll && p.saved);
        }

        // A new person in charge is enrolled instead of the old one, who is withdrawn.
        QVERIFY(
            db().exec(QStringLiteral("UPDATE sites SET person_in_charge = '赵六' WHERE id = ?"), {s1}).ok());
        QVERIFY(applier.apply(r1, revised, QDate(2026, 12, 1), {}).ok());
        QCOMPARE(count(QStringLiteral("training_enrollments WHERE status = 'enrolled'")), 1);
        QCOMPARE(text(QStringLiteral("SELECT person FROM training_enrollments WHERE status = 'enrolled'")),
                 QStringLiteral("赵六"));
        QCOMPARE(count(QStringLiteral("escalations")), 2);
        QCOMPARE(TrainingEnrollmentRepository(db()).forRound(r1).value().size(), 3);
    }

    void startDateIsTheNextWorkingDay()
    {
        // Friday 27 November 2026 → Monday 30 November.
        auto start = EscalationApplier::defaultStartDate(dir().path(), QDate(2026, 11, 27));
        QVERIFY(start.ok());
        QCOMPARE(start.value(), QDate(2026, 11, 30));
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
