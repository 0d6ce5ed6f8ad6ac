// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/docx/DocxReportWriter.h"

#include "core/ZipWriter.h"
#include "report/ReportLogging.h"
#include "report/docx/DocxBodyWriter.h"
#include "report/docx/DocxPackageParts.h"
#include "report/docx/DocxStyleSheet.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace xj {

namespace {

struct Part
{
    QString name;
    QByteArray data;
    ZipWriter::Compression compression = ZipWriter::Compression::Deflate;
};

} // namespace

Status DocxReportWriter::write(const ReportDocument &document, const DocumentStyle &style,
                               const QString &path)
{
    const QString target = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Error{tr("%1 is a folder. Choose a file name for the Word file.").arg(target), {}};
    // Everything is built in memory first, so a failure while writing costs no half-made file.
    DocxBodyWriter body(style);
    const QByteArray documentXml = body.write(document);
    const DocxStyleSheet styles(style);

    // [Content_Types].xml first: some readers sniff the package type from the first entry.
    QList<Part> parts{
        {QStringLiteral("[Content_Types].xml"), DocxPackageParts::contentTypes(body.media())},
        {QStringLiteral("_rels/.rels"), DocxPackageParts::packageRelationships()},
        {QStringLiteral("docProps/core.xml"),
         DocxPackageParts::coreProperties(document, QDateTime::currentDateTimeUtc())},
        {QStringLiteral("docProps/app.xml"), DocxPackageParts::appProperties()},
        {QStringLiteral("word/document.xml"), documentXml},
        {QStringLiteral("word/styles.xml"), styles.stylesXml()},
        {QStringLiteral("word/fontTable.xml"), styles.fontTableXml()},
        {QStringLiteral("word/settings.xml"), DocxPackageParts::settings(style)},
        {QStringLiteral("word/footer1.xml"), DocxPackageParts::footer(style, false)},
        {QStringLiteral("word/footer2.xml"), DocxPackageParts::footer(style, true)},
        {QStringLiteral("word/_rels/document.xml.rels"),
         DocxPackageParts::documentRelationships(body.relationships())},
    };
    // PNG and JPEG are compressed already; deflating them again only costs time.
    for (const DocxMediaPart &media : body.media())
        parts.append({QStringLiteral("word/") + media.name, media.data, ZipWriter::Compression::Store});

    // A sibling file renamed at the end: an existing notice is replaced only by a complete one.
    const QString partial = path + QStringLiteral(".part");
    {
        ZipWriter zip;
        if (Status opened = zip.open(partial); !opened)
            return Error{tr("The Word file %1 cannot be created. Check that the folder exists and that you "
                            "may write to it.")
                             .arg(target),
                         opened.error().fullText()};
        for (const Part &part : std::as_const(parts)) {
            if (Status added = zip.add(part.name, part.data, part.compression); !added)
                return Error{tr("Writing the Word file %1 failed. Check the free disk space and try again.")
                                 .arg(target),
                             added.error().fullText()};
        }
        if (Status closed = zip.close(); !closed)
            return Error{
                tr("Writing the Word file %1 failed. Check the free disk space and try again.").arg(target),
                closed.error().fullText()};
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Error{tr("The Word file %1 exists and cannot be replaced. Close it in Word or WPS, or choose "
                        "another name, and export again.")
                         .arg(target),
                     {}};
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{
            tr("The Word file %1 cannot be created. Check that you may write to its folder.").arg(target),
            {}};
    }
    qCDebug(lcReport) << "Word file written:" << target << parts.size() << "parts," << body.media().size()
                      << "pictures";
    return {};
}

} // namespace xj
