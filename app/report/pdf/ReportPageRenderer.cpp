// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/ReportPageRenderer.h"

#include "report/pdf/ReportPagePainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace xj {

QList<QImage> ReportPageRenderer::render(const ReportDocument &document, const DocumentStyle &style,
                                         int maxPages)
{
    const ReportPagePainter pages(document, style);
    const int count = maxPages < 0 ? pages.pageCount() : std::min(maxPages, pages.pageCount());
    QList<QImage> images;
    images.reserve(count);
    for (int i = 0; i < count; ++i)
        images.append(renderPage(pages, i));
    return images;
}

int ReportPageRenderer::pageCount(const ReportDocument &document, const DocumentStyle &style)
{
    return ReportPagePainter(document, style).pageCount();
}

QImage ReportPageRenderer::renderPage(const ReportPagePainter &pages, int index, double scale)
{
    if (index < 0 || index >= pages.pageCount() || !(scale > 0))
        return {};
    const QSizeF size = pages.pageSize() * scale;
    QImage image(std::max(1, int(std::lround(size.width()))), std::max(1, int(std::lround(size.height()))),
                 QImage::Format_RGB32);
    // The image says it is at the resolution it was painted for, so it prints at paper size.
    const int dotsPerMeter = int(std::lround(ReportTextDocument::LayoutDpi * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    pages.paintPage(&painter, index);
    painter.end();
    return image;
}

} // namespace xj
