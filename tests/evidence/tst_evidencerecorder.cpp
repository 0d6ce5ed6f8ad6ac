// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "EvidenceTestData.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "storage/EvidenceRepository.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QTest>

#include <ctime>

using namespace xj;

// Recording evidence: the file in the store and its row, written together.
class TestEvidenceRecorder : public DatabaseTestCase
{
    Q_OBJECT

    FindingPlace m_place;
    qint64 m_finding = 0;

    EvidenceRecorder recorder() { return EvidenceRecorder(db(), dir().path()); }

    Evidence screenshotMeta() const
    {
        Evidence meta;
        meta.findingId = m_finding;
        meta.kind = EvidenceKind::Screenshot;
        meta.captureMode = CaptureMode::Visible;
        meta.pageUrl = QStringLiteral("http://127.0.0.1:18460/zwgk/index.html");
        meta.finalUrl = QStringLiteral("http://127.0.0.1:18460/zwgk/index.html?from=home");
        meta.httpStatus = 200;
        meta.capturedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 15, 30), Qt::UTC);
        meta.caption = QStringLiteral("领导信息栏");
        return meta;
    }

    int filesInStore() const
    {
        int n = 0;
        QDirIterator it(EvidenceStore(dir().path()).rootPath(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

    QImage storedImage(const Evidence &e) const
    {
        return QImage(EvidenceStore(dir().path()).absolutePathFor(e.sha256, e.fileSuffix));
    }

    /// The row must describe its file exactly: hash and size measured on disk.
    void verifyRowMatchesFile(const Evidence &e) const
    {
        const QString path = EvidenceStore(dir().path()).absolutePathFor(e.sha256, e.fileSuffix);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(fileSha256(path), e.sha256);
        QCOMPARE(QFileInfo(path).size(), e.size);
    }

    static QImage smallScreenshot(QColor colour)
    {
        QImage image(64, 48, QImage::Format_ARGB32_Premultiplied);
        image.fill(colour);
        for (int x = 0; x < 64; ++x)
            image.setPixelColor(x, x % 48, Qt::black);
        image.setDevicePixelRatio(2.0);
        return image;
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_place = addFindingPlace(db());
        m_finding = addFinding(db(), m_place, QStringLiteral("领导姓名写错"), QStringLiteral("W-D1"));
        QVERIFY(m_finding > 0);
    }

    void addImageWritesTheFileAndItsRow()
    {
        const QImage image = smallScreenshot(Qt::white);
        auto row = recorder().addImage(image, screenshotMeta());
        QVERIFY2(row.ok(), row.ok() ? "" : qPrintable(row.error().fullText()));
        const Evidence e = row.value();
        QVERIFY(e.id > 0);
        verifyRowMatchesFile(e);
        QCOMPARE(e.findingId, m_finding);
        QCOMPARE(e.accountRecordId, 0);
        QCOMPARE(e.kind, EvidenceKind::Screenshot);
        QCOMPARE(e.captureMode, CaptureMode::Visible);
        QCOMPARE(e.mediaType, QStringLiteral("image/png"));
        QCOMPARE(e.fileSuffix, QStringLiteral("png"));
        QCOMPARE(e.width, 64);
        QCOMPARE(e.height, 48);
        QCOMPARE(e.devicePixelRatio, 2.0);
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.finalUrl, QStringLiteral("http://127.0.0.1:18460/zwgk/index.html?from=home"));
        QCOMPARE(e.capturedAt, QDateTime(QDate(2026, 11, 24), QTime(10, 15, 30), Qt::UTC));
        QCOMPARE(e.caption, QStringLiteral("领导信息栏"));
        QVERIFY(e.createdAt.isValid());

        // What get() reads is what addImage returned, and the PNG holds the very same pixels.
        const Evidence stored = EvidenceRepository(db()).get(e.id).value();
        QCOMPARE(stored.sha256, e.sha256);
        QCOMPARE(stored.size, e.size);
        const QImage back = storedImage(e);
        QCOMPARE(back.size(), QSize(64, 48));
        QImage expected = image.convertToFormat(QImage::Format_RGB32);
        expected.setDevicePixelRatio(1); // PNG has no device pixel ratio: the row keeps it
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), expected);
        QVERIFY(!back.hasAlphaChannel()); // opaque screenshots are written as RGB
    }

    void transparentPixelsAreKept()
    {
        QImage image(8, 8, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        image.setPixelColor(3, 3, QColor(255, 0, 0, 128));
        auto row = recorder().addImage(image, screenshotMeta());
        QVERIFY(row.ok());
        const QImage back = storedImage(row.value()).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(qAlpha(back.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(back.pixel(3, 3)), 128);
    }

    void anEmptyImageIsRefused()
    {
        auto row = recorder().addImage(QImage(), screenshotMeta());
        QVERIFY(!row.ok());
        QVERIFY(row.error().message.contains(QStringLiteral("empty")));
        QCOMPARE(count(QStringLiteral("evidence")), 0);
    }

    void annotatedCopyPointsAtItsOriginal()
    {
        const QImage original = smallScreenshot(Qt::white);
        QImage annotated = original;
        annotated.setPixelColor(20, 5, Qt::red);
        auto rows = recorder().addScreenshot(original, annotated, screenshotMeta());
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().fullText()));
        QCOMPARE(rows.value().size(), 2);
        const Evidence first = rows.value().at(0);
        const Evidence second = rows.value().at(1);
        QCOMPARE(first.kind, EvidenceKind::Screenshot);
        QCOMPARE(first.originalId, 0);
        QCOMPARE(second.kind, EvidenceKind::Annotated);
        QCOMPARE(second.originalId, first.id);
        QVERIFY(first.sha256 != second.sha256);
        verifyRowMatchesFile(first);
        verifyRowMatchesFile(second);
        QCOMPARE(storedImage(second).pixelColor(20, 5), QColor(Qt::red));
        QCOMPARE(storedImage(first).pixelColor(20, 5), QColor(Qt::white));

        const EvidenceRepository repository(db());
        const QList<Evidence> listed = repository.forFinding(m_finding).value();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, first.id);
        QCOMPARE(repository.screenshotCounts({m_finding}).value().value(m_finding), 1);

        // Removing the original takes the annotated copy with it; the files stay (orphans).
        QVERIFY(repository.remove(first.id).ok());
        QCOMPARE(count(QStringLiteral("evidence")), 0);
        QCOMPARE(filesInStore(), 2);
        QVERIFY(!repository.remove(first.id).ok());
    }

    void aScreenshotWithoutAnnotationIsOneRow()
    {
        auto rows = recorder().addScreenshot(smallScreenshot(Qt::white), QImage(), screenshotMeta());
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().kind, EvidenceKind::Screenshot);
        QCOMPARE(count(QStringLiteral("evidence")), 1);
    }

    void aRowThatCannotBeWrittenLeavesNoFile()
    {
        Evidence orphan = screenshotMeta();
        orphan.findingId = 0; // neither a finding nor an account record
        auto single = recorder().addImage(smallScreenshot(Qt::white), orphan);
        QVERIFY(!single.ok());
        QVERIFY2(single.error().message.contains(QStringLiteral("exactly one finding")),
                 qPrintable(single.error().message));
        Evidence missingFinding = screenshotMeta();
        missingFinding.findingId = 9999; // refused by the foreign key
        auto pair =
            recorder().addScreenshot(smallScreenshot(Qt::white), smallScreenshot(Qt::yellow), missingFinding);
        QVERIFY(!pair.ok());
        QCOMPARE(count(QStringLiteral("evidence")), 0);
        QCOMPARE(filesInStore(), 0);
    }

    void theSameImageTwiceSharesOneFile()
    {
        const qint64 other = addFinding(db(), m_place, QStringLiteral("栏目不更新"));
        auto a = recorder().addImage(smallScreenshot(Qt::white), screenshotMeta());
        Evidence meta = screenshotMeta();
        meta.findingId = other;
        auto b = recorder().addImage(smallScreenshot(Qt::white), meta);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().sha256, b.value().sha256);
        QVERIFY(a.value().id != b.value().id);
        QCOMPARE(filesInStore(), 1);
        // A failed second row must not delete the file the first row refers to.
        meta.findingId = 9999;
        QVERIFY(!recorder().addImage(smallScreenshot(Qt::white), meta).ok());
        QCOMPARE(filesInStore(), 1);
    }

    void archivesAndPhotosKeepTheirBytes_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QSize>("size");

        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImage photo(40, 30, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QVERIFY(QImageWriter(&buffer, "jpeg").write(photo));

        const QByteArray mhtml(
            "From: <Saved by Blink>\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
            "--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--\r\n");
        QTest::newRow("mhtml") << QStringLiteral("mhtml") << mhtml << QStringLiteral("multipart/related")
                               << QSize(0, 0);
        QTest::newRow("jpg") << QStringLiteral("jpg") << jpeg << QStringLiteral("image/jpeg")
                             << QSize(40, 30);
        QTest::newRow("JPEG upper case")
            << QStringLiteral("JPEG") << jpeg << QStringLiteral("image/jpeg") << QSize(40, 30);
        QTest::newRow("unknown") << QStringLiteral("heic") << QByteArray("not really heic")
                                 << QStringLiteral("application/octet-stream") << QSize(0, 0);
    }

    void archivesAndPhotosKeepTheirBytes()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        QFETCH(QSize, size);
        Evidence meta;
        meta.findingId = m_finding;
        meta.kind = suffix.startsWith(u'm') ? EvidenceKind::Archive : EvidenceKind::Photo;
        meta.captureMode = CaptureMode::Upload;
        meta.fileSuffix = suffix;
        auto row = recorder().addBytes(bytes, meta);
        QVERIFY2(row.ok(), row.ok() ? "" : qPrintable(row.error().fullText()));
        verifyRowMatchesFile(row.value());
        QCOMPARE(row.value().mediaType, mediaType);
        QCOMPARE(row.value().fileSuffix, suffix.toLower());
        QCOMPARE(QSize(row.value().width, row.value().height), size);
        QCOMPARE(EvidenceStore(dir().path()).read(row.value().sha256, row.value().fileSuffix).value(), bytes);
    }

    void accountRecordEvidenceIsListedWithItsRecord()
    {
        QVERIFY(
            db().exec(QStringLiteral("INSERT INTO account_records (id, round_id, site_id) VALUES (7, ?, ?)"),
                      {m_place.roundId, m_place.siteId})
                .ok());
        Evidence meta = screenshotMeta();
        meta.findingId = 0;
        meta.accountRecordId = 7;
        meta.sortOrder = 2;
        auto later = recorder().addImage(smallScreenshot(Qt::white), meta);
        meta.sortOrder = 1;
        auto earlier = recorder().addImage(smallScreenshot(Qt::cyan), meta);
        QVERIFY(later.ok() && earlier.ok());
        const QList<Evidence> rows = EvidenceRepository(db()).forAccountRecord(7).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, earlier.value().id); // sort_order first, then id
        QCOMPARE(rows.at(0).accountRecordId, 7);
        QCOMPARE(EvidenceRepository(db()).forFinding(m_finding).value().size(), 0);
    }

    void screenshotCountsCountEachPictureOnce()
    {
        const qint64 second = addFinding(db(), m_place, QStringLiteral("错别字"));
        const qint64 none = addFinding(db(), m_place, QStringLiteral("无截图"));
        QVERIFY(recorder()
                    .addScreenshot(smallScreenshot(Qt::white), smallScreenshot(Qt::red), screenshotMeta())
                    .ok());
        QVERIFY(recorder().addImage(smallScreenshot(Qt::blue), screenshotMeta()).ok());
        Evidence meta = screenshotMeta();
        meta.findingId = second;
        QVERIFY(recorder().addImage(smallScreenshot(Qt::green), meta).ok());
        meta.kind = EvidenceKind::Archive;
        meta.fileSuffix = QStringLiteral("mhtml");
        QVERIFY(recorder().addBytes("archive", meta).ok()); // an archive is not a screenshot
        const QHash<qint64, int> counts =
            EvidenceRepository(db()).screenshotCounts({m_finding, second, none}).value();
        QCOMPARE(counts.value(m_finding), 2);
        QCOMPARE(counts.value(second), 1);
        QVERIFY(counts.contains(none));
        QCOMPARE(counts.value(none), 0);
        QVERIFY(EvidenceRepository(db()).screenshotCounts({}).value().isEmpty());
    }

    void captionsCanBeEdited()
    {
        const Evidence e = recorder().addImage(smallScreenshot(Qt::white), screenshotMeta()).value();
        QVERIFY(EvidenceRepository(db()).setCaption(e.id, QStringLiteral("  新说明 ")).ok());
        QCOMPARE(EvidenceRepository(db()).get(e.id).value().caption, QStringLiteral("新说明"));
        QVERIFY(!EvidenceRepository(db()).setCaption(9999, QStringLiteral("x")).ok());
        QVERIFY(!EvidenceRepository(db()).get(9999).ok());
    }

    // Not a benchmark: prints how long a capture takes and catches a gross slowdown only.
    void capturesAreRecordedQuickly_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("limitMs");
        QTest::newRow("visible area 1280x800") << QSize(1280, 800) << 2000;
        QTest::newRow("full page 1280x10000") << QSize(1280, 10000) << 20000;
    }

    void capturesAreRecordedQuickly()
    {
        QFETCH(QSize, size);
        QFETCH(int, limitMs);
        const QImage page = pageLikeImage(size.width(), size.height());
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart =
            std::clock(); // CPU time too: the wall time varies with the machine's load
        auto row = recorder().addImage(page, screenshotMeta());
        const qint64 elapsed = timer.elapsed();
        const double cpuMs = double(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        QVERIFY(row.ok());
        QCOMPARE(QSize(row.value().width, row.value().height), size);
        verifyRowMatchesFile(row.value());
        qInfo("%dx%d: %lld ms (%.0f ms CPU), %lld bytes", size.width(), size.height(), elapsed, cpuMs,
              row.value().size);
        QVERIFY2(elapsed < limitMs, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRecorder)
#include "tst_evidencerecorder.moc"
