// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/document/DocumentStyle.h"
#include "report/document/ReportDocument.h"

#include <QCoreApplication>
#include <QString>

namespace xj {

/// Writes a ReportDocument as an editable Word document (.docx, WordprocessingML) that opens in
/// Word, WPS and LibreOffice: a named paragraph style per BlockRole, GB/T 9704 page geometry,
/// page numbers on the outer side of odd and even pages, tables with repeating header rows,
/// links and pictures. Offices finish rectification notices in Word, so the export is meant to be
/// edited, not only printed. The file appears only when complete: a failed write leaves an
/// existing file of that name as it was.
class DocxReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::DocxReportWriter)
public:
    static Status write(const ReportDocument &document, const DocumentStyle &style, const QString &path);
};

} // namespace xj
