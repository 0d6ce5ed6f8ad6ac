// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/PdfReportWriter.h"

#include "report/ReportLogging.h"
#include "report/pdf/PdfTextRepair.h"
#include "report/pdf/ReportPagePainter.h"

#include <QBuffer>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <utility>

namespace xj {

Status PdfReportWriter::write(const ReportDocument &document, const DocumentStyle &style, const QString &path)
{
    const ReportPagePainter pages(document, style);
    return write(pages, path);
}

Status PdfReportWriter::write(const ReportPagePainter &pages, const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // QSaveFile writes a temporary file next to the target and renames it on commit, so a failure
    // half-way never leaves a truncated PDF where an old good one was. Opened first, so a folder
    // that cannot be written fails before any page is painted.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The PDF file %1 cannot be created. Choose a folder you are allowed to write to.")
                         .arg(shownPath),
                     file.errorString()};
    // In memory first, as the text maps are corrected after Qt has written them.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // The layout's resolution: one painter unit is one layout unit, as on the preview images.
        writer.setResolution(ReportTextDocument::LayoutDpi);
        const QSizeF sizeMm = pages.pageSize() * (25.4 / ReportTextDocument::LayoutDpi);
        // No printer margins: the pages paint their own GB/T 9704 margins.
        writer.setPageLayout(QPageLayout(QPageSize(sizeMm, QPageSize::Millimeter), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(pages.title());
        writer.setCreator(pages.author());
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error{tr("The PDF file %1 could not be started. Try again, or choose another folder.")
                             .arg(shownPath),
                         {}};
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const int count = pages.pageCount();
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            pages.paintPage(&painter, i);
        }
        painter.end();
        qCDebug(lcReport) << "PDF" << path << count << "pages";
    }
    buffer.close();
    QByteArray pdf = std::exchange(buffer.buffer(), {});
    QStringList families;
    for (const QString &id : pages.style().fontClassIds())
        families.append(pages.style().resolvedFamily(id));
    families.removeDuplicates();
    const int repaired = PdfTextRepair::repair(pdf, PdfTextRepair::radicalMap(families));
    qCDebug(lcReport) << "PDF text map:" << repaired << "radicals replaced by ideographs";

    if (file.write(pdf) != pdf.size() || !file.commit())
        return Error{tr("The PDF file %1 could not be saved. Check that the disk is not full and try again.")
                         .arg(shownPath),
                     file.errorString()};
    return {};
}

} // namespace xj
