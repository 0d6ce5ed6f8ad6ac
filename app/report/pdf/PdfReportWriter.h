// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/document/DocumentStyle.h"
#include "report/document/ReportDocument.h"

#include <QCoreApplication>

namespace xj {

class ReportPagePainter;

/// Writes a report as a PDF after GB/T 9704: A4, text in embedded font subsets (selectable and
/// searchable), page addresses as link annotations, pictures at about 200 dpi. The pages are the
/// ones ReportPageRenderer previews. The file appears whole or not at all: it is written beside
/// the target and renamed over it at the end. Safe to call from a worker thread.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::PdfReportWriter)
public:
    static Status write(const ReportDocument &document, const DocumentStyle &style, const QString &path);
    /// Writes pages already laid out, such as the ones a preview shows, without laying them out again.
    static Status write(const ReportPagePainter &pages, const QString &path);
};

} // namespace xj
