// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "EvidenceTestData.h"
#include "TestDataDir.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace xj;

// `xunjian-cli verify`, run as a user or a backup script would.
class TestCliVerify : public QObject
{
    Q_OBJECT

    struct Workspace
    {
        qint64 finding = 0;
        QList<Evidence> rows;
    };

    // A data folder with one finding and a screenshot with its annotated copy.
    static Workspace createWorkspace(const TestDataDir &dir)
    {
        Workspace w;
        Database db;
        if (!db.open(dir.databasePath()))
            return w;
        const FindingPlace place = addFindingPlace(db);
        w.finding = addFinding(db, place, QStringLiteral("领导姓名写错"), QStringLiteral("W-D1"));
        Evidence meta;
        meta.findingId = w.finding;
        meta.captureMode = CaptureMode::Visible;
        auto rows = EvidenceRecorder(db, dir.path())
                        .addScreenshot(pageLikeImage(120, 80, 1), pageLikeImage(120, 80, 2), meta);
        if (rows)
            w.rows = rows.value();
        return w;
    }

    static QStringList at(const TestDataDir &dir) { return {QStringLiteral("--data-dir"), dir.path()}; }

private slots:
    void helpDescribesTheExitCodes()
    {
        const CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage: xunjian-cli verify")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--json")));
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("verify")));
    }

    void anIntactWorkspaceExitsWithZero()
    {
        TestDataDir dir;
        const Workspace w = createWorkspace(dir);
        QCOMPARE(w.rows.size(), 2);
        const CliRun r = runCli(QStringList{QStringLiteral("verify")} + at(dir));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Checked 2 evidence files: all intact.\n"));
        QCOMPARE(r.err, QString());
    }

    void problemsAreListedByFindingAndExitWithOne()
    {
        TestDataDir dir;
        const Workspace w = createWorkspace(dir);
        const EvidenceStore store(dir.path());
        const QString original = store.relativePathFor(w.rows.at(0).sha256, QStringLiteral("png"));
        const QString annotated = store.relativePathFor(w.rows.at(1).sha256, QStringLiteral("png"));
        QVERIFY(QFile::remove(dir.filePath(original)));
        {
            QFile f(dir.filePath(annotated));
            QVERIFY(f.open(QIODevice::Append));
            f.write("!");
        }
        QFile stray(dir.filePath(QStringLiteral("evidence/00/copy of screenshot.png")));
        QVERIFY(QDir().mkpath(QFileInfo(stray).absolutePath()));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("stray");
        stray.close();

        const CliRun r = runCli(QStringList{QStringLiteral("verify")} + at(dir));
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(u'\n');
        QCOMPARE(lines.value(0),
                 QStringLiteral("Checked 2 evidence files: 1 missing, 1 altered, 1 orphaned."));
        QCOMPARE(lines.value(1), QString());
        QCOMPARE(lines.value(2),
                 QStringLiteral("Finding #%1 — 青禾县人民政府 — W-D1 — 领导姓名写错").arg(w.finding));
        QCOMPARE(lines.value(3), QStringLiteral("  missing   %1 (screenshot)").arg(original));
        QVERIFY2(lines.value(4).startsWith(
                     QStringLiteral("  altered   %1 (annotated screenshot) expected %2… (%3 bytes), got ")
                         .arg(annotated, w.rows.at(1).sha256.left(12))
                         .arg(w.rows.at(1).size)),
                 qPrintable(lines.value(4)));
        QVERIFY(lines.value(4).endsWith(QStringLiteral("(%1 bytes)").arg(w.rows.at(1).size + 1)));
        QCOMPARE(lines.value(6), QStringLiteral("Files no finding refers to"));
        QCOMPARE(lines.value(7), QStringLiteral("  orphaned  evidence/00/copy of screenshot.png (5 bytes)"));

        const CliRun json = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--json")} + at(dir));
        QCOMPARE(json.exitCode, 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("rowsChecked")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("missing")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("altered")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("orphaned")).toInt(), 1);
        const QJsonObject missing = report.value(QStringLiteral("problems")).toArray().at(0).toObject();
        QCOMPARE(missing.value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
        QCOMPARE(missing.value(QStringLiteral("path")).toString(), original);
        QCOMPARE(missing.value(QStringLiteral("findingId")).toInteger(), w.finding);
        QCOMPARE(missing.value(QStringLiteral("evidenceId")).toInteger(), w.rows.at(0).id);
    }

    void aFolderWithoutDatabaseExitsWithTwoAndStaysEmpty()
    {
        TestDataDir dir;
        const CliRun r = runCli(QStringList{QStringLiteral("verify")} + at(dir));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("There is no Xunjian database")), qPrintable(r.err));
        QVERIFY(QDir(dir.path()).isEmpty());

        const CliRun nowhere = runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"),
                                       dir.filePath(QStringLiteral("does/not/exist"))});
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("does"))));
    }

    void aDatabaseThatCannotBeOpenedExitsWithTwo()
    {
        TestDataDir dir;
        {
            QFile f(dir.databasePath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not an SQLite database, it only has the name of one");
        }
        const CliRun r = runCli(QStringList{QStringLiteral("verify")} + at(dir));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("Error: ")), qPrintable(r.err));
    }

    void strayArgumentsAreBadUsage()
    {
        TestDataDir dir;
        const CliRun r =
            runCli(QStringList{QStringLiteral("verify"), QStringLiteral("everything")} + at(dir));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no arguments")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cliverify.moc"
