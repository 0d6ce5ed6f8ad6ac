// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureFixture.h"
#include "CaptureSpy.h"
#include "GuiTest.h"
#include "capture/PageCapturer.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

#include <memory>

using namespace xj;

// Pointing at an element of the page: the pointer is moved and clicked on the browser's render
// widget as a user would (WebEngine takes input there), and the outcome is checked in the page
// (selector, text, box, the page's own click handler) and in the framed screenshot's pixels.
class TestElementPick : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaptureFixture> m_fixture;
    qreal m_ratio = 1;

    CaptureFixture &f() { return *m_fixture; }

    void hover(QPoint point)
    {
        QWidget *target = f().renderWidget();
        QMouseEvent move(QEvent::MouseMove, point, target->mapToGlobal(point), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(target, &move);
    }

    // The boxes capture.js draws: children of <html> at the topmost z-index.
    QVariantList outlines()
    {
        return f()
            .evaluate(QStringLiteral("[...document.documentElement.children]"
                                     ".filter(e => e.style.getPropertyValue('z-index') === '2147483647')"
                                     ".map(e => { const r = e.getBoundingClientRect(); return [r.left, "
                                     "r.top, r.width, r.height]; })"))
            .toList();
    }

    // Starts picking and waits until hovering `point` outlines `expected` (viewport CSS pixels).
    bool startPicking(PageCapturer &capturer, QPoint point, const QRectF &expected)
    {
        capturer.startElementPick();
        return QTest::qWaitFor(
            [&] {
                hover(point + QPoint(1, 0));
                hover(point);
                const QVariantList boxes = outlines();
                if (boxes.size() != 1)
                    return false;
                const QVariantList box = boxes.first().toList();
                return QRectF(box.at(0).toReal(), box.at(1).toReal(), box.at(2).toReal(),
                              box.at(3).toReal()) == expected;
            },
            10000);
    }

    std::optional<PageCapture> pick(PageCapturer &capturer, QPoint point, const QRectF &outlined)
    {
        return waitForCapture(capturer, [&] {
            QVERIFY(startPicking(capturer, point, outlined));
            QTest::mouseClick(f().renderWidget(), Qt::LeftButton, {}, point);
        });
    }

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
    }

    void init()
    {
        QVERIFY(f().load(QStringLiteral("pick.html")));
        QVERIFY(f().scrollTo(0)); // loading the same address again keeps the scroll position
    }

    void listItemInsideAnIdentifiedSection()
    {
        const QString styleBefore =
            f().evaluate(QStringLiteral("document.querySelector('li.second').getAttribute('style')"))
                .toString();
        PageCapturer capturer(f().view());
        const auto shot = pick(capturer, QPoint(240, 110), QRectF(40, 80, 400, 60));
        QVERIFY(shot);
        QCOMPARE(shot->mode, CaptureMode::Element);
        QCOMPARE(shot->selector, QStringLiteral("#news > ul:nth-of-type(1) > li:nth-of-type(2)"));
        QCOMPARE(shot->elementText, QStringLiteral("第二条新闻 Second item"));
        QCOMPARE(shot->elementBox, QRectF(40, 80, 400, 60));
        QCOMPARE(shot->url, f().server().baseUrl().resolved(QUrl(QStringLiteral("pick.html"))));
        // The element and 24 CSS pixels of page around it.
        QCOMPARE(shot->image.size(), QSize(448, 108) * m_ratio);
        QCOMPARE(colour(shot->image, 10, 10), QStringLiteral("#ffffff"));
        QCOMPARE(colour(shot->image, 24 + 395, 24 + 55), QStringLiteral("#ff00ff"));
        QCOMPARE(colour(shot->image, 24 + 200, 24 + 50), QStringLiteral("#ff00ff"));
        QCOMPARE(colour(shot->image, 24 + 200, 24 + 64), QStringLiteral("#ffffff"));
        // The page never saw the click and its element is as it was; the outline is gone.
        QCOMPARE(f().evaluate(QStringLiteral("window.pageClicks")).toInt(), 0);
        QCOMPARE(f().evaluate(QStringLiteral("document.querySelector('li.second').getAttribute('style')"))
                     .toString(),
                 styleBefore);
        QTRY_VERIFY(outlines().isEmpty());
        QCOMPARE(f().evaluate(QStringLiteral("document.querySelectorAll('%1').length").arg(shot->selector))
                     .toInt(),
                 1);
    }

    void linkIsNotFollowed()
    {
        PageCapturer capturer(f().view());
        const auto shot = pick(capturer, QPoint(575, 80), QRectF(500, 40, 150, 80));
        QVERIFY(shot);
        QCOMPARE(shot->selector, QStringLiteral("#go"));
        QCOMPARE(shot->elementText, QStringLiteral("Go elsewhere"));
        QCOMPARE(colour(shot->image, 24 + 75, 24 + 70), QStringLiteral("#00ffff"));
        QTest::qWait(300);
        QCOMPARE(f().view()->url().fileName(), QStringLiteral("pick.html"));
        QCOMPARE(f().evaluate(QStringLiteral("window.pageClicks")).toInt(), 0);
    }

    void duplicateIdFallsBackToAPath()
    {
        PageCapturer capturer(f().view());
        const auto shot = pick(capturer, QPoint(700, 240), QRectF(650, 200, 100, 50));
        QVERIFY(shot);
        QCOMPARE(shot->selector, QStringLiteral("body > div:nth-of-type(2)"));
        QCOMPARE(f().evaluate(QStringLiteral("document.querySelectorAll('%1').length").arg(shot->selector))
                     .toInt(),
                 1);
        QCOMPARE(shot->elementText, QStringLiteral("Twin B"));
        QCOMPARE(colour(shot->image, 24 + 50, 24 + 45), QStringLiteral("#808000"));
    }

    void tallElementIsCapturedWhole()
    {
        QVERIFY(f().scrollTo(100));
        PageCapturer capturer(f().view());
        const auto shot = pick(capturer, QPoint(190, 400), QRectF(40, 200, 300, 1500));
        QVERIFY(shot);
        QCOMPARE(shot->selector, QStringLiteral("#tall"));
        QCOMPARE(shot->elementBox, QRectF(40, 300, 300, 1500)); // document, not viewport, pixels
        QCOMPARE(shot->elementText, QStringLiteral("高的栏目 Tall block"));
        QVERIFY(!shot->capped);
        QCOMPARE(shot->image.size(), QSize(348, 1548) * m_ratio);
        QCOMPARE(colour(shot->image, 10, 10), QStringLiteral("#ffffff"));
        QCOMPARE(colour(shot->image, 24 + 290, 24 + 100), QStringLiteral("#ffa500"));
        QCOMPARE(colour(shot->image, 24 + 290, 24 + 1495), QStringLiteral("#ffa500"));
        QCOMPARE(colour(shot->image, 24 + 290, 24 + 1510), QStringLiteral("#ffffff"));
        QTRY_COMPARE(f().view()->size(), CaptureFixture::ViewSize);
        QTRY_COMPARE(f().evaluate(QStringLiteral("window.scrollY")).toInt(), 100);
    }

    void escapeCancels()
    {
        PageCapturer capturer(f().view());
        QSignalSpy canceled(&capturer, &PageCapturer::canceled);
        QSignalSpy captured(&capturer, &PageCapturer::captured);
        QVERIFY(startPicking(capturer, QPoint(575, 80), QRectF(500, 40, 150, 80)));
        QTest::keyClick(f().renderWidget(), Qt::Key_Escape);
        QTRY_COMPARE(canceled.count(), 1);
        QVERIFY(!capturer.isBusy());
        QTRY_VERIFY(outlines().isEmpty());
        // The page has its clicks back.
        QTest::mouseClick(f().renderWidget(), Qt::LeftButton, {}, QPoint(760, 500));
        QTRY_COMPARE(f().evaluate(QStringLiteral("window.pageClicks")).toInt(), 1);
        QVERIFY(captured.isEmpty());
    }

    void cancelFromTheApplication()
    {
        PageCapturer capturer(f().view());
        QVERIFY(startPicking(capturer, QPoint(575, 80), QRectF(500, 40, 150, 80)));
        capturer.cancel();
        QTRY_VERIFY(outlines().isEmpty());
        QTest::mouseClick(f().renderWidget(), Qt::LeftButton, {}, QPoint(760, 500));
        QTRY_COMPARE(f().evaluate(QStringLiteral("window.pageClicks")).toInt(), 1);
    }

    void scrollToElement()
    {
        QVERIFY(f().load(QStringLiteral("colours.html")));
        PageCapturer capturer(f().view());
        QSignalSpy scrolled(&capturer, &PageCapturer::elementScrolled);
        bool found = false;
        capturer.scrollToElement(QStringLiteral("#green"), [&](bool ok) { found = ok; });
        QTRY_COMPARE(scrolled.count(), 1);
        QVERIFY(found);
        QCOMPARE(scrolled.first().at(0).toString(), QStringLiteral("#green"));
        QVERIFY(scrolled.first().at(1).toBool());
        const int y = f().evaluate(QStringLiteral("window.scrollY")).toInt();
        QVERIFY2(y > 5100 - 600 && y < 5000, qPrintable(QString::number(y)));
        const QVariantList boxes = outlines();
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first().toList().at(1).toReal(), 5000.0 - y);
        QTRY_VERIFY_WITH_TIMEOUT(outlines().isEmpty(), 5000);

        for (const QString &missing : {QStringLiteral("#nowhere"), QStringLiteral("[[not a selector")}) {
            capturer.scrollToElement(missing);
            QTRY_COMPARE(scrolled.count(), missing.startsWith(u'#') ? 2 : 3);
            QVERIFY(!scrolled.last().at(1).toBool());
        }
    }
};

XJ_GUI_TEST_MAIN(TestElementPick)
#include "tst_elementpick.moc"
