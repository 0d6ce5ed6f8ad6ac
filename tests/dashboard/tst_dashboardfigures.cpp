// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "checklist/ChecklistLibrary.h"
#include "dashboard/DashboardLoader.h"
#include "storage/ChecklistRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace xj;

// Every figure of the dashboard against an aggregate of the test's own SQL, on three quarterly
// rounds, a special round and a re-check: verdicts that pass, lose points or fail a veto item,
// findings in every state (deleted ones too, which must never count) and notices with a past and
// a future deadline.
class TestDashboardFigures : public DatabaseTestCase
{
    Q_OBJECT

    static constexpr const char *ProblemStates = "('confirmed', 'notified', 'fed_back', 'recheck_passed', "
                                                 "'recheck_failed')";
    const QDate m_today{2026, 11, 27};
    qint64 m_templateId = 0;
    QList<qint64> m_sites; // A, B, C, D
    qint64 m_q2 = 0, m_q3 = 0, m_q4 = 0, m_special = 0, m_recheck = 0;

    void sql(const QString &statement, const QVariantList &params = {})
    {
        auto q = db().exec(statement, params);
        QVERIFY2(q.ok(), qPrintable(statement + QStringLiteral(": ") + (q ? QString() : q.error().message)));
    }

    /// The rows of a query, each as a list of values.
    QList<QVariantList> rows(const QString &statement, const QVariantList &params)
    {
        QList<QVariantList> result;
        auto q = db().exec(statement, params);
        if (!q) {
            qWarning() << q.error().message;
            return result;
        }
        while (q.value().next()) {
            QVariantList row;
            for (int i = 0; i < q.value().record().count(); ++i)
                row << q.value().value(i);
            result << row;
        }
        return result;
    }

    qint64 addRound(const QString &name, RoundKind kind, const QDate &date, qint64 source = 0)
    {
        Round r;
        r.name = name;
        r.kind = kind;
        r.inspectionDate = date;
        r.websiteTemplateId = m_templateId;
        r.sourceRoundId = source;
        if (kind == RoundKind::Special)
            r.itemCodes = {QStringLiteral("W-V1")};
        auto id = RoundRepository(db()).create(r);
        return id ? id.value() : 0;
    }

    /// Every veto and deduction item judged Pass for the site.
    void passAll(qint64 roundId, qint64 siteId)
    {
        sql(QStringLiteral("INSERT INTO verdicts (round_id, site_id, item_id, value) SELECT ?, ?, id, 'pass' "
                           "FROM checklist_items WHERE template_id = ? AND kind IN ('veto', 'deduction')"),
            {roundId, siteId, m_templateId});
    }

    void fail(qint64 roundId, qint64 siteId, const QString &code, double points = 0)
    {
        sql(QStringLiteral(
                "UPDATE verdicts SET value = 'fail', points = ? WHERE round_id = ? AND site_id = ? AND "
                "item_id = (SELECT id FROM checklist_items WHERE template_id = ? AND code = ?)"),
            {points, roundId, siteId, m_templateId, code});
    }

    void finding(qint64 roundId, qint64 siteId, const QString &code, const QString &state,
                 bool deleted = false)
    {
        sql(QStringLiteral("INSERT INTO findings (site_id, round_id, item_id, description, severity, state, "
                           "found_at, deleted_at) VALUES (?, ?, (SELECT id FROM checklist_items WHERE "
                           "template_id = ? AND code = ?), 'problem', ?, ?, '2026-11-20T08:00:00Z', ?)"),
            {siteId, roundId, m_templateId, code,
             code.startsWith(QLatin1String("W-V")) ? QStringLiteral("veto") : QStringLiteral("deduction"),
             state, deleted ? QStringLiteral("2026-11-21T08:00:00Z") : QString(QLatin1String(""))});
    }

    void notice(qint64 roundId, qint64 siteId, int serial, const QString &deadline)
    {
        sql(QStringLiteral(
                "INSERT INTO notices (round_id, site_id, number, year, serial, issued_on, working_days, "
                "deadline) VALUES (?, ?, ?, 2026, ?, '2026-10-20', 10, ?)"),
            {roundId, siteId, QStringLiteral("整改〔2026〕%1号").arg(serial), serial, deadline});
    }

    DashboardFigures load(qint64 roundId)
    {
        auto figures = DashboardLoader::load(db(), dir().path(), roundId, m_today);
        if (!figures)
            qWarning() << figures.error().message << figures.error().detail;
        return figures ? figures.value() : DashboardFigures{};
    }

    /// Per site with verdicts in the round: score, whether a veto item failed and the result, the
    /// way 国办秘函〔2019〕19号 scores a fully judged non-portal website out of 100 with pass mark 60.
    struct ExpectedScore
    {
        double score = 0;
        bool vetoFailed = false;
        bool passed() const { return !vetoFailed && score >= 60; }
    };
    QHash<qint64, ExpectedScore> expectedScores(qint64 roundId)
    {
        QHash<qint64, ExpectedScore> scores;
        for (const QVariantList &row :
             rows(QStringLiteral(
                      "SELECT v.site_id, sum(ci.kind = 'veto' AND v.value = 'fail'), 100 - sum(CASE "
                      "WHEN ci.kind = 'deduction' AND v.value = 'fail' THEN min(v.points, ci.points) "
                      "ELSE 0 END) FROM verdicts v JOIN checklist_items ci ON ci.id = v.item_id "
                      "WHERE v.round_id = ? GROUP BY v.site_id"),
                  {roundId}))
            scores.insert(row.at(0).toLongLong(), {row.at(2).toDouble(), row.at(1).toInt() > 0});
        return scores;
    }

    int problemsIn(qint64 roundId)
    {
        return count(QStringLiteral("findings WHERE round_id = %1 AND deleted_at = '' AND state IN %2")
                         .arg(roundId)
                         .arg(QLatin1String(ProblemStates)));
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        ChecklistLibrary library;
        library.load(dir().filePath(QStringLiteral("checklists")));
        const ChecklistLibrary::Entry *website = library.find(QStringLiteral("national-2019-website"));
        QVERIFY(website);
        auto templateId = ChecklistRepository(db()).storeSnapshot(website->checklist, website->canonicalJson,
                                                                  website->sha256, website->filePath);
        QVERIFY(templateId.ok());
        m_templateId = templateId.value();
        Unit unit;
        unit.name = QStringLiteral("青禾县人民政府办公室");
        auto unitId = UnitRepository(db()).create(unit);
        QVERIFY(unitId.ok());
        m_sites.clear();
        for (const char *name : {"青禾县人民政府", "青禾县教育局", "青禾县卫健委", "青禾县水利局"}) {
            Site site;
            site.name = QString::fromUtf8(name);
            site.url = QStringLiteral("http://127.0.0.1:18470/%1/").arg(m_sites.size());
            site.unitId = unitId.value();
            auto id = SiteRepository(db()).create(site);
            QVERIFY(id.ok());
            m_sites << id.value();
        }
        const qint64 a = m_sites[0], b = m_sites[1], c = m_sites[2], d = m_sites[3];
        m_q2 = addRound(QStringLiteral("2026年第二季度检查"), RoundKind::Quarterly, QDate(2026, 5, 20));
        m_q3 = addRound(QStringLiteral("2026年第三季度检查"), RoundKind::Quarterly, QDate(2026, 8, 20));
        m_special = addRound(QStringLiteral("专项检查"), RoundKind::Special, QDate(2026, 10, 1));
        m_q4 = addRound(QStringLiteral("2026年第四季度检查"), RoundKind::Quarterly, QDate(2026, 11, 20));
        m_recheck = addRound(QStringLiteral("第四季度复查"), RoundKind::Recheck, QDate(2026, 11, 26), m_q4);
        QVERIFY(m_q2 && m_q3 && m_special && m_q4 && m_recheck);

        passAll(m_q2, a);
        fail(m_q2, a, QStringLiteral("W-D9"), 5);
        finding(m_q2, a, QStringLiteral("W-D3"), QStringLiteral("notified"));

        passAll(m_q3, a);
        fail(m_q3, a, QStringLiteral("W-D3"), 4);
        passAll(m_q3, b);
        passAll(m_q3, c);
        fail(m_q3, c, QStringLiteral("W-V2"));
        finding(m_q3, a, QStringLiteral("W-D1"), QStringLiteral("confirmed"));
        finding(m_q3, b, QStringLiteral("W-D2"), QStringLiteral("recheck_passed"));
        finding(m_q3, c, QStringLiteral("W-V2"), QStringLiteral("confirmed"), true);

        passAll(m_special, a);
        fail(m_special, a, QStringLiteral("W-V1"));
        finding(m_special, a, QStringLiteral("W-V1"), QStringLiteral("confirmed"));

        passAll(m_q4, a);
        fail(m_q4, a, QStringLiteral("W-D1"), 2);
        passAll(m_q4, b);
        fail(m_q4, b, QStringLiteral("W-D7"), 30); // capped at the item's 25 points
        fail(m_q4, b, QStringLiteral("W-D8"), 12);
        fail(m_q4, b, QStringLiteral("W-D5"), 10);
        passAll(m_q4, c);
        fail(m_q4, c, QStringLiteral("W-V1"));
        const QList<std::pair<const char *, const char *>> ofA{
            {"W-D1", "confirmed"},      {"W-D1", "notified"},       {"W-D2", "notified"},
            {"W-D7", "fed_back"},       {"W-D3", "recheck_passed"}, {"W-D10", "recheck_passed"},
            {"W-D8", "recheck_failed"}, {"W-D1", "candidate"},      {"W-D2", "false_positive"},
            {"W-D9", "doubtful"},       {"", "confirmed"},          {"", "candidate"}};
        for (const auto &[code, state] : ofA)
            finding(m_q4, a, QLatin1String(code), QLatin1String(state));
        finding(m_q4, a, QStringLiteral("W-D4"), QStringLiteral("confirmed"), true);
        finding(m_q4, a, QStringLiteral("W-D5"), QStringLiteral("notified"), true);
        finding(m_q4, b, QStringLiteral("W-V1"), QStringLiteral("notified"));
        finding(m_q4, b, QStringLiteral("W-D11"), QStringLiteral("recheck_failed"));
        finding(m_q4, c, QStringLiteral("W-V3"), QStringLiteral("candidate"));
        finding(m_q4, c, QStringLiteral("W-V2"), QStringLiteral("confirmed"), true);
        finding(m_q4, d, QStringLiteral("W-D2"), QStringLiteral("confirmed"));
        notice(m_q4, a, 1, QStringLiteral("2026-11-01"));
        notice(m_q4, b, 2, QStringLiteral("2099-01-01"));

        finding(m_recheck, a, QStringLiteral("W-D1"), QStringLiteral("recheck_passed"));
    }

    void problemsByCategory()
    {
        const DashboardFigures figures = load(m_q4);
        QHash<QString, int> expected;
        for (const QVariantList &row :
             rows(QStringLiteral("SELECT coalesce(ci.area_id, ''), count(*) FROM findings f "
                                 "LEFT JOIN checklist_items ci ON ci.id = f.item_id "
                                 "WHERE f.round_id = ? AND f.deleted_at = '' AND f.state "
                                 "IN %1 GROUP BY 1")
                      .arg(QLatin1String(ProblemStates)),
                  {m_q4}))
            expected.insert(row.at(0).toString(), row.at(1).toInt());
        QHash<QString, int> actual;
        int total = 0;
        for (const CategoryCount &c : figures.categories) {
            actual.insert(c.areaId, c.problems);
            total += c.problems;
        }
        QCOMPARE(actual, expected);
        QCOMPARE(total, problemsIn(m_q4));
        QVERIFY(expected.contains(QString())); // the unassigned problem has its own bar
        for (int i = 1; i < figures.categories.size(); ++i)
            QVERIFY(figures.categories.at(i - 1).problems >= figures.categories.at(i).problems);
        // Titles come from the round's checklist; the item codes let the findings list follow.
        for (const CategoryCount &c : figures.categories) {
            if (c.areaId == QLatin1String("publish")) {
                QCOMPARE(c.title, QStringLiteral("发布解读"));
                QVERIFY(c.itemCodes.contains(QStringLiteral("W-D1")));
                QVERIFY(!c.itemCodes.contains(QStringLiteral("W-D7")));
            }
        }
    }

    void scoreRanking()
    {
        const DashboardFigures figures = load(m_q4);
        const QHash<qint64, ExpectedScore> expected = expectedScores(m_q4);
        QCOMPARE(figures.ranking.size(), expected.size()); // the site without verdicts is not ranked
        for (const SiteScore &s : figures.ranking) {
            QVERIFY(expected.contains(s.siteId));
            const ExpectedScore e = expected.value(s.siteId);
            QCOMPARE(s.outcome, e.passed() ? ScoreOutcome::Pass : ScoreOutcome::Fail);
            QCOMPARE(s.score.has_value(), !e.vetoFailed);
            if (s.score)
                QCOMPARE(*s.score, e.score);
            QCOMPARE(s.siteName, rows(QStringLiteral("SELECT name FROM sites WHERE id = ?"), {s.siteId})
                                     .value(0)
                                     .value(0)
                                     .toString());
        }
        QCOMPARE(figures.ranking.at(0).siteId, m_sites[0]);
        QCOMPARE(*figures.ranking.at(0).score, 98.0);
        QCOMPARE(*figures.ranking.at(1).score, 53.0);
        QCOMPARE(figures.ranking.at(2).siteId, m_sites[2]);
    }

    void trend_data()
    {
        QTest::addColumn<bool>("fromRecheck");
        QTest::newRow("quarterly round") << false;
        QTest::newRow("re-check round") << true;
    }

    void trend()
    {
        QFETCH(bool, fromRecheck);
        const DashboardFigures figures = load(fromRecheck ? m_recheck : m_q4);
        const QList<QVariantList> quarterly =
            rows(QStringLiteral("SELECT id FROM rounds WHERE kind = 'quarterly' AND inspection_date <= "
                                "(SELECT inspection_date FROM rounds WHERE id = ?) ORDER BY inspection_date"),
                 {fromRecheck ? m_recheck : m_q4});
        QCOMPARE(figures.trend.size(), quarterly.size());
        QCOMPARE(figures.trend.size(), 3);
        for (int i = 0; i < quarterly.size(); ++i) {
            const qint64 roundId = quarterly.at(i).at(0).toLongLong();
            const TrendPoint &point = figures.trend.at(i);
            QCOMPARE(point.roundId, roundId);
            QCOMPARE(point.problems, problemsIn(roundId));
            int passed = 0, failed = 0, scored = 0;
            double sum = 0;
            for (const ExpectedScore &e : expectedScores(roundId)) {
                (e.passed() ? passed : failed) += 1;
                if (!e.vetoFailed) {
                    sum += e.score;
                    ++scored;
                }
            }
            QCOMPARE(point.passed, passed);
            QCOMPARE(point.failed, failed);
            QCOMPARE(point.passRate(), double(passed) / (passed + failed));
            QCOMPARE(point.averageScore.has_value(), scored > 0);
            if (scored > 0)
                QCOMPARE(*point.averageScore, sum / scored);
        }
        QCOMPARE(figures.trend.last().passed, 1);
        QCOMPARE(*figures.trend.last().averageScore, (98.0 + 53.0) / 2);
    }

    void rectificationAndOverdue()
    {
        const DashboardFigures figures = load(m_q4);
        const QString live =
            QStringLiteral("findings WHERE round_id = %1 AND deleted_at = '' AND ").arg(m_q4);
        const int passed = count(live + QStringLiteral("state = 'recheck_passed'"));
        const int failed = count(live + QStringLiteral("state = 'recheck_failed'"));
        const int pending = count(live + QStringLiteral("state IN ('confirmed', 'notified', 'fed_back')"));
        QCOMPARE(figures.rectification.passed, passed);
        QCOMPARE(figures.rectification.failed, failed);
        QCOMPARE(figures.rectification.pending, pending);
        QCOMPARE(figures.rectification.rate(), double(passed) / (passed + failed + pending));
        QCOMPARE(passed, 2);

        const QList<QVariantList> overdue = rows(
            QStringLiteral("SELECT f.id FROM findings f JOIN notices n ON n.round_id = f.round_id AND "
                           "n.site_id = f.site_id WHERE f.round_id = ? AND f.deleted_at = '' AND f.state IN "
                           "('notified', 'recheck_failed') AND n.deadline < ? ORDER BY f.id"),
            {m_q4, m_today.toString(Qt::ISODate)});
        QCOMPARE(figures.overdue, int(overdue.size()));
        QCOMPARE(figures.overdue, 3);
        QList<qint64> expectedIds;
        for (const QVariantList &row : overdue)
            expectedIds << row.at(0).toLongLong();
        QList<qint64> ids = figures.overdueFindingIds;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expectedIds);
    }

    void vetoFailures()
    {
        const DashboardFigures figures = load(m_q4);
        QHash<QString, int> expected;
        for (const QVariantList &row :
             rows(QStringLiteral(
                      "SELECT ci.code, count(DISTINCT x.site_id) FROM (SELECT site_id, item_id FROM "
                      "verdicts WHERE round_id = ? AND value = 'fail' UNION SELECT site_id, item_id FROM "
                      "findings WHERE round_id = ? AND deleted_at = '' AND state IN %1) x JOIN "
                      "checklist_items ci ON ci.id = x.item_id WHERE ci.kind = 'veto' GROUP BY ci.code")
                      .arg(QLatin1String(ProblemStates)),
                  {m_q4, m_q4}))
            expected.insert(row.at(0).toString(), row.at(1).toInt());
        QHash<QString, int> actual;
        for (const VetoFailure &v : figures.vetoFailures)
            actual.insert(v.itemCode, v.sites);
        QCOMPARE(actual, expected);
        QCOMPARE(actual.value(QStringLiteral("W-V1")), 2);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
