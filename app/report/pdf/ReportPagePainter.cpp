// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/ReportPagePainter.h"

#include "report/pdf/TextCullingDevice.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace xj {

ReportPagePainter::ReportPagePainter(const ReportDocument &document, const DocumentStyle &style)
    : m_text(document, style)
    , m_style(style)
    , m_title(document.title)
    , m_author(document.author)
{
    const QSizeF page = style.pageSizeMm();
    const QMarginsF margins = style.marginsMm();
    m_pageSize =
        QSizeF(ReportTextDocument::mmToLayout(page.width()), ReportTextDocument::mmToLayout(page.height()));
    m_textBlock = QRectF(QPointF(ReportTextDocument::mmToLayout(margins.left()),
                                 ReportTextDocument::mmToLayout(margins.top())),
                         m_text.textBlockSize());
    m_numberFont = ReportTextDocument::pdfSafe(m_style.font(m_style.pageNumber())); // our copy's cache
    // In pixels of the layout, not points: a point size would be resolved again against whatever
    // device paints the page (a screen, a scaled preview), a pixel size is the same everywhere.
    m_numberFont.setPixelSize(
        std::max(1, int(std::lround(ReportTextDocument::ptToLayout(style.pageNumber().sizePt)))));
}

int ReportPagePainter::pageCount() const
{
    return m_text.pageCount();
}

void ReportPagePainter::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    const double height = m_textBlock.height();
    painter->save();
    painter->translate(m_textBlock.left(), m_textBlock.top() - index * height);
    // The document is one long strip of pages; show this page's slice of it. Table borders on the
    // block's edges are centred on them, so the slice reaches a little beyond them sideways.
    const double bleed = ReportTextDocument::mmToLayout(1);
    const QRectF slice(-bleed, index * height, m_textBlock.width() + 2 * bleed, height);
    painter->setClipRect(slice, Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = slice;
    context.palette.setColor(QPalette::Text, Qt::black);
    {
        // Through the culling device, so no line of a neighbouring page slips into this one.
        TextCullingDevice culling(painter, painter->worldTransform().mapRect(slice));
        QPainter text(&culling);
        text.setRenderHints(painter->renderHints());
        text.setWorldTransform(painter->worldTransform());
        m_text.document()->documentLayout()->draw(&text, context);
    }
    painter->restore();
    paintPageNumber(painter, index);
}

void ReportPagePainter::paintPageNumber(QPainter *painter, int index) const
{
    const int number = index + 1;
    const QString text = m_style.pageNumberText(number);
    const QFontMetricsF metrics(m_numberFont);
    // GB/T 9704 7.5: the top of the dashes is 7 mm below the text block; with another format the
    // top of the text is.
    const QChar dash(0x2014);
    const QRectF ink = metrics.tightBoundingRect(text.contains(dash) ? QString(dash) : text);
    const double baseline =
        m_textBlock.bottom() + ReportTextDocument::mmToLayout(m_style.pageNumberBelowBodyMm()) - ink.top();
    // "空一字": one character of the page number's own size in from the text block's edge.
    const double indent = m_numberFont.pixelSize();
    const double width = metrics.horizontalAdvance(text);
    double x = m_textBlock.center().x() - width / 2;
    if (m_style.pageNumberOutside())
        x = number % 2 == 1 ? m_textBlock.right() - indent - width : m_textBlock.left() + indent;

    painter->save();
    painter->setFont(m_numberFont);
    painter->setPen(m_style.pageNumber().color);
    painter->drawText(QPointF(x, baseline), text);
    painter->restore();
}

} // namespace xj
