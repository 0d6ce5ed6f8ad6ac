// SPDX-License-Identifier: GPL-3.0-or-later
#include "../capture/CaptureFixture.h"
#include "../capture/CaptureSpy.h"
#include "GuiTest.h"
#include "capture/PageCapturer.h"
#include "demo/DemoSiteGenerator.h"
#include "net/StaticFileServer.h"

#include <QApplication>
#include <QTest>
#include <QWebEngineView>

#include <cmath>
#include <memory>

using namespace xj;

// What an inspector waits for after pressing a capture button. Baselines in the same run: a plain
// grab of the browser (the least a visible capture can cost), and for the full page the grabs of
// its window-high tiles alone plus a copy of an image of the stitched size.
// Run: ctest -R bench_capture -V, or the executable with -median 5.
class BenchCapture : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaptureFixture> m_fixture;
    TestDataDir m_demoDir;
    std::unique_ptr<StaticFileServer> m_demoServer;
    qreal m_ratio = 1;

    CaptureFixture &f() { return *m_fixture; }

    bool loadDemoHome()
    {
        return f().loadUrl(m_demoServer->baseUrl().resolved(QUrl(QStringLiteral("index.html"))));
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<CaptureFixture>();
        QVERIFY(f().isReady());
        m_ratio = f().devicePixelRatio();
        DemoSiteSpec spec;
        spec.articlePages = DemoSiteSpec::MinimumArticlePages;
        spec.today = QDate(2026, 11, 24);
        const QString site = m_demoDir.filePath(QStringLiteral("site"));
        QVERIFY(DemoSiteGenerator::generate(spec, site).ok());
        m_demoServer = std::make_unique<StaticFileServer>(site);
        QVERIFY(m_demoServer->listen(0).ok());
    }

    void baselinePlainGrabOfTheBrowser()
    {
        QVERIFY(loadDemoHome());
        QImage image;
        QBENCHMARK {
            image = f().renderWidget()->grab().toImage();
        }
        QCOMPARE(image.size(), CaptureFixture::ViewSize * m_ratio);
    }

    void captureVisibleOfDemoHome()
    {
        QVERIFY(loadDemoHome());
        PageCapturer capturer(f().view());
        std::optional<PageCapture> shot;
        QBENCHMARK {
            shot = waitForCapture(capturer, [&] { capturer.captureVisible(); });
            QVERIFY(shot);
        }
        QCOMPARE(shot->image.size(), CaptureFixture::ViewSize * m_ratio);
        // The demo home page is not blank: more than one colour in the capture.
        QVERIFY(shot->image.pixel(0, 0) !=
                    shot->image.pixel(shot->image.width() / 2, shot->image.height() / 3) ||
                shot->image.pixel(0, 0) != shot->image.pixel(10, shot->image.height() - 10));
    }

    void baselineGrabsOfTheTiles()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        const int window = f().evaluate(QStringLiteral("document.documentElement.clientHeight")).toInt();
        QVERIFY(window > 100);
        const int tiles = int(std::ceil(10000.0 / (window - 4)));
        QImage image;
        QBENCHMARK {
            for (int i = 0; i < tiles; ++i)
                image = f().renderWidget()->grab().toImage();
        }
        QVERIFY(!image.isNull());
    }

    void baselineCopyOfTheStitchedImage()
    {
        QImage stitched(qRound(785 * m_ratio), qRound(10000 * m_ratio), QImage::Format_ARGB32_Premultiplied);
        stitched.fill(Qt::white);
        QImage copy;
        QBENCHMARK {
            copy = stitched.copy();
        }
        QCOMPARE(copy.size(), stitched.size());
    }

    void captureFullPageOf10000Pixels()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        PageCapturer capturer(f().view());
        std::optional<PageCapture> shot;
        QBENCHMARK {
            shot = waitForCapture(capturer, [&] { capturer.captureFullPage(); });
            QVERIFY(shot);
        }
        QCOMPARE(shot->image.height(), qRound(10000 * m_ratio));
        QCOMPARE(CaptureFixture::colourAt(shot->image, QPointF(300, 5050), m_ratio),
                 QStringLiteral("#00ff00"));
        QCOMPARE(CaptureFixture::colourAt(shot->image, QPointF(350, 9850), m_ratio),
                 QStringLiteral("#0000ff"));
    }
};

XJ_GUI_TEST_MAIN(BenchCapture)
#include "bench_capture.moc"
