// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging/AnnotationRenderer.h"

#include <QPainter>
#include <QTest>

using namespace xj;

namespace {

QImage whiteImage(QSize deviceSize, qreal ratio = 1)
{
    QImage image(deviceSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDevicePixelRatio(ratio);
    return image;
}

Annotation shape(Annotation::Kind kind, const QRectF &rect, const QColor &color = Qt::red)
{
    Annotation a;
    a.kind = kind;
    a.rect = rect;
    a.color = color;
    return a;
}

bool isRed(QRgb p)
{
    return qRed(p) > 200 && qGreen(p) < 60 && qBlue(p) < 60;
}

int countPixels(const QImage &image, const QRect &area, const std::function<bool(QRgb)> &match)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += match(image.pixel(x, y)) ? 1 : 0;
    }
    return count;
}

} // namespace

class TestAnnotationRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rectangleOutlineLandsOnDevicePixels_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("standard screen") << 1.0;
        QTest::newRow("high-DPI screen") << 2.0;
    }

    // A rectangle at logical (10, 10, 50, 50) is drawn at device (10, 10, 50, 50) scaled by the
    // ratio: at (20, 20, 100, 100) on a 2× screenshot.
    void rectangleOutlineLandsOnDevicePixels()
    {
        QFETCH(qreal, ratio);
        const QImage original = whiteImage(QSize(100, 100) * ratio, ratio);
        const QImage before = original.copy();

        const QImage out = AnnotationRenderer::render(
            original, {shape(Annotation::Kind::Rectangle, QRectF(10, 10, 50, 50))});

        QCOMPARE(out.size(), original.size());
        QCOMPARE(out.devicePixelRatio(), ratio);
        const auto device = [ratio](int logical) {
            return int(logical * ratio);
        };
        for (int along : {15, 35, 55}) {
            QCOMPARE(out.pixel(device(10), device(along)), qRgb(255, 0, 0)); // left edge
            QCOMPARE(out.pixel(device(60), device(along)), qRgb(255, 0, 0)); // right edge
            QCOMPARE(out.pixel(device(along), device(10)), qRgb(255, 0, 0)); // top edge
            QCOMPARE(out.pixel(device(along), device(60)), qRgb(255, 0, 0)); // bottom edge
        }
        QCOMPARE(out.pixel(device(35), device(35)), qRgb(255, 255, 255)); // an outline, not a fill
        QCOMPARE(out.pixel(device(5), device(35)), qRgb(255, 255, 255));
        QCOMPARE(out.pixel(device(65), device(35)), qRgb(255, 255, 255));
        QCOMPARE(original, before);
    }

    // Multiplying tints white paper yellow and leaves black print black, so the marked text stays
    // readable.
    void highlightTintsAndKeepsTextDark()
    {
        QImage original = whiteImage({100, 40});
        QPainter painter(&original);
        painter.fillRect(QRect(40, 0, 20, 40), Qt::black);
        painter.end();

        const QImage out = AnnotationRenderer::render(
            original, {shape(Annotation::Kind::Highlight, QRectF(0, 10, 100, 20), QColor(255, 230, 0, 160))});

        const QRgb paper = out.pixel(20, 20);
        QVERIFY2(qRed(paper) > 240 && qGreen(paper) > 200 && qBlue(paper) < 150,
                 qPrintable(QColor(paper).name()));
        const QRgb print = out.pixel(50, 20);
        QVERIFY2(qRed(print) < 30 && qGreen(print) < 30 && qBlue(print) < 30,
                 qPrintable(QColor(print).name()));
        QCOMPARE(out.pixel(20, 5), qRgb(255, 255, 255));
        QCOMPARE(out.pixel(20, 35), qRgb(255, 255, 255));
    }

    void pixelateUsesBlocksOfTwelveLogicalPixels_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("standard screen") << 1.0;
        QTest::newRow("high-DPI screen") << 2.0;
    }

    void pixelateUsesBlocksOfTwelveLogicalPixels()
    {
        QFETCH(qreal, ratio);
        // Squares of 3 logical pixels: a block of 12 holds as much black as white, a smaller
        // block does not.
        QImage original = whiteImage(QSize(96, 48) * ratio, ratio);
        const int square = int(3 * ratio);
        for (int y = 0; y < original.height(); ++y) {
            for (int x = 0; x < original.width(); ++x) {
                if ((x / square + y / square) % 2)
                    original.setPixel(x, y, qRgb(0, 0, 0));
            }
        }

        const QImage out =
            AnnotationRenderer::render(original, {shape(Annotation::Kind::Pixelate, QRectF(12, 12, 48, 24))});

        const QRect device(QPoint(12, 12) * ratio, QSize(48, 24) * ratio);
        QCOMPARE(countPixels(out, device, [](QRgb p) { return p == qRgb(128, 128, 128); }),
                 device.width() * device.height());
        QCOMPARE(out.pixel(device.left() - 1, device.top()), original.pixel(device.left() - 1, device.top()));
        QCOMPARE(out.pixel(device.right() + 1, device.top()),
                 original.pixel(device.right() + 1, device.top()));
    }

    // A shape drawn across a redacted area stays crisp: redactions come first whatever the order
    // in which the inspector made them.
    void redactionsComeBeforeDrawnShapes()
    {
        const QImage original = whiteImage({100, 100});
        const QImage out = AnnotationRenderer::render(
            original, {shape(Annotation::Kind::Rectangle, QRectF(10, 10, 50, 50)),
                       shape(Annotation::Kind::Pixelate, QRectF(0, 0, 40, 40)),
                       shape(Annotation::Kind::Cover, QRectF(0, 0, 30, 30), QColor(0, 0, 0, 40))});

        QCOMPARE(out.pixel(10, 20), qRgb(255, 0, 0));
        QCOMPARE(out.pixel(20, 10), qRgb(255, 0, 0));
        QCOMPARE(out.pixel(20, 20), qRgb(0, 0, 0)); // covers are opaque, whatever the colour's alpha
        QCOMPARE(out.pixel(35, 35), qRgb(255, 255, 255));
    }

    void arrowRunsFromStartToHead()
    {
        const QImage original = whiteImage({100, 100});
        Annotation arrow = shape(Annotation::Kind::Arrow, {});
        arrow.line = QLineF(10, 50, 90, 50);

        const QImage out = AnnotationRenderer::render(original, {arrow});

        QCOMPARE(out.pixel(12, 50), qRgb(255, 0, 0));
        QCOMPARE(out.pixel(50, 50), qRgb(255, 0, 0));
        QCOMPARE(out.pixel(85, 50), qRgb(255, 0, 0));
        // The head is wider than the shaft.
        QVERIFY(isRed(out.pixel(78, 50 - 4)));
        QVERIFY(!isRed(out.pixel(50, 50 - 4)));
        QCOMPARE(out.pixel(95, 50), qRgb(255, 255, 255));
    }

    void textLabelDrawsLettersOnABox()
    {
        const QImage original = whiteImage({200, 60}, 2);
        Annotation label = shape(Annotation::Kind::Text, QRectF(5, 5, 0, 0));
        label.text = QStringLiteral("错别字");

        const QImage out = AnnotationRenderer::render(original, {label});

        const QRectF box = AnnotationRenderer::textBox(label);
        QVERIFY(box.width() > 3 * AnnotationRenderer::TextPixelSize * 0.8);
        const QRect device = AnnotationRenderer::deviceRect(box, 2).intersected(out.rect());
        QVERIFY2(countPixels(out, device, isRed) > 50, "the letters are drawn in the label's colour");
        QCOMPARE(countPixels(out, out.rect(), isRed), countPixels(out, device, isRed));
    }

    void nullImageGivesNullImage()
    {
        QVERIFY(AnnotationRenderer::render(QImage(), {shape(Annotation::Kind::Rectangle, {0, 0, 5, 5})})
                    .isNull());
    }

    void transparentScreenshotKeepsItsAlpha()
    {
        QImage original(40, 40, QImage::Format_ARGB32);
        original.fill(Qt::transparent);
        const QImage out = AnnotationRenderer::render(
            original, {shape(Annotation::Kind::Rectangle, QRectF(10, 10, 20, 20))});
        QVERIFY(out.hasAlphaChannel());
        QCOMPARE(qAlpha(out.pixel(2, 2)), 0);
        QCOMPARE(out.pixel(10, 20), qRgba(255, 0, 0, 255));
    }
};

QTEST_MAIN(TestAnnotationRenderer)
#include "tst_annotationrenderer.moc"
