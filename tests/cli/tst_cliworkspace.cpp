// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace xj;

// `xunjian-cli init-demo`, `rounds`, `sites` and the dispatcher, run as a user would.
class TestCliWorkspace : public QObject
{
    Q_OBJECT

    static QStringList lines(const QString &text) { return text.split(u'\n', Qt::SkipEmptyParts); }

private slots:
    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"init-demo", "rounds", "sites", "import-sites", "demo-site", "serve", "verify"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const CliRun r = runCli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage: xunjian-cli ") + command), qPrintable(r.out));
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage: xunjian-cli COMMAND");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command 'frobnicate'");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("rounds"), QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("sites"), QStringLiteral("extra")}
                                        << QStringLiteral("no arguments");
        QTest::newRow("bad date") << QStringList{QStringLiteral("init-demo"), QStringLiteral("--today"),
                                                 QStringLiteral("2026-13-45")}
                                  << QStringLiteral("--today");
    }

    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void overviewListsEveryCommand()
    {
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *c : {"init-demo", "rounds", "sites", "import-sites", "demo-site", "serve", "verify"})
            QVERIFY2(r.out.contains(QLatin1String(c)), c);
    }

    void initDemoThenListRoundsAndSites()
    {
        TestDataDir dir;
        const QStringList at{QStringLiteral("--data-dir"), dir.path()};
        // Without the screenshots, which tst_clidemoevidence covers: they need the workbench program.
        const CliRun init = runCli(QStringList{QStringLiteral("init-demo"), QStringLiteral("--no-evidence"),
                                               QStringLiteral("--today"), QStringLiteral("2026-11-24")} +
                                   at);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));

        const CliRun rounds = runCli(QStringList{QStringLiteral("rounds")} + at);
        QCOMPARE(rounds.exitCode, 0);
        const QStringList roundLines = lines(rounds.out);
        // This quarter's round first, then last quarter's.
        QCOMPARE(roundLines.size(), 2);
        const QStringList round = roundLines.first().split(u'\t');
        QCOMPARE(round.value(0), QStringLiteral("1")); // the id comes first
        QCOMPARE(round.value(1), QStringLiteral("quarterly"));
        QCOMPARE(round.value(2), QStringLiteral("2026-11-24"));
        QCOMPARE(round.value(3), QStringLiteral("2026Q4"));

        const CliRun sites = runCli(QStringList{QStringLiteral("sites")} + at);
        QCOMPARE(sites.exitCode, 0);
        const QStringList siteLines = lines(sites.out);
        QCOMPARE(siteLines.size(), 5);
        static const QRegularExpression idFirst(QStringLiteral("^\\d+\\t(website|newmedia)\\t"));
        for (const QString &line : siteLines)
            QVERIFY2(idFirst.match(line).hasMatch(), qPrintable(line));
        QVERIFY(sites.out.contains(
            QStringLiteral("青禾县人民政府\thttp://127.0.0.1:18460/\t青禾县人民政府办公室\t3399990001")));
        QVERIFY(sites.out.contains(QStringLiteral("newmedia\t微信\t青禾发布\tqinghefabu")));

        // A second init-demo on the same folder is refused and changes nothing.
        const CliRun again = runCli(QStringList{QStringLiteral("init-demo")} + at);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds 5 site(s)")), qPrintable(again.err));
        QCOMPARE(lines(runCli(QStringList{QStringLiteral("sites")} + at).out).size(), 5);
    }

    void newerDatabaseIsAnErrorWithAMessage()
    {
        TestDataDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.databasePath()).ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 999")).ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        const QString before = fileSha256(dir.databasePath());
        const CliRun r = runCli({QStringLiteral("rounds"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer version of Xunjian")), qPrintable(r.err));
        QCOMPARE(fileSha256(dir.databasePath()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cliworkspace.moc"
