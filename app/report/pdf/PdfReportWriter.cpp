// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/PdfReportWriter.h"

#include "report/ReportLogging.h"
#include "report/pdf/ReportPagePainter.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QSet>

namespace xj {

namespace {

/// CJK radicals and strokes: CJK fonts draw many of them with the glyph of an ordinary ideograph.
bool isRadical(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF);
}

/// For each radical, the unified ideograph drawn with the same glyph: the Kangxi radicals
/// decompose to it (NFKC); for the others the fonts themselves say which ideograph shares it.
QHash<char16_t, char16_t> ideographsFor(QSet<char16_t> radicals, const QStringList &families)
{
    QHash<char16_t, char16_t> result;
    for (auto it = radicals.begin(); it != radicals.end();) {
        const QString n = QString(QChar(*it)).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1 && n.at(0).unicode() >= 0x4E00) {
            result.insert(*it, n.at(0).unicode());
            it = radicals.erase(it);
        } else {
            ++it;
        }
    }
    if (radicals.isEmpty())
        return result;
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs.append(QChar(c));
    for (const QString &family : families) {
        const QRawFont font = QRawFont::fromFont(QFont(family));
        if (!font.isValid())
            continue;
        const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), char16_t(0x4E00 + i));
        }
        for (auto it = radicals.begin(); it != radicals.end();) {
            const quint32 glyph = font.glyphIndexesForString(QString(QChar(*it))).value(0);
            if (glyph != 0 && byGlyph.contains(glyph)) {
                result.insert(*it, byGlyph.value(glyph));
                it = radicals.erase(it);
            } else {
                ++it;
            }
        }
    }
    return result;
}

/// The four-hex-digit values of the ToUnicode CMaps that are text, as offsets into the PDF: every
/// value of a "[…]" list, and the target of a one-glyph range. A range mapping several glyphs to
/// consecutive code points is left alone; a radical never starts one in practice.
QList<qsizetype> unicodeValueOffsets(const QByteArray &pdf)
{
    QList<qsizetype> offsets;
    qsizetype at = 0;
    while ((at = pdf.indexOf("beginbfrange\n", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", at);
        if (end < 0)
            break;
        qsizetype line = pdf.indexOf('\n', at) + 1;
        while (line > 0 && line < end) {
            const qsizetype lineEnd = std::min(pdf.indexOf('\n', line), end);
            const QByteArray text = pdf.mid(line, lineEnd - line);
            const qsizetype list = text.indexOf('[');
            if (list >= 0) {
                for (qsizetype v = text.indexOf('<', list); v >= 0; v = text.indexOf('<', v + 1)) {
                    if (v + 5 < text.size() && text.at(v + 5) == '>')
                        offsets.append(line + v + 1);
                }
            } else if (text.size() == 20 && text.mid(1, 4) == text.mid(8, 4)) { // "<g> <g> <u>"
                offsets.append(line + 15);
            }
            line = lineEnd + 1;
        }
        at = end;
    }
    return offsets;
}

/// Qt's PDF engine maps every glyph back to the lowest code point the font gives it, and CJK fonts
/// give the glyph of 示 to the radical ⽰ (U+2F70) as well, so text copied or searched in the PDF
/// would hold radicals. Rewrites those values in place with the ideograph; the replacement has
/// the same length, so no offset in the file moves.
void fixCjkToUnicode(QByteArray &pdf, const QStringList &families)
{
    const QList<qsizetype> offsets = unicodeValueOffsets(pdf);
    QSet<char16_t> radicals;
    for (qsizetype offset : offsets) {
        bool ok = false;
        const auto c = char16_t(pdf.mid(offset, 4).toUInt(&ok, 16));
        if (ok && isRadical(c))
            radicals.insert(c);
    }
    if (radicals.isEmpty())
        return;
    const QHash<char16_t, char16_t> ideographs = ideographsFor(radicals, families);
    for (qsizetype offset : offsets) {
        const auto c = char16_t(pdf.mid(offset, 4).toUInt(nullptr, 16));
        if (const auto it = ideographs.constFind(c); it != ideographs.constEnd())
            pdf.replace(offset, 4, QByteArray::number(uint(it.value()), 16).toUpper().rightJustified(4, '0'));
    }
    qCDebug(lcReport) << "ToUnicode: replaced" << ideographs.size() << "radicals by ideographs";
}

} // namespace

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
    QByteArray pdf = buffer.buffer();
    buffer.close();
    QStringList families;
    for (const QString &id : pages.style().fontClassIds())
        families.append(pages.style().resolvedFamily(id));
    families.removeDuplicates();
    fixCjkToUnicode(pdf, families);

    if (file.write(pdf) != pdf.size() || !file.commit())
        return Error{tr("The PDF file %1 could not be saved. Check that the disk is not full and try again.")
                         .arg(shownPath),
                     file.errorString()};
    return {};
}

} // namespace xj
