// SPDX-License-Identifier: GPL-3.0-or-later
// `xunjian-cli import-sites` end to end: exit codes, messages and what ends up in the database.
#include "CliRunner.h"
#include "RegistryTestHelpers.h"
#include "TestDataDir.h"
#include "XlsxFixtures.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

class TestImportSitesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();
    void badFileCreatesNoDataFolder();

private:
    QTemporaryDir m_files;
};

void TestImportSitesCli::initTestCase()
{
    QVERIFY(QFileInfo(cliExecutable()).isExecutable());
    QVERIFY(m_files.isValid());
    QVERIFY(writeFixtureWorkbooks(m_files.path()));
}

void TestImportSitesCli::run_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE and options; --data-dir is added
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("sites");          // in the database afterwards
    QTest::addColumn<QStringList>("output"); // lines expected in stdout + stderr

    const QString utf8 = registryFixture(QStringLiteral("sites_utf8.csv"));
    const QString gbk = registryFixture(QStringLiteral("sites_gbk.csv"));
    const QString broken = registryFixture(QStringLiteral("sites_broken.csv"));
    const QString workbook = m_files.filePath(QStringLiteral("registry.xlsx"));

    QTest::newRow("good file") << QStringList{utf8} << 0 << 4
                               << QStringList{QStringLiteral("Imported 4 site(s)."),
                                              QStringLiteral("Created 3 host unit(s).")};
    QTest::newRow("gbk file") << QStringList{gbk} << 0 << 4 << QStringList{QStringLiteral("Read GB18030")};
    QTest::newRow("bad rows: nothing imported")
        << QStringList{broken} << 1 << 0
        << QStringList{QStringLiteral("Row 2: the name of the site or account is missing."),
                       QStringLiteral("Row 9: the public security record number"),
                       QStringLiteral("12 with problems."),
                       QStringLiteral("Nothing was imported because 12 row(s) have problems")};
    QTest::newRow("bad rows, valid only")
        << QStringList{broken, QStringLiteral("--valid-only")} << 0 << 1
        << QStringList{QStringLiteral("Row 6: the site identifier code"),
                       QStringLiteral("Imported 1 site(s)."), QStringLiteral("Skipped 12 row(s).")};
    QTest::newRow("dry run") << QStringList{utf8, QStringLiteral("--dry-run")} << 0 << 0
                             << QStringList{QStringLiteral(
                                    "Dry run: nothing was written; 4 site(s) would be imported.")};
    QTest::newRow("dry run, bad rows") << QStringList{broken, QStringLiteral("--dry-run")} << 1 << 0
                                       << QStringList{QStringLiteral("Row 15:")};
    QTest::newRow("xlsx, named sheet")
        << QStringList{workbook, QStringLiteral("--sheet"), QStringLiteral("新媒体")} << 0 << 2
        << QStringList{QStringLiteral("worksheet \"新媒体\"")};
    QTest::newRow("xlsx, unknown sheet")
        << QStringList{workbook, QStringLiteral("--sheet"), QStringLiteral("表3")} << 1 << -1
        << QStringList{QStringLiteral("no worksheet named \"表3\"")};
    QTest::newRow("missing file") << QStringList{m_files.filePath(QStringLiteral("nope.csv"))} << 1 << -1
                                  << QStringList{QStringLiteral("does not exist")};
    QTest::newRow("no file") << QStringList{} << 2 << -1
                             << QStringList{QStringLiteral("exactly one registry file")};
    QTest::newRow("two files") << QStringList{utf8, gbk} << 2 << -1
                               << QStringList{QStringLiteral("exactly one registry file")};
    QTest::newRow("unknown option") << QStringList{utf8, QStringLiteral("--everything")} << 2 << -1
                                    << QStringList{QStringLiteral("everything")};
}

void TestImportSitesCli::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(int, sites);
    QFETCH(QStringList, output);

    TestDataDir dataDir;
    const CliRun result =
        runCli(QStringList{QStringLiteral("import-sites"), QStringLiteral("--data-dir"), dataDir.path()} +
               arguments);
    const QString all = result.out + result.err;
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1\n%2").arg(result.exitCode).arg(all)));
    for (const QString &line : output)
        QVERIFY2(all.contains(line), qPrintable(all));

    if (sites < 0) {
        // Refused before reading the registry: not even the database is created.
        QVERIFY(!QFileInfo::exists(dataDir.databasePath()));
        return;
    }
    Database db;
    QVERIFY(db.open(dataDir.databasePath()).ok());
    QCOMPARE(rowCount(db, QStringLiteral("sites")), sites);
}

void TestImportSitesCli::badFileCreatesNoDataFolder()
{
    // A CSV saved under an .xlsx name: refused before the data folder is touched.
    const QString wrongName = m_files.filePath(QStringLiteral("sites.xlsx"));
    QVERIFY(QFile::copy(registryFixture(QStringLiteral("sites_gbk.csv")), wrongName));
    TestDataDir parent;
    const QString dataDir = parent.filePath(QStringLiteral("new-data"));
    const CliRun result =
        runCli({QStringLiteral("import-sites"), QStringLiteral("--data-dir"), dataDir, wrongName});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("is not an Excel workbook")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(dataDir));
}

QTEST_GUILESS_MAIN(TestImportSitesCli)
#include "tst_importsitescli.moc"
