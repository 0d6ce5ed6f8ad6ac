// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceTestData.h"

#include <QPainter>
#include <QRandomGenerator>

QImage pageLikeImage(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QRandomGenerator random{quint32(seed)};
    QPainter painter(&image);
    painter.fillRect(0, 0, width, 120, QColor(0xb7, 0x1c, 0x1c)); // the red banner of a government page
    // Lines of text: dark marks of glyph size with gaps, 24 px apart.
    for (int y = 160; y + 16 < height; y += 24) {
        int x = 40 + int(random.bounded(40));
        const int lineEnd = width - 40 - int(random.bounded(width / 3));
        while (x + 14 < lineEnd) {
            const QColor ink = random.bounded(20) == 0 ? QColor(0x1a, 0x4f, 0x9c) : QColor(0x33, 0x33, 0x33);
            for (int stroke = 0; stroke < 4; ++stroke)
                painter.fillRect(x + int(random.bounded(12)), y + int(random.bounded(14)),
                                 1 + int(random.bounded(8)), 1 + int(random.bounded(3)), ink);
            x += 16;
        }
    }
    // A photo: smooth colour with some grain, the part of a page that compresses worst.
    const int photoTop = qMin(200, height / 4);
    const int photoHeight = qMin(300, height / 3);
    for (int y = photoTop; y < photoTop + photoHeight; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = width / 2; x < width / 2 + qMin(400, width / 3); ++x) {
            const int grain = int(random.bounded(16));
            line[x] = qRgb((x + grain) & 0xff, (y + grain) & 0xff, (x + y) / 2 & 0xff);
        }
    }
    return image;
}
