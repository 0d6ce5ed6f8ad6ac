// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/ReportTextDocument.h"

#include "report/ReportLogging.h"
#include "report/pdf/PictureLoader.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace xj {

namespace {

constexpr double TableBorderPt = 0.5;
constexpr double CellPaddingMm = 1.2;
/// GB/T 9704-2012 7.2.4: the red separator line sits 4 mm below the document number.
constexpr double RuleGapMm = 4;

/// The table's columns: as many as its widest row, header or width list.
int columnCount(const ReportTable &table)
{
    qsizetype columns = std::max(table.headers.size(), table.widths.size());
    for (const QList<ReportCell> &row : table.rows)
        columns = std::max(columns, row.size());
    return int(columns);
}

/// Each column's share of the table's width; a missing or non-positive relative width counts as
/// the average of the others.
QList<double> columnShares(const ReportTable &table, int columns)
{
    double sum = 0;
    int known = 0;
    for (double w : table.widths) {
        if (w > 0) {
            sum += w;
            ++known;
        }
    }
    const double fallback = known > 0 ? sum / known : 1;
    QList<double> widths;
    for (int c = 0; c < columns; ++c)
        widths.append(table.widths.value(c) > 0 ? table.widths.value(c) : fallback);
    const double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    for (double &w : widths)
        w /= total;
    return widths;
}

/// The room for a picture in a cell, in layout units: a little less than the column's inside,
/// so that a picture never makes Qt widen its column.
double cellContentWidth(double share, double textWidth)
{
    return textWidth * share - 2 * ReportTextDocument::mmToLayout(CellPaddingMm) -
           ReportTextDocument::ptToLayout(TableBorderPt) - 2;
}

/// Qt multiplies some lengths of a text format — fixed line heights, top margins, table borders
/// and padding, image sizes — by the layout device's resolution over the screen's logical
/// resolution, which differs between machines, while it takes others (indents, letter spacing)
/// as layout units. Measure the factor on a scratch document rather than assume the screen's, so
/// that 28.95 pt is 28.95 pt on every machine and in every thread.
double measureFormatScale(QPaintDevice *device)
{
    QTextDocument probe;
    probe.setUndoRedoEnabled(false);
    probe.documentLayout()->setPaintDevice(device);
    QTextCursor cursor(&probe);
    QTextBlockFormat format;
    format.setLineHeight(100, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(format);
    cursor.insertText(QStringLiteral("x") + QChar(QChar::LineSeparator) + QStringLiteral("x"));
    probe.pageCount(); // finishes the layout
    const QTextLayout *layout = probe.firstBlock().layout();
    const double pitch = layout->lineCount() == 2 ? layout->lineAt(1).y() - layout->lineAt(0).y() : 0;
    return pitch > 0 ? pitch / 100 : 1;
}

/// Fills a QTextDocument block by block. Space after a paragraph and page breaks are carried to
/// the next block or table: Qt honours top margins and "break before" reliably, bottom margins
/// only on tables.
class Builder
{
public:
    Builder(QTextDocument *document, const DocumentStyle &style, QSizeF textBlock, double formatScale,
            QHash<QString, PrintPicture> pictures);

    void add(const ReportParagraph &paragraph);
    void add(const ReportTable &table);
    void add(const ReportPageBreak &);
    /// Headings, captions and the signature, which must not end a page.
    const QList<QTextBlock> &keptWithNext() const { return m_keepWithNext; }

private:
    double advance(const TextStyle &style) const;
    double letterSpacing(const TextStyle &style) const;
    double linePitch(const TextStyle &style) const;
    double documentPitch() const { return ReportTextDocument::ptToLayout(m_style.lineSpacingPt()); }
    QTextCharFormat charFormat(const TextStyle &style) const;
    QTextBlockFormat blockFormat(const TextStyle &style) const;
    /// Moves to a new block (or the empty one the cursor is in) with these formats, taking the
    /// pending space and page break.
    void startBlock(QTextBlockFormat block, const QTextCharFormat &chars, double spaceBeforeLayout);
    /// Prepares a table frame format with the pending space and page break.
    void takePending(QTextFrameFormat &format, double spaceBeforeLayout);
    QTextTable *insertTable(int rows, int columns, QTextTableFormat format, double spaceBeforeLayout);
    void addRule();
    void fillCell(QTextTable *table, int row, int column, const ReportCell &cell, const TextStyle &style,
                  double contentWidth, double minimumHeight, bool padWithLines, bool header);
    /// The resource name of a picture, added to the document on first use; empty when it could
    /// not be read.
    QString picture(const QString &path, double width, QSizeF *size);

    QTextDocument *m_document;
    const DocumentStyle &m_style;
    QTextCursor m_cursor;
    QSizeF m_textBlock;
    double m_scale;
    double m_gridPitch = 0; ///< the width of one character of body text on the 28-a-line grid
    bool m_blockFree = true;
    bool m_started = false;
    bool m_breakPending = false;
    double m_spacePending = 0;
    QHash<QString, PrintPicture> m_pictures; ///< decoded up front, by PictureLoader::key
    QHash<QString, QString> m_resources;     ///< picture key → resource name
    QList<QTextBlock> m_keepWithNext;
    std::optional<BlockRole> m_lastRole; ///< of the paragraph just added; none after a table
    QTextBlock m_lastBlock;
    QTextTable *m_tableAbove = nullptr; ///< the table right before the cursor's free block
};

Builder::Builder(QTextDocument *document, const DocumentStyle &style, QSizeF textBlock, double formatScale,
                 QHash<QString, PrintPicture> pictures)
    : m_document(document)
    , m_style(style)
    , m_cursor(document)
    , m_textBlock(textBlock)
    , m_scale(formatScale)
    , m_pictures(std::move(pictures))
{
    // GB/T 9704: 28 characters of 3号 text fill a 156 mm line. 28 × 16 pt is 158 mm, so, as Word's
    // character grid does, body-size text is set a fraction of a point tighter.
    const double bodySize = ReportTextDocument::ptToLayout(style.style(BlockRole::Body).sizePt);
    const int perLine = std::max(1, int(std::lround(textBlock.width() / bodySize)));
    m_gridPitch = textBlock.width() / perLine;
}

double Builder::letterSpacing(const TextStyle &style) const
{
    const TextStyle &body = m_style.style(BlockRole::Body);
    if (std::abs(style.sizePt - body.sizePt) > 0.01)
        return 0;
    // Qt keeps spacing in 1/64 units; round down so the 28th character still fits.
    const double spacing = m_gridPitch - ReportTextDocument::ptToLayout(style.sizePt);
    return std::floor(spacing * 64) / 64;
}

double Builder::advance(const TextStyle &style) const
{
    return ReportTextDocument::ptToLayout(style.sizePt) + letterSpacing(style);
}

double Builder::linePitch(const TextStyle &style) const
{
    return ReportTextDocument::ptToLayout(style.lineSpacingPt > 0 ? style.lineSpacingPt
                                                                  : m_style.lineSpacingPt());
}

QTextCharFormat Builder::charFormat(const TextStyle &style) const
{
    QFont font = ReportTextDocument::pdfSafe(m_style.font(style));
    if (const double spacing = letterSpacing(style); spacing != 0)
        font.setLetterSpacing(QFont::AbsoluteSpacing, spacing);
    QTextCharFormat format;
    format.setFont(font, QTextCharFormat::FontPropertiesAll);
    format.setForeground(style.color);
    return format;
}

QTextBlockFormat Builder::blockFormat(const TextStyle &style) const
{
    QTextBlockFormat format;
    // Qt justifies a line without spaces by spreading its letters, which tears an address such as
    // "h t t p ://" apart. Chinese text on the 28-character grid fills its lines anyway, so the PDF
    // sets justified paragraphs flush left; Word files keep 两端对齐.
    format.setAlignment(style.alignment == Qt::AlignJustify ? Qt::AlignLeft : style.alignment);
    format.setLineHeight(linePitch(style) / m_scale, QTextBlockFormat::FixedHeight);
    format.setTextIndent(style.indentChars * advance(style));
    format.setRightMargin(style.rightIndentChars * advance(style));
    return format;
}

void Builder::startBlock(QTextBlockFormat block, const QTextCharFormat &chars, double spaceBeforeLayout)
{
    const double space = (m_spacePending + spaceBeforeLayout) / m_scale;
    if (m_tableAbove) {
        // Qt ignores the top margin of a block that follows a table; the table's bottom margin
        // makes the same space.
        QTextTableFormat format = m_tableAbove->format();
        format.setBottomMargin(space);
        m_tableAbove->setFormat(format);
        m_tableAbove = nullptr;
    } else {
        block.setTopMargin(space);
    }
    if (m_breakPending)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_spacePending = 0;
    m_breakPending = false;
    if (m_blockFree) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
    } else {
        m_cursor.insertBlock(block, chars);
    }
    m_blockFree = false;
    m_started = true;
}

void Builder::takePending(QTextFrameFormat &format, double spaceBeforeLayout)
{
    format.setTopMargin((m_spacePending + spaceBeforeLayout) / m_scale);
    if (m_breakPending)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_spacePending = 0;
    m_breakPending = false;
    m_started = true;
}

void Builder::add(const ReportParagraph &paragraph)
{
    if (paragraph.role == BlockRole::Rule) {
        addRule();
        return;
    }
    const TextStyle &style = m_style.style(paragraph.role);
    const QTextCharFormat chars = charFormat(style);
    startBlock(blockFormat(style), chars, style.spaceBeforeLines * documentPitch());
    // A line break inside a paragraph stays in the paragraph: a new block would repeat its spacing.
    QString text = paragraph.text;
    text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    m_cursor.insertText(text, chars);
    m_spacePending = style.spaceAfterLines * documentPitch();
    switch (paragraph.role) {
    case BlockRole::Title:
    case BlockRole::Addressee:
    case BlockRole::Heading1:
    case BlockRole::Heading2:
    case BlockRole::Caption:
        m_keepWithNext.append(m_cursor.block());
        break;
    case BlockRole::Signature:
        // GB/T 9704 7.3.5: the signature never stands on a page without text, so the paragraph
        // above it goes along when it has to move.
        if (m_lastRole == BlockRole::Body && m_lastBlock.isValid() && !m_keepWithNext.contains(m_lastBlock))
            m_keepWithNext.append(m_lastBlock);
        m_keepWithNext.append(m_cursor.block());
        break;
    default:
        break;
    }
    m_lastRole = paragraph.role;
    m_lastBlock = m_cursor.block();
}

void Builder::add(const ReportPageBreak &)
{
    // A break before anything would leave page 1 blank; two in a row do ask for a blank page.
    if (!m_started)
        return;
    if (m_breakPending) {
        const TextStyle &body = m_style.style(BlockRole::Body);
        startBlock(blockFormat(body), charFormat(body), 0);
    }
    m_breakPending = true;
    m_spacePending = 0;
}

QTextTable *Builder::insertTable(int rows, int columns, QTextTableFormat format, double spaceBeforeLayout)
{
    // Qt lays out an empty block right before a table as nothing, so a table can follow any
    // paragraph without an extra line; the block after it becomes the next paragraph.
    if (!m_blockFree)
        m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    takePending(format, spaceBeforeLayout);
    QTextTable *table = m_cursor.insertTable(rows, columns, format);
    m_lastRole.reset();
    m_tableAbove = table;
    m_cursor.movePosition(QTextCursor::End);
    m_blockFree = true;
    return table;
}

void Builder::addRule()
{
    // A one-cell table with a red background as tall as the rule: a table because Qt paints cell
    // backgrounds as filled rectangles (a vector bar in the PDF) and paginates tables like text.
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setMargin(0);
    format.setBackground(m_style.ruleColor());
    QTextTable *table = insertTable(1, 1, format, ReportTextDocument::mmToLayout(RuleGapMm));
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat bar;
    bar.setLineHeight(ReportTextDocument::ptToLayout(m_style.ruleThicknessPt()) / m_scale,
                      QTextBlockFormat::FixedHeight);
    cell.setBlockFormat(bar);
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    cell.setBlockCharFormat(tiny);
}

void Builder::add(const ReportTable &table)
{
    const int columns = columnCount(table);
    const int headerRows = table.headers.isEmpty() ? 0 : 1;
    const int rows = headerRows + int(table.rows.size());
    if (columns == 0 || rows == 0)
        return;
    const QList<double> shares = columnShares(table, columns);
    QList<QTextLength> constraints;
    for (double share : shares)
        constraints.append(QTextLength(QTextLength::PercentageLength, 100 * share));

    const double border = ReportTextDocument::ptToLayout(TableBorderPt);
    const double padding = ReportTextDocument::mmToLayout(CellPaddingMm);
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(constraints);
    format.setBorder(border / m_scale);
    format.setBorderBrush(QColor(Qt::black));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(padding / m_scale);
    format.setMargin(0);
    format.setAlignment(Qt::AlignHCenter);
    // Qt repeats these rows at the top of every page the table continues on.
    format.setHeaderRowCount(headerRows);
    QTextTable *textTable = insertTable(rows, int(columns), format, 0);

    QList<double> contentWidths;
    for (double share : shares)
        contentWidths.append(cellContentWidth(share, m_textBlock.width()));
    for (int c = 0; c < headerRows * columns; ++c)
        fillCell(textTable, 0, c, ReportCell{table.headers.value(c), {}, {}}, m_style.tableHeader(),
                 contentWidths.at(c), 0, false, true);
    const double minimumHeight =
        table.minimumRowHeightMm > 0
            ? ReportTextDocument::mmToLayout(table.minimumRowHeightMm) - 2 * padding - border
            : 0;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QList<ReportCell> &row = table.rows.at(r);
        bool anyEmpty = row.size() < columns;
        for (const ReportCell &cell : row)
            anyEmpty = anyEmpty || (cell.text.isEmpty() && cell.imagePath.isEmpty());
        for (int c = 0; c < columns; ++c)
            fillCell(textTable, headerRows + r, c, row.value(c), m_style.tableText(), contentWidths.at(c),
                     minimumHeight, minimumHeight > 0 && !anyEmpty && c == columns - 1, false);
    }
}

void Builder::fillCell(QTextTable *table, int row, int column, const ReportCell &cell, const TextStyle &style,
                       double contentWidth, double minimumHeight, bool padWithLines, bool header)
{
    QTextTableCell tableCell = table->cellAt(row, column);
    QTextCursor cursor = tableCell.firstCursorPosition();
    QTextBlockFormat block = blockFormat(style);
    const QTextCharFormat chars = charFormat(style);
    // A form (回执) needs room to write: an empty cell's only line is made as tall as the row must
    // be, and the row grows to it. Rows without an empty cell get blank lines in the last cell.
    const bool empty = cell.text.isEmpty() && cell.imagePath.isEmpty();
    if (empty && minimumHeight > 0)
        block.setLineHeight(std::max(minimumHeight, linePitch(style)) / m_scale,
                            QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(block);
    cursor.setBlockCharFormat(chars);

    bool hasContent = false;
    if (!cell.text.isEmpty()) {
        QTextCharFormat text = chars;
        // Printed notices stay black; the PDF still gets a clickable link annotation for the anchor.
        if (cell.link.isValid()) {
            text.setAnchor(true);
            text.setAnchorHref(cell.link.toString(QUrl::FullyEncoded));
        }
        QString value = cell.text;
        value.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        cursor.insertText(value, text);
        hasContent = true;
    }
    if (!cell.imagePath.isEmpty()) {
        QSizeF size;
        if (const QString name = picture(cell.imagePath, contentWidth, &size); !name.isEmpty()) {
            // No fixed line height here: the picture's line must grow to the picture.
            QTextBlockFormat pictureBlock;
            pictureBlock.setAlignment(Qt::AlignHCenter);
            if (hasContent) {
                pictureBlock.setTopMargin(ReportTextDocument::mmToLayout(1) / m_scale);
                cursor.insertBlock(pictureBlock, chars);
            } else {
                cursor.setBlockFormat(pictureBlock);
            }
            QTextImageFormat image;
            image.setName(name);
            image.setWidth(size.width() / m_scale);
            image.setHeight(size.height() / m_scale);
            cursor.insertImage(image);
            hasContent = true;
        }
    }
    if (padWithLines) {
        const int lines = int(std::ceil(minimumHeight / linePitch(style)));
        for (int i = 1; i < lines; ++i)
            cursor.insertBlock(blockFormat(style), chars);
    }

    // Last: the cell's format lives on the character that starts its first block, which setting
    // that block's character format above replaces.
    QTextTableCellFormat cellFormat = tableCell.format().toTableCellFormat();
    // Header labels are centred in their row. Body rows stay top-aligned: a row may continue on
    // the next page, and Qt centres a cell without regard to where the page breaks it.
    if (header)
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    // With collapsed borders Qt draws a cell that has a format of its own with that format's
    // borders only, so each cell carries the 0.5 pt rule.
    cellFormat.setBorder(ReportTextDocument::ptToLayout(TableBorderPt) / m_scale);
    cellFormat.setBorderBrush(QColor(Qt::black));
    cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableCell.setFormat(cellFormat);
}

QString Builder::picture(const QString &path, double width, QSizeF *size)
{
    const QString key = PictureLoader::key(path, width);
    const auto picture = m_pictures.constFind(key);
    if (picture == m_pictures.constEnd())
        return {};
    *size = picture->size;
    QString &name = m_resources[key];
    if (name.isEmpty()) {
        name = QStringLiteral("xj-picture:%1").arg(m_resources.size());
        m_document->addResource(QTextDocument::ImageResource, QUrl(name), picture->image);
    }
    return name;
}

/// The page a line of a block is printed on.
int pageOf(const QTextBlock &block, int line)
{
    const QTextDocument *document = block.document();
    const QTextLine textLine = block.layout()->lineAt(line);
    const double y =
        document->documentLayout()->blockBoundingRect(block).top() + textLine.y() + textLine.height() / 2;
    return int(y / document->pageSize().height());
}

int lastPageOf(const QTextBlock &block)
{
    return pageOf(block, block.layout()->lineCount() - 1);
}

/// The nearest block either way that prints something; skips the empty blocks Qt collapses
/// before tables and empty table cells.
QTextBlock contentBlock(QTextBlock block, bool forward)
{
    for (block = forward ? block.next() : block.previous(); block.isValid();
         block = forward ? block.next() : block.previous()) {
        if (block.length() > 1 && block.layout()->lineCount() > 0)
            return block;
    }
    return {};
}

/// Qt has no "keep with next": when a heading, a caption or the signature is the last thing on
/// its page, start its page one block earlier — together with the headings right above it — so
/// it stays with what it introduces. Top to bottom, as every move shifts what follows.
void keepWithNext(const QList<QTextBlock> &blocks)
{
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QTextBlock &block = blocks.at(i);
        const QTextBlock next = contentBlock(block, true);
        if (block.layout()->lineCount() == 0 || !next.isValid())
            continue;
        const int page = lastPageOf(block);
        if (pageOf(next, 0) <= page)
            continue;
        QTextBlock first = block;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const QTextBlock &previous = blocks.at(j);
            if (contentBlock(previous, true) != first || pageOf(previous, 0) != page ||
                lastPageOf(previous) != page)
                break;
            first = previous;
        }
        // Nothing above it on the page: moving it would only leave an empty page.
        const QTextBlock above = contentBlock(first, false);
        if (pageOf(first, 0) != page || !above.isValid() || lastPageOf(above) != page)
            continue;
        QTextBlockFormat format = first.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(format);
    }
}

} // namespace

ReportTextDocument::ReportTextDocument(const ReportDocument &document, const DocumentStyle &sharedStyle)
    : m_layoutDevice(1, 1, QImage::Format_RGB32)
    , m_document(std::make_unique<QTextDocument>())
{
    // DocumentStyle caches the font families it resolves; work on a copy of our own, so that
    // exports in several threads never write to one cache.
    const DocumentStyle style = sharedStyle;
    const int dotsPerMeter = qRound(LayoutDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    const QSizeF page = style.pageSizeMm();
    const QMarginsF margins = style.marginsMm();
    m_textBlock = QSizeF(mmToLayout(page.width() - margins.left() - margins.right()),
                         mmToLayout(page.height() - margins.top() - margins.bottom()));

    m_document->setUndoRedoEnabled(false);
    // Glyph advances from the font's design, not hinted to the device, so the lines break the same
    // in the PDF and in the preview.
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(pdfSafe(style.font(style.style(BlockRole::Body))));
    m_document->setMetaInformation(QTextDocument::DocumentTitle, document.title);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document->setPageSize(m_textBlock);

    QList<PictureLoader::Request> pictures;
    for (const ReportBlock &block : document.blocks) {
        const auto *table = std::get_if<ReportTable>(&block);
        if (!table)
            continue;
        const QList<double> shares = columnShares(*table, columnCount(*table));
        for (const QList<ReportCell> &row : table->rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (!row.at(c).imagePath.isEmpty())
                    pictures.append(
                        {row.at(c).imagePath, cellContentWidth(shares.at(c), m_textBlock.width())});
            }
        }
    }
    Builder builder(m_document.get(), style, m_textBlock, measureFormatScale(&m_layoutDevice),
                    PictureLoader::load(pictures));
    // One edit block: the layout runs once at the end instead of after every insertion.
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    for (const ReportBlock &block : document.blocks)
        std::visit([&builder](const auto &b) { builder.add(b); }, block);
    edit.endEditBlock();
    keepWithNext(builder.keptWithNext());
}

ReportTextDocument::~ReportTextDocument() = default;

QFont ReportTextDocument::pdfSafe(QFont font)
{
    // Shaping swaps some glyphs for ones the font's character map does not name — Noto CJK's
    // digits inside Latin words, ligatures — and Qt's PDF engine then cannot say which characters
    // they are, so "col1001" would copy out of the PDF as "col". Latin needs no shaping.
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

int ReportTextDocument::pageCount() const
{
    return m_document->pageCount();
}

QSizeF ReportTextDocument::textBlockSize() const
{
    return m_textBlock;
}

} // namespace xj
