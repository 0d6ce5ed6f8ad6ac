// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging/ImageRedaction.h"

#include <QFont>
#include <QPainter>
#include <QTest>

using namespace xj;

namespace {

// A one-pixel checkerboard is the finest detail an image can hold: any block of even size
// averages it to the same grey.
QImage checkerboard(QSize size, QImage::Format format, int square = 1)
{
    QImage image(size, format);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, ((x / square + y / square) % 2) ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
    }
    return image;
}

// Every horizontal and vertical run of equal pixels inside `area` is at least `minimum` long:
// no detail finer than a block survives anywhere, including at the area's right and bottom edges.
bool runsAtLeast(const QImage &image, const QRect &area, int minimum, QString *where)
{
    for (int pass = 0; pass < 2; ++pass) {
        const bool rows = pass == 0;
        const int lines = rows ? area.height() : area.width();
        const int length = rows ? area.width() : area.height();
        for (int line = 0; line < lines; ++line) {
            int run = 0;
            QRgb previous = 0;
            for (int i = 0; i <= length; ++i) {
                const QPoint p = rows ? QPoint(area.left() + i, area.top() + line)
                                      : QPoint(area.left() + line, area.top() + i);
                const bool end = i == length;
                const QRgb colour = end ? 0 : image.pixel(p);
                if (i > 0 && (end || colour != previous)) {
                    if (run < minimum) {
                        *where = QStringLiteral("%1 run of %2 px ending before (%3, %4)")
                                     .arg(rows ? QStringLiteral("row") : QStringLiteral("column"))
                                     .arg(run)
                                     .arg(p.x())
                                     .arg(p.y());
                        return false;
                    }
                    run = 0;
                }
                previous = colour;
                ++run;
            }
        }
    }
    return true;
}

bool sameOutside(const QImage &before, const QImage &after, const QRect &area)
{
    for (int y = 0; y < before.height(); ++y) {
        for (int x = 0; x < before.width(); ++x) {
            if (!area.contains(x, y) && before.pixel(x, y) != after.pixel(x, y))
                return false;
        }
    }
    return true;
}

} // namespace

class TestImageRedaction : public QObject
{
    Q_OBJECT

private slots:
    void pixelateTurnsFineDetailGrey_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<QRect>("rect");
        QTest::addColumn<int>("blockSize");
        QTest::addColumn<QRect>("changed");
        QTest::addColumn<QImage::Format>("format");

        QTest::newRow("1 px checkerboard, blocks of 8")
            << checkerboard({64, 48}, QImage::Format_RGB32) << QRect(8, 8, 32, 16) << 8 << QRect(8, 8, 32, 16)
            << QImage::Format_RGB32;
        // With 2 px blocks a 2 px checkerboard would come out unchanged.
        QTest::newRow("block below the minimum is raised to 8")
            << checkerboard({64, 48}, QImage::Format_RGB32, 2) << QRect(0, 0, 16, 16) << 2
            << QRect(0, 0, 16, 16) << QImage::Format_RGB32;
        QTest::newRow("area clipped at the image edge")
            << checkerboard({64, 48}, QImage::Format_RGB32) << QRect(56, 40, 20, 20) << 8
            << QRect(56, 40, 8, 8) << QImage::Format_RGB32;
        QTest::newRow("24-bit image is converted to 32-bit")
            << checkerboard({64, 48}, QImage::Format_RGB888) << QRect(8, 8, 16, 16) << 8
            << QRect(8, 8, 16, 16) << QImage::Format_RGB32;
        QTest::newRow("straight alpha is converted to premultiplied")
            << checkerboard({64, 48}, QImage::Format_ARGB32) << QRect(8, 8, 16, 16) << 8
            << QRect(8, 8, 16, 16) << QImage::Format_ARGB32_Premultiplied;
    }

    void pixelateTurnsFineDetailGrey()
    {
        QFETCH(QImage, image);
        QFETCH(QRect, rect);
        QFETCH(int, blockSize);
        QFETCH(QRect, changed);
        QFETCH(QImage::Format, format);

        const QImage before = image.copy();
        ImageRedaction::pixelate(image, rect, blockSize);

        QCOMPARE(image.format(), format);
        QCOMPARE(image.size(), before.size());
        for (int y = changed.top(); y <= changed.bottom(); ++y) {
            for (int x = changed.left(); x <= changed.right(); ++x)
                QCOMPARE(image.pixel(x, y), qRgb(128, 128, 128));
        }
        QVERIFY(sameOutside(before, image, changed));
    }

    void textBecomesUniformBlocks_data()
    {
        QTest::addColumn<QRect>("rect");
        QTest::addColumn<int>("blockSize");

        QTest::newRow("whole line, blocks of 8") << QRect(4, 4, 232, 28) << 8;
        QTest::newRow("uneven area leaves no thin strip") << QRect(5, 3, 50, 29) << 8;
        QTest::newRow("blocks of 12") << QRect(0, 0, 240, 36) << 12;
    }

    // A citizen's ID number as it appears on a page: after pixelating, no run of equal pixels is
    // shorter than a block, so no stroke of a digit is left.
    void textBecomesUniformBlocks()
    {
        QFETCH(QRect, rect);
        QFETCH(int, blockSize);

        QImage image(240, 36, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QFont font;
        font.setPixelSize(16);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QPoint(6, 24), QStringLiteral("110101199003071234"));
        painter.end();
        const QImage before = image.copy();

        ImageRedaction::pixelate(image, rect, blockSize);

        const QRect area = rect.intersected(image.rect());
        QString where;
        QVERIFY2(runsAtLeast(image, area, blockSize, &where), qPrintable(where));
        QString beforeWhere;
        QVERIFY2(!runsAtLeast(before, area, blockSize, &beforeWhere), "the text had fine detail to destroy");
        QVERIFY(sameOutside(before, image, area));
    }

    void emptyOrOutsideAreaChangesNothing()
    {
        QImage image = checkerboard({32, 32}, QImage::Format_RGB32);
        const QImage before = image.copy();
        ImageRedaction::pixelate(image, QRect(40, 40, 10, 10), 8);
        ImageRedaction::pixelate(image, QRect(4, 4, 0, 10), 8);
        QCOMPARE(image, before);
        QImage null;
        ImageRedaction::pixelate(null, QRect(0, 0, 8, 8), 8);
        QVERIFY(null.isNull());
    }

    void blockSizeFollowsTheScreen_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::addColumn<int>("size");
        QTest::newRow("standard screen") << 1.0 << 12;
        QTest::newRow("high-DPI screen") << 2.0 << 24;
        QTest::newRow("fractional scaling") << 1.25 << 15;
        QTest::newRow("ratio below 1 never shrinks the blocks") << 0.5 << 12;
    }

    void blockSizeFollowsTheScreen()
    {
        QFETCH(qreal, ratio);
        QFETCH(int, size);
        QCOMPARE(ImageRedaction::blockSizeFor(ratio), size);
    }
};

QTEST_MAIN(TestImageRedaction)
#include "tst_imageredaction.moc"
