// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// `xunjian-cli init-demo` gives the demo findings real evidence (the workbench program takes the
// screenshots headless), and `xunjian-cli verify` proves it intact, then catches tampering.
class TestCliDemoEvidence : public QObject
{
    Q_OBJECT

    static int scalar(const QString &databasePath, const QString &sql)
    {
        int value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

    static QString firstFile(const QString &root, const QString &suffix)
    {
        QDirIterator it(root, {QStringLiteral("*.") + suffix}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

private slots:
    void initDemoCapturesEvidenceThatVerifies()
    {
        TestDataDir dir;
        const QStringList at{QStringLiteral("--data-dir"), dir.path()};
        const CliRun init = runCli(QStringList{QStringLiteral("init-demo")} + at, 180000);
        QVERIFY2(init.exitCode == 0, qPrintable(init.out + init.err));
        QVERIFY2(init.out.contains(QStringLiteral("Demo evidence captured")), qPrintable(init.out));

        const QString database = QDir(dir.path()).filePath(QStringLiteral("xunjian.sqlite"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(DISTINCT finding_id) FROM evidence "
                                                 "WHERE kind = 'screenshot'")),
                 9); // five findings of this quarter's round, four of last quarter's
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM evidence WHERE kind = 'archive' "
                                                 "AND http_status = 200")),
                 9);

        const CliRun intact = runCli(QStringList{QStringLiteral("verify")} + at);
        QVERIFY2(intact.exitCode == 0, qPrintable(intact.out + intact.err));

        // One archived page altered after the fact: verify says so and fails.
        const QString archive = firstFile(dir.path() + QStringLiteral("/evidence"), QStringLiteral("mhtml"));
        QVERIFY(!archive.isEmpty());
        QFile file(archive);
        QVERIFY(file.open(QIODevice::Append));
        file.write("<!-- edited -->");
        file.close();
        const CliRun altered = runCli(QStringList{QStringLiteral("verify")} + at);
        QCOMPARE(altered.exitCode, 1);
        QVERIFY2(altered.out.contains(QStringLiteral("altered")), qPrintable(altered.out));
        QVERIFY2(altered.out.contains(QFileInfo(archive).fileName().left(12)), qPrintable(altered.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDemoEvidence)
#include "tst_clidemoevidence.moc"
