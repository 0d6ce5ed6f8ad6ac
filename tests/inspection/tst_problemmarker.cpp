// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "demo/DemoWorkspace.h"
#include "evidence/EvidenceStore.h"
#include "inspection/ProblemMarker.h"
#include "storage/EvidenceRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace xj;

// Marking a problem writes the finding and all its evidence together, or nothing at all.
class TestProblemMarker : public DatabaseTestCase
{
    Q_OBJECT

    Finding m_finding;

    static QImage screenshot(QColor color)
    {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int y = 40; y < 80; ++y)
            for (int x = 50; x < 150; ++x)
                image.setPixelColor(x, y, color);
        return image;
    }

    int evidenceFiles() const
    {
        int files = 0;
        const QDir root(EvidenceStore(dir().path()).rootPath());
        for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            files += int(QDir(root.filePath(sub)).entryList(QDir::Files).size());
        return files;
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        QVERIFY(DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24)).ok());
        QVERIFY(db().exec(QStringLiteral("DELETE FROM findings")).ok());
        m_finding = {};
        m_finding.roundId = RoundRepository(db()).all().value().first().id;
        m_finding.siteId = SiteRepository(db()).all().value().first().id;
        m_finding.itemCode = QStringLiteral("W-V1");
        m_finding.url = QStringLiteral("http://127.0.0.1:18460/index.html");
        m_finding.description = QStringLiteral("领导姓名错误");
        m_finding.foundAt = QDateTime::currentDateTimeUtc();
        m_finding.elementSelector = QStringLiteral("#leaders > li:nth-of-type(2)");
        m_finding.elementText = QStringLiteral("县长 王晓明");
        m_finding.elementBox = QRectF(20, 340, 300, 24);
    }

    void findingScreenshotsAndArchiveTogether()
    {
        ScreenshotInput shot;
        shot.original = screenshot(Qt::red);
        shot.annotated = screenshot(Qt::blue);
        shot.mode = CaptureMode::Element;
        shot.pageUrl = m_finding.url;
        ScreenshotInput second;
        second.original = screenshot(Qt::green);
        second.mode = CaptureMode::FullPage;
        second.capped = true;
        ArchiveInput archive;
        archive.mhtml =
            QByteArrayLiteral("MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\nbody");
        archive.pageUrl = m_finding.url;
        archive.finalUrl = QStringLiteral("http://127.0.0.1:18460/index.html");
        archive.httpStatus = 200;

        auto id = ProblemMarker(db(), dir().path()).create(m_finding, {shot, second}, archive);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
        QCOMPARE(count(QStringLiteral("findings")), 1);
        auto rows = EvidenceRepository(db()).forFinding(id.value());
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 4); // original + annotated, second original, archive
        int screenshots = 0, annotated = 0, archives = 0;
        for (const Evidence &e : rows.value()) {
            const QString path = EvidenceStore(dir().path()).absolutePathFor(e.sha256, e.fileSuffix);
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                     e.sha256);
            if (e.kind == EvidenceKind::Screenshot) {
                ++screenshots;
                QCOMPARE(e.width, 320);
                QCOMPARE(e.height, 200);
            } else if (e.kind == EvidenceKind::Annotated) {
                ++annotated;
                QVERIFY(e.originalId > 0);
            } else if (e.kind == EvidenceKind::Archive) {
                ++archives;
                QCOMPARE(e.httpStatus, 200);
                QCOMPARE(e.finalUrl, archive.finalUrl);
                QCOMPARE(e.fileSuffix, QStringLiteral("mhtml"));
            }
        }
        QCOMPARE(screenshots, 2);
        QCOMPARE(annotated, 1);
        QCOMPARE(archives, 1);
        // The picked element travels with the finding.
        auto q = db().exec(QStringLiteral("SELECT element_selector, element_text FROM findings"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), m_finding.elementSelector);
        QCOMPARE(q.value().value(1).toString(), m_finding.elementText);
    }

    void aFailedPartLeavesNoFindingBehind()
    {
        ScreenshotInput shot;
        shot.original = screenshot(Qt::red);
        ArchiveInput empty; // an empty archive is refused, after the finding and screenshot were written
        auto id = ProblemMarker(db(), dir().path()).create(m_finding, {shot}, empty);
        QVERIFY(!id.ok());
        QCOMPARE(count(QStringLiteral("findings")), 0);
        QCOMPARE(count(QStringLiteral("evidence")), 0);
    }

    void moreScreenshotsLater()
    {
        ScreenshotInput shot;
        shot.original = screenshot(Qt::red);
        auto id = ProblemMarker(db(), dir().path()).create(m_finding, {shot});
        QVERIFY(id.ok());
        ScreenshotInput again;
        again.original = screenshot(Qt::yellow);
        QVERIFY(ProblemMarker(db(), dir().path()).addScreenshot(id.value(), again).ok());
        QCOMPARE(EvidenceRepository(db()).screenshotCounts({id.value()}).value().value(id.value()), 2);
        QVERIFY(!ProblemMarker(db(), dir().path()).addScreenshot(id.value(), ScreenshotInput{}).ok());
        QCOMPARE(evidenceFiles(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProblemMarker)
#include "tst_problemmarker.moc"
