// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/docx/DocxBodyWriter.h"

#include "report/ReportLogging.h"
#include "report/docx/DocxDrawing.h"
#include "report/docx/DocxImage.h"
#include "report/docx/DocxStyleSheet.h"
#include "report/docx/DocxUnits.h"

#include <algorithm>
#include <numeric>

namespace xj {

namespace {

/// A one-point line: tall enough for Word to keep the paragraph, too small to see.
constexpr int HairlineTwips = 20;

int textBlockWidthTwips(const DocumentStyle &style)
{
    return DocxUnits::twipsFromMm(style.pageSizeMm().width() - style.marginsMm().left() -
                                  style.marginsMm().right());
}

} // namespace

DocxBodyWriter::DocxBodyWriter(const DocumentStyle &style)
    : m_style(style)
{}

bool DocxBodyWriter::isLinkable(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    if (scheme == QLatin1String("file"))
        return !url.path().isEmpty();
    return false;
}

QByteArray DocxBodyWriter::write(const ReportDocument &document)
{
    m_xml.start("w:document");
    m_xml.attribute("xmlns:w", DocxXmlWriter::WordNamespace);
    m_xml.attribute("xmlns:r", DocxXmlWriter::RelationshipsNamespace);
    m_xml.attribute("xmlns:wp", DocxDrawing::WordDrawingNamespace);
    m_xml.attribute("xmlns:a", DocxDrawing::DrawingNamespace);
    m_xml.attribute("xmlns:pic", DocxDrawing::PictureNamespace);
    m_xml.start("w:body");
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        const ReportBlock &block = document.blocks.at(i);
        if (const auto *paragraph = std::get_if<ReportParagraph>(&block)) {
            writeParagraph(*paragraph);
        } else if (const auto *table = std::get_if<ReportTable>(&block)) {
            writeTable(*table);
            const bool last = i + 1 == document.blocks.size();
            if (last || std::holds_alternative<ReportTable>(document.blocks.at(i + 1)))
                writeEmptyParagraph(last);
        } else {
            writePageBreak();
        }
    }
    // Word reports an empty body as damaged.
    if (document.blocks.isEmpty())
        writeEmptyParagraph(false);
    writeSectionProperties();
    m_xml.end(); // w:body
    m_xml.end(); // w:document
    return m_xml.finish();
}

void DocxBodyWriter::writeParagraph(const ReportParagraph &paragraph)
{
    m_xml.start("w:p");
    m_xml.start("w:pPr");
    m_xml.val("w:pStyle", DocxStyleSheet::styleId(paragraph.role));
    m_xml.end();
    // The rule is drawn by its style's border; any text would sit on top of the line.
    if (paragraph.role != BlockRole::Rule && !paragraph.text.isEmpty())
        writeRun(paragraph.text);
    m_xml.end();
}

void DocxBodyWriter::writePageBreak()
{
    // The break paragraph's own line lands at the top of the next page; a hairline keeps it from
    // pushing that page's first line down.
    m_xml.start("w:p");
    writeHairlineProperties();
    m_xml.start("w:r");
    m_xml.empty("w:br");
    m_xml.attribute("w:type", "page");
    m_xml.end();
    m_xml.end();
}

void DocxBodyWriter::writeHairlineProperties()
{
    // A paragraph with no space around it and a line too thin to see: it separates or breaks
    // without moving the text around it.
    m_xml.start("w:pPr");
    m_xml.empty("w:spacing");
    m_xml.attribute("w:before", "0");
    m_xml.attribute("w:after", "0");
    m_xml.number("w:line", HairlineTwips);
    m_xml.attribute("w:lineRule", "exact");
    m_xml.end();
}

void DocxBodyWriter::writeEmptyParagraph(bool hairline)
{
    m_xml.start("w:p");
    if (hairline) {
        writeHairlineProperties();
    }
    m_xml.end();
}

void DocxBodyWriter::writeRun(const QString &text, const char *characterStyle)
{
    m_xml.start("w:r");
    if (characterStyle) {
        m_xml.start("w:rPr");
        m_xml.val("w:rStyle", characterStyle);
        m_xml.end();
    }
    QString pending;
    auto flush = [this, &pending] {
        if (pending.isEmpty())
            return;
        m_xml.start("w:t");
        m_xml.attribute("xml:space", "preserve");
        m_xml.text(pending);
        m_xml.end();
        pending.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            flush();
            m_xml.empty("w:br");
        } else if (c == QLatin1Char('\t')) {
            flush();
            m_xml.empty("w:tab");
        } else {
            pending.append(c);
        }
    }
    flush();
    m_xml.end();
}

QList<int> DocxBodyWriter::columnWidths(const ReportTable &table, int columns) const
{
    QList<double> relative;
    for (int c = 0; c < columns; ++c) {
        const double w = table.widths.value(c, 1);
        relative.append(w > 0 ? w : 1);
    }
    const double sum = std::accumulate(relative.begin(), relative.end(), 0.0);
    const int total = textBlockWidthTwips(m_style);
    QList<int> widths;
    int used = 0;
    for (int c = 0; c < columns; ++c) {
        // The last column takes the rounding remainder, so the table is exactly the text width.
        const int w = c + 1 == columns ? total - used : qRound(total * relative.at(c) / sum);
        widths.append(w);
        used += w;
    }
    return widths;
}

void DocxBodyWriter::writeTable(const ReportTable &table)
{
    qsizetype columns = table.headers.size();
    for (const QList<ReportCell> &row : table.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return;
    const QList<int> widths = columnWidths(table, int(columns));

    m_xml.start("w:tbl");
    m_xml.start("w:tblPr");
    m_xml.empty("w:tblW");
    m_xml.number("w:w", textBlockWidthTwips(m_style));
    m_xml.attribute("w:type", "dxa");
    m_xml.val("w:jc", "center");
    m_xml.start("w:tblBorders");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        m_xml.empty(side);
        m_xml.attribute("w:val", "single");
        m_xml.attribute("w:sz", "4"); // half a point
        m_xml.attribute("w:space", "0");
        m_xml.attribute("w:color", "000000");
    }
    m_xml.end();
    // Fixed layout: the widths the report chose, not ones Word derives from the longest URL.
    m_xml.empty("w:tblLayout");
    m_xml.attribute("w:type", "fixed");
    m_xml.start("w:tblCellMar");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        const bool horizontal = side[2] == 'l' || side[2] == 'r';
        m_xml.empty(side);
        m_xml.number("w:w", horizontal ? CellMarginTwips : 0);
        m_xml.attribute("w:type", "dxa");
    }
    m_xml.end();
    m_xml.end(); // w:tblPr

    m_xml.start("w:tblGrid");
    for (int w : widths) {
        m_xml.empty("w:gridCol");
        m_xml.number("w:w", w);
    }
    m_xml.end();

    if (!table.headers.isEmpty()) {
        QList<ReportCell> headerCells;
        for (const QString &header : table.headers)
            headerCells.append(ReportCell{header, {}, {}});
        writeRow(headerCells, widths, true, 0);
    }
    for (const QList<ReportCell> &row : table.rows)
        writeRow(row, widths, false, table.minimumRowHeightMm);
    m_xml.end(); // w:tbl
}

void DocxBodyWriter::writeRow(const QList<ReportCell> &cells, const QList<int> &widths, bool header,
                              double minimumHeightMm)
{
    m_xml.start("w:tr");
    m_xml.start("w:trPr");
    // A row never breaks across pages: half a finding on each page is hard to read and to cite.
    m_xml.empty("w:cantSplit");
    if (minimumHeightMm > 0) {
        m_xml.empty("w:trHeight");
        m_xml.number("w:val", DocxUnits::twipsFromMm(minimumHeightMm));
        m_xml.attribute("w:hRule", "atLeast");
    }
    if (header)
        m_xml.empty("w:tblHeader");
    m_xml.end();
    // Short rows are padded: Word and WPS misdraw rows with fewer cells than the grid.
    for (qsizetype c = 0; c < widths.size(); ++c)
        writeCell(cells.value(c), widths.at(c), header);
    m_xml.end();
}

void DocxBodyWriter::writeCell(const ReportCell &cell, int widthTwips, bool header)
{
    const char *style = header ? DocxStyleSheet::TableHeaderId : DocxStyleSheet::TableTextId;
    m_xml.start("w:tc");
    m_xml.start("w:tcPr");
    m_xml.empty("w:tcW");
    m_xml.number("w:w", widthTwips);
    m_xml.attribute("w:type", "dxa");
    m_xml.val("w:vAlign", "center");
    m_xml.end();

    const std::optional<Picture> image = cell.imagePath.isEmpty() ? std::nullopt : picture(cell.imagePath);
    const bool linked = !header && isLinkable(cell.link);
    if (!cell.link.isEmpty() && !linked)
        qCDebug(lcReport) << "link left out of the Word file:" << cell.link;
    const QString text = cell.text.isEmpty() && linked ? cell.link.toDisplayString() : cell.text;
    // Every cell needs a paragraph; a picture-only cell gets just the picture's.
    if (!text.isEmpty() || !image) {
        m_xml.start("w:p");
        m_xml.start("w:pPr");
        m_xml.val("w:pStyle", style);
        m_xml.end();
        if (linked) {
            m_xml.start("w:hyperlink");
            m_xml.attribute("r:id", hyperlinkId(cell.link));
            m_xml.attribute("w:history", "1");
            writeRun(text, DocxStyleSheet::HyperlinkId);
            m_xml.end();
        } else if (!text.isEmpty()) {
            writeRun(text);
        }
        m_xml.end();
    }
    if (image)
        writePicture(*image, text, widthTwips);
    m_xml.end(); // w:tc
}

QString DocxBodyWriter::hyperlinkId(const QUrl &url)
{
    const QString target = url.toString(QUrl::FullyEncoded);
    auto known = m_links.constFind(target);
    if (known != m_links.constEnd())
        return known.value();
    const QString id = QStringLiteral("rIdLink%1").arg(m_links.size() + 1);
    m_links.insert(target, id);
    m_relationships.append(DocxRelationship{id, QStringLiteral("hyperlink"), target, true});
    return id;
}

std::optional<DocxBodyWriter::Picture> DocxBodyWriter::picture(const QString &path)
{
    auto known = m_pictures.constFind(path);
    if (known != m_pictures.constEnd())
        return known.value();
    std::optional<Picture> result;
    if (const std::optional<DocxImage> image = DocxImage::load(path)) {
        const qsizetype n = m_media.size() + 1;
        const QString name = QStringLiteral("media/image%1.%2").arg(n).arg(image->extension());
        const QString id = QStringLiteral("rIdImage%1").arg(n);
        m_media.append(DocxMediaPart{name, image->data()});
        m_relationships.append(DocxRelationship{id, QStringLiteral("image"), name, false});
        result = Picture{id, image->pixelSize()};
    }
    m_pictures.insert(path, result);
    return result;
}

void DocxBodyWriter::writePicture(const Picture &picture, const QString &description, int columnTwips)
{
    const qint64 available = std::max(columnTwips - 2 * CellMarginTwips, 20) * DocxUnits::EmuPerTwip;
    const DocxDrawing::Extent extent =
        DocxDrawing::fit(picture.pixels, available, DocxUnits::emuFromMm(MaxPictureHeightMm));
    const int id = ++m_drawingId;

    m_xml.start("w:p");
    m_xml.start("w:pPr");
    m_xml.val("w:pStyle", DocxStyleSheet::TableTextId);
    // The table text's exact line height would cut the picture off at one line.
    m_xml.empty("w:spacing");
    m_xml.number("w:before", 57);
    m_xml.number("w:after", 57);
    m_xml.number("w:line", 240);
    m_xml.attribute("w:lineRule", "auto");
    m_xml.val("w:jc", "center");
    m_xml.end();
    m_xml.start("w:r");
    DocxDrawing::writeInline(m_xml, id, picture.relationshipId, extent, description);
    m_xml.end(); // w:r
    m_xml.end(); // w:p
}

void DocxBodyWriter::writeSectionProperties()
{
    const QSizeF page = m_style.pageSizeMm();
    const QMarginsF margins = m_style.marginsMm();
    m_xml.start("w:sectPr");
    // "default" is the odd-page footer once settings.xml turns on different odd and even pages.
    m_xml.empty("w:footerReference");
    m_xml.attribute("w:type", "default");
    m_xml.attribute("r:id", DocxPackageParts::FooterOddId);
    if (m_style.pageNumberOutside()) {
        m_xml.empty("w:footerReference");
        m_xml.attribute("w:type", "even");
        m_xml.attribute("r:id", DocxPackageParts::FooterEvenId);
    }
    m_xml.empty("w:pgSz");
    m_xml.number("w:w", DocxUnits::twipsFromMm(page.width()));
    m_xml.number("w:h", DocxUnits::twipsFromMm(page.height()));
    m_xml.empty("w:pgMar");
    m_xml.number("w:top", DocxUnits::twipsFromMm(margins.top()));
    m_xml.number("w:right", DocxUnits::twipsFromMm(margins.right()));
    m_xml.number("w:bottom", DocxUnits::twipsFromMm(margins.bottom()));
    m_xml.number("w:left", DocxUnits::twipsFromMm(margins.left()));
    m_xml.number("w:header", DocxUnits::twipsFromMm(15));
    m_xml.number("w:footer", DocxPackageParts::footerDistanceTwips(m_style));
    m_xml.attribute("w:gutter", "0");
    m_xml.empty("w:cols");
    m_xml.attribute("w:space", "425");
    // The line pitch without a grid type: Word's "lines" then mean the 公文 line, but nothing snaps
    // to a grid, which LibreOffice would lay out differently.
    m_xml.empty("w:docGrid");
    m_xml.number("w:linePitch", DocxUnits::twipsFromPt(m_style.lineSpacingPt()));
    m_xml.end();
}

} // namespace xj
