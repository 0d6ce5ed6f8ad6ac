// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/DocumentStyle.h"
#include "report/document/ReportDocument.h"

#include <QImage>
#include <QList>

namespace xj {

class ReportPagePainter;

/// The in-app preview of an exported report: white page images cut exactly as the PDF is, since
/// both paint through ReportPagePainter at ReportTextDocument::LayoutDpi. Usable from a worker
/// thread (QImage only).
class ReportPageRenderer
{
public:
    /// Every page (or the first `maxPages` when it is not negative) at the layout resolution.
    static QList<QImage> render(const ReportDocument &document, const DocumentStyle &style,
                                int maxPages = -1);
    static int pageCount(const ReportDocument &document, const DocumentStyle &style);
    /// One page of a report already laid out, `scale` times the layout resolution (0.5 gives
    /// 72 dpi thumbnails); a null image when there is no such page.
    static QImage renderPage(const ReportPagePainter &pages, int index, double scale = 1.0);
};

} // namespace xj
