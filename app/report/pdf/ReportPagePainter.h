// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/DocumentStyle.h"
#include "report/document/ReportDocument.h"
#include "report/pdf/ReportTextDocument.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace xj {

/// A report typeset once and cut into pages: paints any page — the slice of the text that falls
/// on it, clipped to the text block (版心), and its page number in the GB/T 9704 place ("— 1 —",
/// 7 mm under the text block, on the outer side). The PDF writer and the preview both paint
/// through it, so they show the same pages; the UI can keep one and paint page N on demand, as
/// nothing is laid out again per page.
///
/// The painter must work in layout units (1/ReportTextDocument::LayoutDpi inch) with the origin at
/// the page's top-left corner: a QPdfWriter or a QImage at that resolution, or a scaled painter.
/// One thread at a time may paint with it (QTextDocument is not thread-safe); different reports
/// may be painted in different threads.
class ReportPagePainter
{
    Q_DISABLE_COPY_MOVE(ReportPagePainter)
public:
    ReportPagePainter(const ReportDocument &document, const DocumentStyle &style);

    int pageCount() const;
    /// The whole sheet (A4) in layout units.
    QSizeF pageSize() const { return m_pageSize; }
    /// The text block on the sheet in layout units.
    QRectF textBlockRect() const { return m_textBlock; }
    /// Document properties of the report, for the PDF's metadata.
    QString title() const { return m_title; }
    QString author() const { return m_author; }
    const DocumentStyle &style() const { return m_style; }

    /// Paints page `index` (0-based); the painter's state is left as it was found.
    void paintPage(QPainter *painter, int index) const;

private:
    void paintPageNumber(QPainter *painter, int index) const;

    ReportTextDocument m_text;
    DocumentStyle m_style;
    QString m_title;
    QString m_author;
    QSizeF m_pageSize;
    QRectF m_textBlock;
    QFont m_numberFont;
};

} // namespace xj
