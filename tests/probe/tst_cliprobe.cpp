// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "FixtureHttpServer.h"
#include "ProbeSites.h"
#include "TestDataDir.h"
#include "probe/AvailabilityReport.h"
#include "storage/Database.h"
#include "storage/ProbeRepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace xj;

// `xunjian-cli probe` as cron runs it: against sites served on 127.0.0.1 by the test itself, the
// records it writes, --if-due, and the --report verdicts.
class TestCliProbe : public QObject
{
    Q_OBJECT

    FixtureHttpServer m_server;
    std::unique_ptr<TestDataDir> m_dir;
    qint64 m_up = 0;
    qint64 m_down = 0;

    /// Runs the command while this process keeps serving the fixture pages.
    CliRun run(QStringList arguments)
    {
        arguments << QStringLiteral("--data-dir") << m_dir->path();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XUNJIAN_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("XUNJIAN_DATA_DIR"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(cliExecutable(), arguments);
        CliRun result;
        if (!finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    int rows(const QString &where = QStringLiteral("1"))
    {
        Database db;
        if (!db.open(m_dir->databasePath()))
            return -1;
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM probe_results WHERE ") + where);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QProcess::ExitStatus>();
        QVERIFY(m_server.listen());
        m_server.page(QStringLiteral("/"), 200, QByteArrayLiteral("<html>青禾</html>"));
        m_server.page(QStringLiteral("/jyj/"), 500, QByteArrayLiteral("error"));
    }

    void init()
    {
        m_dir = std::make_unique<TestDataDir>();
        Database db;
        QVERIFY(db.open(m_dir->databasePath()).ok());
        m_up = addWebsite(db, QStringLiteral("青禾县人民政府"), m_server.url(QStringLiteral("/")).toString(),
                          QStringLiteral("3300000001"));
        m_down = addWebsite(db, QStringLiteral("青禾县教育局"),
                            m_server.url(QStringLiteral("/jyj/")).toString(), QStringLiteral("3300000002"));
        QVERIFY(addWebsite(db, QStringLiteral("青禾县旧网站"),
                           m_server.url(QStringLiteral("/old/")).toString(), QStringLiteral("3300000003"),
                           SiteStatus::Closed) > 0);
        QVERIFY(m_up > 0 && m_down > 0);
    }

    void refusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no sites") << QStringList{QStringLiteral("probe")} << 2 << QStringLiteral("--all");
        QTest::newRow("both") << QStringList{QStringLiteral("probe"), QStringLiteral("--all"),
                                             QStringLiteral("--site"), QStringLiteral("3300000001")}
                              << 2 << QStringLiteral("--all");
        QTest::newRow("zero timeout") << QStringList{QStringLiteral("probe"), QStringLiteral("--all"),
                                                     QStringLiteral("--timeout"), QStringLiteral("0")}
                                      << 2 << QStringLiteral("--timeout");
        QTest::newRow("bad date") << QStringList{QStringLiteral("probe"), QStringLiteral("--all"),
                                                 QStringLiteral("--report"), QStringLiteral("--date"),
                                                 QStringLiteral("20.11.2026")}
                                  << 2 << QStringLiteral("--date");
        QTest::newRow("unknown site")
            << QStringList{QStringLiteral("probe"), QStringLiteral("--site"), QStringLiteral("9999999999")}
            << 1 << QStringLiteral("xunjian-cli sites");
    }

    void refusesBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(rows(), 0);
    }

    void probesEveryMonitoredSite()
    {
        const CliRun r = run({QStringLiteral("probe"), QStringLiteral("--all"), QStringLiteral("--timeout"),
                              QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(r.out.contains(QStringLiteral("3300000001 青禾县人民政府: available, HTTP 200 in ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("3300000002 青禾县教育局: NOT AVAILABLE, the server answered with an "
                                    "HTTP error (HTTP 500, ")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("3300000003")));
        QCOMPARE(rows(), 2);
        QCOMPARE(rows(QStringLiteral("site_id = %1 AND ok = 1 AND status = 200 AND vantage <> ''").arg(m_up)),
                 1);
        QCOMPARE(
            rows(QStringLiteral("site_id = %1 AND ok = 0 AND status = 500 AND error = 'http'").arg(m_down)),
            1);
    }

    void ifDueSkipsSitesProbedRecently()
    {
        const QStringList once{QStringLiteral("probe"), QStringLiteral("--site"),
                               QStringLiteral("3300000001"), QStringLiteral("--if-due")};
        QCOMPARE(run(once).exitCode, 0);
        QCOMPARE(rows(), 1);
        const CliRun again = run(once);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("3300000001 青禾县人民政府: skipped")),
                 qPrintable(again.out));
        QCOMPARE(rows(), 1);
        // Chosen explicitly without --if-due, a site is probed whatever the schedule says, even when
        // it is closed.
        QCOMPARE(run({QStringLiteral("probe"), QStringLiteral("--site"), QStringLiteral("3300000001"),
                      QStringLiteral("--site"), QString::number(m_down)})
                     .exitCode,
                 0);
        QCOMPARE(rows(), 3);
        QCOMPARE(rows(QStringLiteral("site_id = %1").arg(m_down)), 1);
    }

    void reportsTheWindowVerdict()
    {
        // 7 days × 20 probes of the portal ending on 2026-11-20, 7 of them failed: exactly 5 %.
        // The bureau has 19 probes on one day: the ratio is shown but flagged.
        const QDateTime end = AvailabilityReport::endOfDay(QDate(2026, 11, 20));
        {
            Database db;
            QVERIFY(db.open(m_dir->databasePath()).ok());
            ProbeRepository repo(db);
            for (int i = 0; i < 140; ++i) {
                ProbeResult r;
                r.siteId = m_up;
                r.url = m_server.url(QStringLiteral("/")).toString();
                r.probedAt = end.addSecs(-qint64(i) * 4320 - 60);
                r.ok = i % 20 != 3;
                r.error = r.ok ? QString() : QStringLiteral("timeout");
                QVERIFY(repo.add(r).ok());
                if (i == 5)
                    continue;
                r.siteId = m_down;
                r.ok = true;
                QVERIFY(repo.add(r).ok());
            }
            ProbeResult outside;
            outside.siteId = m_up;
            outside.probedAt = end.addDays(-8);
            QVERIFY(repo.add(outside).ok());
        }
        const CliRun r = run({QStringLiteral("probe"), QStringLiteral("--all"), QStringLiteral("--report"),
                              QStringLiteral("--date"), QStringLiteral("2026-11-20")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Availability from 2026-11-14 00:00 to 2026-11-21 00:00")),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("3300000001 青禾县人民政府: 140 attempts, 7 failed, 5.00 %: VETO")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "3300000002 青禾县教育局: 139 attempts, 0 failed, 0.00 %: below the "
                     "threshold; monitoring insufficient: 1 day(s) with fewer than 20 probes")),
                 qPrintable(r.out));
        QCOMPARE(rows(), 280); // --report does not probe
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
