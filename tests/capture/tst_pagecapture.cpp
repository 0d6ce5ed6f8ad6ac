// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureFixture.h"
#include "CaptureSpy.h"
#include "GuiTest.h"
#include "capture/PageCapturer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

#include <memory>

using namespace xj;

// Screenshots from the embedded browser, checked pixel by pixel against a page with blocks of
// known colours at known places. Registered twice: as is, and with QT_SCALE_FACTOR=2, where every
// image must be twice as large and every block at twice the coordinates.
class TestPageCapture : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaptureFixture> m_fixture;
    qreal m_ratio = 1;

    CaptureFixture &f() { return *m_fixture; }

    QString colour(const QImage &image, qreal x, qreal y) const
    {
        return CaptureFixture::colourAt(image, QPointF(x, y), m_ratio);
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<CaptureFixture>();
        QVERIFY(f().isReady());
        m_ratio = f().devicePixelRatio();
        // The high-DPI registration must really run at twice the scale.
        const qreal expected = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                   ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
                                   : 1.0;
        QCOMPARE(m_ratio, expected);
    }

    void visibleCapture()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        PageCapturer capturer(f().view());
        const auto shot = waitForCapture(capturer, [&] { capturer.captureVisible(); });
        QVERIFY(shot);
        QCOMPARE(shot->mode, CaptureMode::Visible);
        QCOMPARE(shot->devicePixelRatio, m_ratio);
        QCOMPARE(shot->image.size(), CaptureFixture::ViewSize * m_ratio);
        QCOMPARE(shot->image.devicePixelRatio(), m_ratio);
        QCOMPARE(shot->url, f().server().baseUrl().resolved(QUrl(QStringLiteral("colours.html"))));
        QCOMPARE(shot->title, QStringLiteral("Capture colours"));
        QVERIFY(qAbs(shot->capturedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(shot->capturedAt.timeSpec(), Qt::UTC);
        QVERIFY(!shot->capped);
        // The red block covers CSS 50..150 in both directions.
        QCOMPARE(colour(shot->image, 51, 51), QStringLiteral("#ff0000"));
        QCOMPARE(colour(shot->image, 100, 100), QStringLiteral("#ff0000"));
        QCOMPARE(colour(shot->image, 149, 149), QStringLiteral("#ff0000"));
        QCOMPARE(colour(shot->image, 48, 100), QStringLiteral("#ffffff"));
        QCOMPARE(colour(shot->image, 100, 152), QStringLiteral("#ffffff"));
    }

    void fullPageCapture()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        QVERIFY(f().scrollTo(1234));
        PageCapturer capturer(f().view());
        QElapsedTimer timer;
        timer.start();
        const auto shot = waitForCapture(capturer, [&] { capturer.captureFullPage(); });
        qInfo() << "full page of 10000 CSS px in" << timer.elapsed() << "ms";
        QVERIFY(shot);
        QCOMPARE(shot->mode, CaptureMode::FullPage);
        QVERIFY(!shot->capped);
        QCOMPARE(shot->image.height(), qRound(10000 * m_ratio));
        // Without the scroll bar.
        const int clientWidth = f().evaluate(QStringLiteral("document.documentElement.clientWidth")).toInt();
        QVERIFY(clientWidth > 700 && clientWidth <= CaptureFixture::ViewSize.width());
        QCOMPARE(shot->image.width(), qRound(clientWidth * m_ratio));
        QCOMPARE(colour(shot->image, 100, 100), QStringLiteral("#ff0000"));
        // Green: x 200..400, y 5000..5100, in the middle of the page.
        QCOMPARE(colour(shot->image, 202, 5002), QStringLiteral("#00ff00"));
        QCOMPARE(colour(shot->image, 300, 5050), QStringLiteral("#00ff00"));
        QCOMPARE(colour(shot->image, 398, 5098), QStringLiteral("#00ff00"));
        QCOMPARE(colour(shot->image, 300, 4997), QStringLiteral("#ffffff"));
        QCOMPARE(colour(shot->image, 300, 5103), QStringLiteral("#ffffff"));
        // Blue: x 300..400, y 9800..9900, in the last tile.
        QCOMPARE(colour(shot->image, 350, 9850), QStringLiteral("#0000ff"));
        QCOMPARE(colour(shot->image, 350, 9797), QStringLiteral("#ffffff"));
        QCOMPARE(colour(shot->image, 350, 9903), QStringLiteral("#ffffff"));
        // The inspector gets the page back as it was.
        QCOMPARE(f().view()->size(), CaptureFixture::ViewSize);
        QTRY_COMPARE(f().evaluate(QStringLiteral("window.scrollY")).toInt(), 1234);
        QTRY_VERIFY(!f().view()->findChild<QWidget *>(QStringLiteral("captureStillPicture")));
        QVERIFY(timer.elapsed() < 10000);
    }

    void fullPageStopsAtTheLimit()
    {
        QVERIFY(f().load(QStringLiteral("tall.html")));
        PageCapturer capturer(f().view());
        const auto shot = waitForCapture(capturer, [&] { capturer.captureFullPage(); });
        QVERIFY(shot);
        QVERIFY(shot->capped);
        QCOMPARE(shot->image.height(), qRound(PageCapturer::DefaultMaxHeight * m_ratio));
        QCOMPARE(colour(shot->image, 100, 100), QStringLiteral("#ff0000"));
        QCOMPARE(colour(shot->image, 100, 19950), QStringLiteral("#0000ff"));
    }

    void smallerLimitOnAShortPage()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        PageCapturer capturer(f().view());
        const auto shot = waitForCapture(capturer, [&] { capturer.captureFullPage(3000); });
        QVERIFY(shot);
        QVERIFY(shot->capped);
        QCOMPARE(shot->image.height(), qRound(3000 * m_ratio));
        QCOMPARE(colour(shot->image, 100, 100), QStringLiteral("#ff0000"));
    }

    void regionCapture()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        PageCapturer capturer(f().view());
        const auto shot = waitForCapture(capturer, [&] {
            capturer.startRegionSelection();
            auto *overlay = f().view()->findChild<QWidget *>(QStringLiteral("captureRegionOverlay"));
            QVERIFY(overlay);
            QCOMPARE(overlay->cursor().shape(), Qt::CrossCursor);
            QTest::mousePress(overlay, Qt::LeftButton, {}, QPoint(40, 40));
            QTest::mouseMove(overlay, QPoint(100, 100));
            QTest::mouseMove(overlay, QPoint(160, 160));
            QTest::mouseRelease(overlay, Qt::LeftButton, {}, QPoint(160, 160));
        });
        QVERIFY(shot);
        QCOMPARE(shot->mode, CaptureMode::Region);
        QCOMPARE(shot->image.size(), QSize(120, 120) * m_ratio);
        // Region coordinates: the red block starts 10 px in and ends 10 px before the edge.
        QCOMPARE(colour(shot->image, 5, 5), QStringLiteral("#ffffff"));
        QCOMPARE(colour(shot->image, 12, 12), QStringLiteral("#ff0000"));
        QCOMPARE(colour(shot->image, 108, 108), QStringLiteral("#ff0000"));
        QCOMPARE(colour(shot->image, 115, 115), QStringLiteral("#ffffff"));
        QTRY_VERIFY(!f().view()->findChild<QWidget *>(QStringLiteral("captureRegionOverlay")));
        QVERIFY(!capturer.isBusy());
    }

    void regionEscapeCancels()
    {
        PageCapturer capturer(f().view());
        QSignalSpy canceled(&capturer, &PageCapturer::canceled);
        QSignalSpy captured(&capturer, &PageCapturer::captured);
        capturer.startRegionSelection();
        auto *overlay = f().view()->findChild<QWidget *>(QStringLiteral("captureRegionOverlay"));
        QVERIFY(overlay);
        QTest::mouseClick(overlay, Qt::LeftButton, {}, QPoint(30, 30)); // a click is not a region
        QVERIFY(captured.isEmpty());
        QTest::keyClick(overlay, Qt::Key_Escape);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(captured.isEmpty());
        QVERIFY(!capturer.isBusy());
        QTRY_VERIFY(!f().view()->findChild<QWidget *>(QStringLiteral("captureRegionOverlay")));
    }

    void fixedElementsAppearOnce()
    {
        QVERIFY(f().load(QStringLiteral("fixed.html")));
        const QString headerStyle = QStringLiteral("document.getElementById('header').getAttribute('style')");
        const QString before = f().evaluate(headerStyle).toString();
        PageCapturer capturer(f().view());
        const auto shot = waitForCapture(capturer, [&] { capturer.captureFullPage(); });
        QVERIFY(shot);
        QCOMPARE(shot->image.height(), qRound(3000 * m_ratio));
        QCOMPARE(colour(shot->image, 300, 20), QStringLiteral("#ffff00"));
        QCOMPARE(colour(shot->image, 300, 60), QStringLiteral("#ffffff"));
        for (int y : {620, 1220, 2420, 2990})
            QCOMPARE(colour(shot->image, 300, y), QStringLiteral("#ffffff"));
        // The floating notice sits where the inspector saw it, in the first window only.
        const int clientWidth = f().evaluate(QStringLiteral("document.documentElement.clientWidth")).toInt();
        QCOMPARE(colour(shot->image, clientWidth - 80, 600 - 60), QStringLiteral("#ff8000"));
        QCOMPARE(colour(shot->image, clientWidth - 80, 3000 - 60), QStringLiteral("#ffffff"));
        // Put back as they were.
        QTRY_COMPARE(f().evaluate(headerStyle).toString(), before);
        QCOMPARE(
            f().evaluate(QStringLiteral("getComputedStyle(document.getElementById('notice')).visibility"))
                .toString(),
            QStringLiteral("visible"));
    }

    void secondRequestWhileBusyFails()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        PageCapturer capturer(f().view());
        QSignalSpy captured(&capturer, &PageCapturer::captured);
        QSignalSpy failed(&capturer, &PageCapturer::failed);
        QSignalSpy archiveFailed(&capturer, &PageCapturer::archiveFailed);
        capturer.captureFullPage();
        QVERIFY(capturer.isBusy());
        capturer.captureVisible();
        capturer.saveArchive(f().dataDir().filePath(QStringLiteral("busy.mhtml")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("in progress")));
        QCOMPARE(archiveFailed.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(captured.count(), 1, 30000);
        QCOMPARE(captured.first().first().value<PageCapture>().mode, CaptureMode::FullPage);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!capturer.isBusy());
    }

    void cancelRestoresThePage()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        QVERIFY(f().scrollTo(700));
        PageCapturer capturer(f().view());
        QSignalSpy canceled(&capturer, &PageCapturer::canceled);
        QSignalSpy captured(&capturer, &PageCapturer::captured);
        capturer.captureFullPage();
        QTRY_VERIFY(f().view()->findChild<QWidget *>(QStringLiteral("captureStillPicture")));
        QTest::qWait(150); // somewhere in the middle of the page
        QVERIFY(captured.isEmpty());
        capturer.cancel();
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!capturer.isBusy());
        QTRY_COMPARE(f().evaluate(QStringLiteral("window.scrollY")).toInt(), 700);
        QTRY_VERIFY(!f().view()->findChild<QWidget *>(QStringLiteral("captureStillPicture")));
        QTest::qWait(300);
        QVERIFY(captured.isEmpty());
        QCOMPARE(f().view()->size(), CaptureFixture::ViewSize);
    }
};

XJ_GUI_TEST_MAIN(TestPageCapture)
#include "tst_pagecapture.moc"
