// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/DocumentStyle.h"
#include "report/document/ReportDocument.h"

#include <QFont>
#include <QImage>
#include <QSizeF>
#include <QTextDocument>

#include <memory>

namespace xj {

/// A ReportDocument typeset as a QTextDocument after a DocumentStyle: fonts, fixed line pitch,
/// indents, tables with repeating header rows, clickable page addresses, pictures and the red rule.
/// The document is laid out on pages the size of the style's text block (版心) in layout units of
/// 1/LayoutDpi inch, against a paint device of that resolution, so the PDF and the preview are
/// painted from the very same pagination whatever the screen's resolution is. Text of the body's
/// size sits on the 28-characters-a-line grid; headings, captions and the signature never end a
/// page.
///
/// It holds no pointer to the ReportDocument or the style once built, and uses only QtGui classes
/// that work off the GUI thread, so a batch export can build one per worker.
class ReportTextDocument
{
    Q_DISABLE_COPY_MOVE(ReportTextDocument)
public:
    /// One unit of the layout is 1/144 inch: fine enough that rounding to whole units does not
    /// move a 28.95 pt line pitch, coarse enough that a preview page is a modest image.
    static constexpr int LayoutDpi = 144;

    ReportTextDocument(const ReportDocument &document, const DocumentStyle &style);
    ~ReportTextDocument();

    /// The laid-out document; its page size is the text block, its pages follow one another.
    QTextDocument *document() const { return m_document.get(); }
    int pageCount() const;
    /// The text block (版心) in layout units.
    QSizeF textBlockSize() const;

    /// The font with what it takes for its text to copy out of a PDF intact.
    static QFont pdfSafe(QFont font);

    static double mmToLayout(double mm) { return mm / 25.4 * LayoutDpi; }
    static double ptToLayout(double pt) { return pt / 72.0 * LayoutDpi; }

private:
    /// The layout's paint device: a 1×1 image that only carries the resolution. Declared before
    /// the document so that it outlives the layout that points at it.
    QImage m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
    QSizeF m_textBlock;
};

} // namespace xj
