// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "EvidenceTestData.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "evidence/IntegrityChecker.h"
#include "evidence/IntegrityReportText.h"
#include "storage/FindingRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace xj;

// The integrity check: every evidence row's file re-hashed, stray files found, all reported by finding.
class TestIntegrityChecker : public DatabaseTestCase
{
    Q_OBJECT

    FindingPlace m_place;

    Evidence record(qint64 findingId, QColor colour)
    {
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(colour);
        Evidence meta;
        meta.findingId = findingId;
        meta.captureMode = CaptureMode::Visible;
        auto row = EvidenceRecorder(db(), dir().path()).addImage(image, meta);
        return row ? row.value() : Evidence();
    }

    QString pathOf(const Evidence &e) const
    {
        return EvidenceStore(dir().path()).absolutePathFor(e.sha256, e.fileSuffix);
    }

    IntegrityReport check()
    {
        auto report = IntegrityChecker(db(), dir().path()).run();
        if (!report)
            qWarning("%s", qPrintable(report.error().fullText()));
        return report ? report.value() : IntegrityReport{-1, -1, {}};
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_place = addFindingPlace(db());
        QVERIFY(m_place.roundId > 0);
    }

    void anIntactStoreHasNoProblems()
    {
        const IntegrityReport empty = check();
        QCOMPARE(empty.rowsChecked, 0);
        QCOMPARE(empty.filesScanned, 0); // no evidence folder at all is fine
        QVERIFY(empty.ok());

        const qint64 a = addFinding(db(), m_place, QStringLiteral("领导姓名写错"), QStringLiteral("W-D1"));
        const qint64 b = addFinding(db(), m_place, QStringLiteral("栏目不更新"));
        QVERIFY(record(a, Qt::white).id > 0);
        QVERIFY(record(b, Qt::white).id > 0); // the same bytes: one file, two rows
        QVERIFY(record(b, Qt::gray).id > 0);
        const IntegrityReport report = check();
        QCOMPARE(report.rowsChecked, 3);
        QCOMPARE(report.filesScanned, 2);
        QVERIFY(report.ok());
        QCOMPARE(IntegrityReportText(report, {}, {}).text(),
                 QStringLiteral("Checked 3 evidence files: all intact.\n"));
    }

    void alteredMissingAndOrphanedFilesAreReportedByFinding()
    {
        const qint64 altered =
            addFinding(db(), m_place, QStringLiteral("领导姓名写错"), QStringLiteral("W-D1"));
        const QString longDescription =
            QStringLiteral("首页栏目“政策解读”超过六个月未更新，最近一条信息发布于2026年3月2日，请尽快更新");
        const qint64 missing = addFinding(db(), m_place, longDescription);
        const qint64 intact = addFinding(db(), m_place, QStringLiteral("完好"));
        const Evidence changedRow = record(altered, Qt::white);
        const Evidence missingRow = record(missing, Qt::blue);
        QVERIFY(record(intact, Qt::green).id > 0);
        QVERIFY(writeFile(pathOf(changedRow), "not the screenshot any more"));
        QVERIFY(QFile::remove(pathOf(missingRow)));
        const QString stray = dir().filePath(QStringLiteral("evidence/ff/stray.png"));
        QVERIFY(QDir().mkpath(QFileInfo(stray).absolutePath()));
        QVERIFY(writeFile(stray, "left behind"));

        const IntegrityReport report = check();
        QCOMPARE(report.rowsChecked, 3);
        QCOMPARE(report.filesScanned, 3); // the altered, the intact and the stray file
        QCOMPARE(report.problems.size(), 3);
        QCOMPARE(report.count(IntegrityProblemKind::Altered), 1);
        QCOMPARE(report.count(IntegrityProblemKind::Missing), 1);
        QCOMPARE(report.count(IntegrityProblemKind::Orphaned), 1);
        for (const IntegrityProblem &p : report.problems) {
            switch (p.kind) {
            case IntegrityProblemKind::Altered:
                QCOMPARE(p.findingId, altered);
                QCOMPARE(p.evidenceId, changedRow.id);
                QCOMPARE(p.expectedSha256, changedRow.sha256);
                QCOMPARE(p.actualSha256, fileSha256(pathOf(changedRow)));
                QCOMPARE(p.actualSize, qint64(27));
                break;
            case IntegrityProblemKind::Missing:
                QCOMPARE(p.findingId, missing);
                QCOMPARE(p.evidenceId, missingRow.id);
                QCOMPARE(
                    p.relativePath,
                    EvidenceStore(dir().path()).relativePathFor(missingRow.sha256, QStringLiteral("png")));
                break;
            case IntegrityProblemKind::Orphaned:
                QCOMPARE(p.findingId, 0);
                QCOMPARE(p.evidenceId, 0);
                QCOMPARE(p.relativePath, QStringLiteral("evidence/ff/stray.png"));
                QCOMPARE(p.actualSha256, fileSha256(stray));
                QCOMPARE(p.actualSize, qint64(11));
                break;
            }
        }

        // The text groups each problem under its finding, orphans last.
        auto text = IntegrityReportText::load(db(), report);
        QVERIFY(text.ok());
        const QStringList lines = text.value().text().split(u'\n');
        QCOMPARE(lines.value(0),
                 QStringLiteral("Checked 3 evidence files: 1 missing, 1 altered, 1 orphaned."));
        const QString alteredHeading =
            QStringLiteral("Finding #%1 — 青禾县人民政府 — W-D1 — 领导姓名写错").arg(altered);
        const QString missingHeading =
            QStringLiteral("Finding #%1 — 青禾县人民政府 — no checklist item — %2…")
                .arg(missing)
                .arg(longDescription.left(40)); // cut at 40 characters
        QVERIFY(longDescription.size() > 40);
        const qsizetype a = lines.indexOf(alteredHeading);
        const qsizetype m = lines.indexOf(missingHeading);
        const qsizetype o = lines.indexOf(QStringLiteral("Files no finding refers to"));
        QVERIFY2(a > 0 && m > a && o > m, qPrintable(text.value().text()));
        QCOMPARE(
            lines.value(a + 1),
            QStringLiteral("  altered   %1 (screenshot) expected %2… (%3 bytes), got %4… (27 bytes)")
                .arg(EvidenceStore(dir().path()).relativePathFor(changedRow.sha256, QStringLiteral("png")),
                     changedRow.sha256.left(12))
                .arg(changedRow.size)
                .arg(fileSha256(pathOf(changedRow)).left(12)));
        QCOMPARE(lines.value(m + 1), QStringLiteral("  missing   evidence/%1/%2.png (screenshot)")
                                         .arg(missingRow.sha256.left(2), missingRow.sha256));
        QCOMPARE(lines.value(o + 1), QStringLiteral("  orphaned  evidence/ff/stray.png (11 bytes)"));
        QVERIFY(!text.value().text().contains(QStringLiteral("完好"))); // intact findings are not listed

        // The JSON carries the same problems with the full hashes.
        const QJsonObject json = QJsonDocument::fromJson(text.value().json()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("missing")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("altered")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("orphaned")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("rowsChecked")).toInt(), 3);
        const QJsonArray problems = json.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 3);
        bool sawAltered = false;
        for (const QJsonValue &v : problems) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("kind")).toString() != QLatin1String("altered"))
                continue;
            sawAltered = true;
            QCOMPARE(p.value(QStringLiteral("findingId")).toInteger(), altered);
            QCOMPARE(p.value(QStringLiteral("expectedSha256")).toString(), changedRow.sha256);
            QCOMPARE(p.value(QStringLiteral("actualSha256")).toString(), fileSha256(pathOf(changedRow)));
            QCOMPARE(p.value(QStringLiteral("owner")).toString(), alteredHeading);
        }
        QVERIFY(sawAltered);
    }

    void aDeletedFindingStillOwnsItsFiles()
    {
        const qint64 finding = addFinding(db(), m_place, QStringLiteral("误报"));
        const Evidence e = record(finding, Qt::white);
        QVERIFY(FindingRepository(db()).remove(finding).ok());
        QVERIFY(check().ok()); // in the undo history: its file is no orphan

        QVERIFY(QFile::remove(pathOf(e)));
        auto text = IntegrityReportText::format(db(), check());
        QVERIFY2(text.contains(
                     QStringLiteral(
                         "Finding #%1 — 青禾县人民政府 — no checklist item — 误报 (deleted, can be restored)")
                         .arg(finding)),
                 qPrintable(text));
    }

    void aPurgedFindingLeavesOrphans()
    {
        const qint64 finding = addFinding(db(), m_place, QStringLiteral("待清除"));
        const Evidence e = record(finding, Qt::white);
        QVERIFY(FindingRepository(db()).remove(finding).ok());
        QVERIFY(FindingRepository(db()).purge(finding).ok());
        const IntegrityReport report = check();
        QCOMPARE(report.rowsChecked, 0);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().kind, IntegrityProblemKind::Orphaned);
        QCOMPARE(report.problems.first().actualSha256, e.sha256);

        // Bytes that another finding's row still refers to are no orphan after a purge.
        const qint64 first = addFinding(db(), m_place, QStringLiteral("同图一"));
        const qint64 second = addFinding(db(), m_place, QStringLiteral("同图二"));
        QCOMPARE(record(first, Qt::white).sha256, e.sha256);
        QCOMPARE(record(second, Qt::white).sha256, e.sha256);
        QVERIFY(FindingRepository(db()).purge(first).ok());
        QCOMPARE(count(QStringLiteral("evidence WHERE finding_id = %1").arg(first)), 0);
        QVERIFY(check().ok());
    }

    void accountRecordEvidenceIsReportedUnderTheRecord()
    {
        QVERIFY(
            db().exec(QStringLiteral("INSERT INTO account_records (id, round_id, site_id) VALUES (4, ?, ?)"),
                      {m_place.roundId, m_place.siteId})
                .ok());
        Evidence meta;
        meta.accountRecordId = 4;
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::magenta);
        const Evidence e = EvidenceRecorder(db(), dir().path()).addImage(image, meta).value();
        QVERIFY(QFile::remove(pathOf(e)));
        const IntegrityReport report = check();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().accountRecordId, 4);
        const QString text = IntegrityReportText::format(db(), report);
        QVERIFY2(text.contains(QStringLiteral("\nAccount record #4 — 青禾县人民政府 — 2026Q4\n  missing   ")),
                 qPrintable(text));
    }

    void progressIsReportedAndTheCheckCanBeStopped()
    {
        const qint64 finding = addFinding(db(), m_place, QStringLiteral("进度"));
        for (QColor c : {QColor(Qt::white), QColor(Qt::black), QColor(Qt::red)})
            QVERIFY(record(finding, c).id > 0);
        QVERIFY(writeFile(dir().filePath(QStringLiteral("evidence/stray.bin")), "x"));

        QList<std::pair<int, int>> calls;
        auto report = IntegrityChecker(db(), dir().path()).run([&](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY(report.ok());
        QCOMPARE(calls, (QList<std::pair<int, int>>{{1, 4}, {2, 4}, {3, 4}, {4, 4}}));

        int seen = 0;
        auto stopped = IntegrityChecker(db(), dir().path()).run([&](int, int) { return ++seen < 2; });
        QVERIFY(!stopped.ok());
        QCOMPARE(seen, 2);
        QVERIFY2(stopped.error().message.contains(QStringLiteral("stopped")),
                 qPrintable(stopped.error().message));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityChecker)
#include "tst_integritychecker.moc"
