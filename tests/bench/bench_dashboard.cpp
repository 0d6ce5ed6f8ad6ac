// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "checklist/ChecklistLibrary.h"
#include "dashboard/DashboardLoader.h"
#include "inspection/RoundSetup.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace xj;

// The dashboard of a city office at the end of its fourth quarter: 50 websites, four quarterly
// rounds, every site fully judged in every round with 60 findings each in every state of the
// lifecycle (12,000 findings) and a notice per site and round. The dashboard loads its figures on
// the interface thread when it opens, so it is measured against what the workbench already does
// there when the inspector picks a round: listing the round's findings (FindingRepository::list),
// in the same run. Medians of five.
class BenchDashboard : public QObject
{
    Q_OBJECT

    static constexpr int Sites = 50;
    static constexpr int Rounds = 4;
    static constexpr int FindingsPerSite = 60;
    TestDataDir m_dir;
    Database m_db;
    qint64 m_lastRound = 0;

    static qint64 median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

    template<typename Work>
    static qint64 medianMs(Work &&work)
    {
        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            times.append(timer.elapsed());
        }
        return median(times);
    }

    Status fill(const ChecklistLibrary::Entry *website)
    {
        static const char *States[] = {"confirmed",      "notified",       "fed_back", "recheck_passed",
                                       "recheck_failed", "false_positive", "doubtful", "candidate"};
        const auto exec = [this](const QString &sql, const QVariantList &params = {}) {
            auto q = m_db.exec(sql, params);
            if (!q.ok())
                qWarning() << q.error().fullText();
            return q.ok() ? q.value().lastInsertId().toLongLong() : qint64(-1);
        };
        QList<qint64> sites;
        for (int s = 1; s <= Sites; ++s) {
            const qint64 unit = exec(QStringLiteral("INSERT INTO units (name) VALUES (?)"),
                                     {QStringLiteral("第%1号主办单位").arg(s)});
            sites.append(exec(QStringLiteral("INSERT INTO sites (kind, name, url, unit_id, is_portal) "
                                             "VALUES ('website', ?, ?, ?, 1)"),
                              {QStringLiteral("测试县第%1政府网站").arg(s),
                               QStringLiteral("http://site%1.example.gov.cn/").arg(s), unit}));
        }
        for (int r = 0; r < Rounds; ++r) {
            Round round;
            round.name = QStringLiteral("2026年第%1季度检查").arg(r + 1);
            round.period = QStringLiteral("2026Q%1").arg(r + 1);
            round.inspectionDate = QDate(2026, 3 * r + 3, 20);
            auto id = RoundSetup::create(m_db, round, website, nullptr);
            if (!id)
                return id.error();
            m_lastRound = id.value();
            for (int s = 0; s < Sites; ++s) {
                // Every item judged: most pass, some deductions fail, one site in seven fails a veto item.
                exec(QStringLiteral(
                         "INSERT INTO verdicts (round_id, site_id, item_id, value, points) SELECT ?, ?, "
                         "ci.id, CASE WHEN ci.kind = 'veto' AND ci.code = 'W-V4' AND ? THEN 'fail' "
                         "WHEN ci.kind = 'deduction' AND (ci.sort_order + ?) % 5 = 0 THEN 'fail' "
                         "ELSE 'pass' END, CASE WHEN ci.kind = 'deduction' AND (ci.sort_order + ?) % 5 "
                         "= 0 THEN 2 ELSE 0 END FROM checklist_items ci WHERE ci.template_id = ("
                         "SELECT website_template_id FROM rounds WHERE id = ?)"),
                     {id.value(), sites.at(s), (s + r) % 7 == 0, s, s, id.value()});
                exec(
                    QStringLiteral("INSERT INTO notices (round_id, site_id, number, year, serial, issued_on, "
                                   "working_days, deadline) VALUES (?, ?, ?, 2026, ?, ?, 10, ?)"),
                    {id.value(), sites.at(s), QStringLiteral("测试〔2026〕%1号").arg(r * Sites + s + 1),
                     r * Sites + s + 1, round.inspectionDate.addDays(3).toString(Qt::ISODate),
                     round.inspectionDate.addDays(17).toString(Qt::ISODate)});
                for (int f = 0; f < FindingsPerSite; ++f)
                    exec(QStringLiteral(
                             "INSERT INTO findings (site_id, round_id, item_id, url, description, "
                             "severity, state, found_at) SELECT ?, ?, ci.id, ?, ?, 'deduction', ?, ? "
                             "FROM checklist_items ci WHERE ci.template_id = (SELECT "
                             "website_template_id FROM rounds WHERE id = ?) AND ci.sort_order = ?"),
                         {sites.at(s), id.value(),
                          QStringLiteral("http://site%1.example.gov.cn/%2.html").arg(s).arg(f),
                          QStringLiteral("第%1个问题").arg(f + 1), QString::fromLatin1(States[(f + s) % 8]),
                          QStringLiteral("%1T09:00:00Z").arg(round.inspectionDate.toString(Qt::ISODate)),
                          id.value(), 6 + f % 13});
            }
        }
        return Status::success();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.databasePath()).ok());
        ChecklistLibrary library;
        library.load(QString());
        const ChecklistLibrary::Entry *website = library.find(QStringLiteral("national-2019-website"));
        QVERIFY(website);
        const Status filled = withTransaction(m_db, [&] { return fill(website); });
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().fullText()));
        auto findings = m_db.exec(QStringLiteral("SELECT count(*) FROM findings"));
        QVERIFY(findings.ok() && findings.value().next());
        QCOMPARE(findings.value().value(0).toInt(), Sites * Rounds * FindingsPerSite);
    }

    void dashboardAgainstListingTheRound()
    {
        int listed = 0;
        const qint64 baselineMs = medianMs([&] {
            listed = int(FindingRepository(m_db).list({m_lastRound, 0}).value().size());
        });
        QCOMPARE(listed, Sites * FindingsPerSite);

        DashboardFigures figures;
        const qint64 dashboardMs = medianMs([&] {
            auto loaded = DashboardLoader::load(m_db, m_dir.path(), m_lastRound, QDate(2027, 1, 29));
            QVERIFY(loaded.ok());
            figures = loaded.value();
        });
        // What it shows is right, not only fast: every quarter, every site ranked, the problems.
        QCOMPARE(figures.trend.size(), Rounds);
        int problems = 0;
        for (const CategoryCount &c : figures.categories)
            problems += c.problems;
        QCOMPARE(problems, figures.trend.last().problems);
        QCOMPARE(figures.trend.last().passed + figures.trend.last().failed, Sites);
        QCOMPARE(int(figures.ranking.size()), Sites);
        QVERIFY(figures.overdue > 0);

        qInfo("dashboard of %d sites × %d rounds × %d findings: median %lld ms; baseline (list the round's "
              "%d findings): median %lld ms; ratio %.2f",
              Sites, Rounds, FindingsPerSite, dashboardMs, listed, baselineMs,
              baselineMs > 0 ? double(dashboardMs) / double(baselineMs) : 0.0);
    }
};

QTEST_GUILESS_MAIN(BenchDashboard)
#include "bench_dashboard.moc"
