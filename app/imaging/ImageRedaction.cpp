// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging/ImageRedaction.h"

#include <QtMath>

#include <array>

namespace xj::ImageRedaction {

namespace {

// Averages one block channel by channel. Premultiplied pixels average correctly as they are;
// RGB32 has an opaque alpha byte that stays opaque.
void averageBlock(QImage &image, const QRect &block)
{
    std::array<quint64, 4> sum{};
    for (int y = block.top(); y <= block.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = block.left(); x <= block.right(); ++x) {
            const QRgb p = line[x];
            sum[0] += qAlpha(p);
            sum[1] += qRed(p);
            sum[2] += qGreen(p);
            sum[3] += qBlue(p);
        }
    }
    const quint64 count = quint64(block.width()) * quint64(block.height());
    const auto mean = [count](quint64 total) {
        return int((total + count / 2) / count);
    };
    const QRgb average = qRgba(mean(sum[1]), mean(sum[2]), mean(sum[3]), mean(sum[0]));
    for (int y = block.top(); y <= block.bottom(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::fill(line + block.left(), line + block.right() + 1, average);
    }
}

} // namespace

int blockSizeFor(qreal devicePixelRatio)
{
    return std::max(MinimumBlockSize, qCeil(12 * std::max(devicePixelRatio, qreal(1))));
}

void pixelate(QImage &image, const QRect &deviceRect, int blockSize)
{
    const QRect area = deviceRect.normalized().intersected(image.rect());
    if (image.isNull() || area.isEmpty())
        return;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32_Premultiplied) {
        image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    }
    // The area is split evenly into whole blocks rather than leaving a thin remainder strip at
    // the right or bottom edge, which would keep almost the full detail of its pixels.
    const int size = std::max(blockSize, MinimumBlockSize);
    const int columns = std::max(1, area.width() / size);
    const int rows = std::max(1, area.height() / size);
    const auto edge = [](int start, int length, int parts, int i) {
        return start + length * i / parts;
    };
    for (int row = 0; row < rows; ++row) {
        const int top = edge(area.top(), area.height(), rows, row);
        const int bottom = edge(area.top(), area.height(), rows, row + 1);
        for (int column = 0; column < columns; ++column) {
            const int left = edge(area.left(), area.width(), columns, column);
            const int right = edge(area.left(), area.width(), columns, column + 1);
            averageBlock(image, QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)));
        }
    }
}

} // namespace xj::ImageRedaction
