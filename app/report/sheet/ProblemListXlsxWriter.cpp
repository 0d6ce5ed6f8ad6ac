// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/sheet/ProblemListXlsxWriter.h"

#include "report/ReportLogging.h"
#include "report/sheet/ProblemListColumns.h"
#include "report/sheet/XlsxWorkbookFile.h"

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>
#include <xlsxwriter.h>

namespace xj {

namespace {

enum Column {
    NumberColumn,
    SiteColumn,
    UnitColumn,
    SiteCodeColumn,
    IndicatorColumn,
    JudgementColumn,
    DescriptionColumn,
    PageColumn,
    FoundColumn,
    StateColumn,
    InspectorColumn,
    ScreenshotColumn,
    ColumnCount
};

/// Widths in Excel's character units, wide enough for a typical value of each column; the
/// description wraps instead of growing.
constexpr double ColumnWidths[ScreenshotColumn] = {6, 22, 22, 14, 26, 10, 50, 40, 17, 10, 10};

constexpr int MaxSheetNameLength = LXW_SHEETNAME_MAX;
/// Excel's limits: longer links are refused, and a sheet holds at most this many links.
constexpr qsizetype MaxUrlLength = 2079;
constexpr int MaxUrlsPerSheet = LXW_MAX_NUMBER_URLS;
/// Excel's limit on the characters in one cell; libxlsxwriter refuses longer strings outright.
constexpr qsizetype MaxCellLength = 32767;
constexpr int ThumbnailPaddingPx = 4;
/// The height of one line of 11-point text in a row, in pixels.
constexpr int LinePx = 20;
/// 96 dpi: Excel and libxlsxwriter show a picture of this resolution at one pixel per pixel.
constexpr int ScreenDotsPerMeter = 3780;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *link = nullptr;
};

struct PlannedRow
{
    const ProblemListRow *row = nullptr;
    const ProblemListSheet *sheet = nullptr;
    int place = 0; ///< 1-based position within its site's sheet
};

struct PlannedSheet
{
    QString name;
    QList<PlannedRow> rows;
};

struct Thumbnail
{
    QByteArray png;
    QSize size;
};

/// At most `length` UTF-16 units, never cutting a surrogate pair in half.
QString truncated(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

/// A name Excel accepts, or empty when nothing usable is left of `name`.
QString cleanSheetName(QString name)
{
    for (QChar &c : name) {
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
        else if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    name = name.simplified();
    // Excel quotes sheet names with apostrophes in formulas, so a name may not start or end with one.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name = (name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1)).trimmed();
    return truncated(name, MaxSheetNameLength).trimmed();
}

/// The address to link to, percent-encoded as Excel stores it, when `text` is an http(s) URL that
/// Excel can take as a link.
std::optional<QByteArray> linkTarget(const QString &text)
{
    const QUrl url(text.trimmed());
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    QByteArray encoded = url.toEncoded();
    if (encoded.size() > MaxUrlLength)
        return std::nullopt;
    return encoded;
}

/// The thumbnail size of a picture: within the thumbnail box, never enlarged.
QSize fittedSize(QSize source)
{
    const double scale = std::min({1.0, double(ProblemListXlsxWriter::ThumbnailMaxWidthPx) / source.width(),
                                   double(ProblemListXlsxWriter::ThumbnailMaxHeightPx) / source.height()});
    return QSize(std::max(1, int(std::lround(source.width() * scale))),
                 std::max(1, int(std::lround(source.height() * scale))));
}

std::optional<Thumbnail> makeThumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize source = reader.size();
    // Decoded straight to the thumbnail size where the format allows: screenshots of whole pages
    // are many megapixels. A turned JPEG is scaled after reading, as the turn swaps the sides.
    if (source.isValid() && !source.isEmpty() &&
        reader.transformation() == QImageIOHandler::TransformationNone)
        reader.setScaledSize(fittedSize(source));
    QImage image = reader.read();
    if (image.isNull()) {
        qCWarning(lcReport) << "thumbnail left out of the problem list:" << QDir::toNativeSeparators(path)
                            << reader.errorString();
        return std::nullopt;
    }
    const QSize fitted = fittedSize(image.size());
    if (fitted != image.size())
        image = image.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image.setDotsPerMeterX(ScreenDotsPerMeter);
    image.setDotsPerMeterY(ScreenDotsPerMeter);
    Thumbnail thumbnail;
    QBuffer buffer(&thumbnail.png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        qCWarning(lcReport) << "thumbnail left out of the problem list, PNG encoding failed:"
                            << QDir::toNativeSeparators(path);
        return std::nullopt;
    }
    thumbnail.size = image.size();
    return thumbnail;
}

/// About how many lines `text` takes in a wrapped column `width` characters wide: Chinese
/// characters take two character widths. Excel sizes rows to wrapped text by itself, but not a row
/// whose height is set for a thumbnail, so such a row is made tall enough for its description too.
int estimatedLines(const QString &text, double width)
{
    const double usable = std::max(1.0, width - 2);
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        double units = 0;
        for (const QChar c : paragraph)
            units += c.unicode() >= 0x2E80 ? 2 : 1;
        lines += std::max(1, int(std::ceil(units / usable)));
    }
    return lines;
}

/// Writes the cells of one worksheet and keeps the first libxlsxwriter error, so that a long run of
/// writes can be checked once at the end.
struct SheetWriter
{
    lxw_worksheet *sheet = nullptr;
    Formats formats;
    int links = 0;
    lxw_error error = LXW_NO_ERROR;

    void check(lxw_error result)
    {
        if (result != LXW_NO_ERROR && error == LXW_NO_ERROR)
            error = result;
    }

    void text(int row, int column, const QString &value, lxw_format *format)
    {
        // Longer strings would be refused, leaving the cell empty; a cut text still shows the problem.
        const QByteArray utf8 = truncated(value, MaxCellLength).toUtf8();
        check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format));
    }

    void number(int row, int column, double value)
    {
        check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, formats.text));
    }

    void address(int row, int column, const QString &value)
    {
        const std::optional<QByteArray> target = linkTarget(value);
        if (target && links < MaxUrlsPerSheet) {
            const QByteArray shown = truncated(value, MaxCellLength).toUtf8();
            const lxw_error result =
                worksheet_write_url_opt(sheet, lxw_row_t(row), lxw_col_t(column), target->constData(),
                                        formats.link, shown.constData(), nullptr);
            if (result == LXW_NO_ERROR) {
                ++links;
                return;
            }
            // Escaping can still make a link too long for Excel; the address is then plain text.
            qCDebug(lcReport) << "page address written as text:" << lxw_strerror(result);
        }
        text(row, column, value, formats.text);
    }
};

void writeHeader(SheetWriter &writer, const QStringList &labels)
{
    for (int column = 0; column < ColumnCount; ++column)
        writer.text(0, column, labels.at(column), writer.formats.header);
}

/// The screenshot cell: a thumbnail in the cell, or words saying why there is none. Returns the
/// thumbnail's height in pixels, 0 without one.
int writeScreenshot(SheetWriter &writer, int row, const ProblemListRow &problem, int place)
{
    if (problem.screenshotPath.isEmpty()) {
        writer.text(row, ScreenshotColumn, {}, writer.formats.text);
        return 0;
    }
    const QString shownPath = QDir::toNativeSeparators(problem.screenshotPath);
    const std::optional<Thumbnail> thumbnail = makeThumbnail(problem.screenshotPath);
    if (!thumbnail) {
        const QString note = QFileInfo::exists(problem.screenshotPath)
                                 ? ProblemListXlsxWriter::tr("Picture cannot be read: %1").arg(shownPath)
                                 : ProblemListXlsxWriter::tr("Picture not found: %1").arg(shownPath);
        writer.text(row, ScreenshotColumn, note, writer.formats.wrapped);
        return 0;
    }
    writer.text(row, ScreenshotColumn, {}, writer.formats.text);
    QByteArray description = ProblemListXlsxWriter::tr("Screenshot of problem %1").arg(place).toUtf8();
    lxw_image_options options{};
    options.x_offset = ThumbnailPaddingPx;
    options.y_offset = ThumbnailPaddingPx;
    options.x_scale = 1;
    options.y_scale = 1;
    // Moved and sized with its cell, so a row hidden by the filter hides its picture too.
    options.object_position = LXW_OBJECT_MOVE_AND_SIZE;
    options.description = description.data();
    writer.check(
        worksheet_insert_image_buffer_opt(writer.sheet, lxw_row_t(row), lxw_col_t(ScreenshotColumn),
                                          reinterpret_cast<const unsigned char *>(thumbnail->png.constData()),
                                          size_t(thumbnail->png.size()), &options));
    return thumbnail->size.height();
}

void writeRow(SheetWriter &writer, int row, const PlannedRow &planned)
{
    const ProblemListRow &problem = *planned.row;
    writer.number(row, NumberColumn, ProblemListColumns::number(problem, planned.place));
    writer.text(row, SiteColumn, problem.siteName.isEmpty() ? planned.sheet->siteName : problem.siteName,
                writer.formats.text);
    writer.text(row, UnitColumn, problem.unitName, writer.formats.text);
    // A string, so a 网站标识码 keeps its leading zeros and never turns into 3.4E+09.
    writer.text(row, SiteCodeColumn, problem.siteCode, writer.formats.text);
    writer.text(row, IndicatorColumn, ProblemListColumns::indicator(problem), writer.formats.text);
    writer.text(row, JudgementColumn, problem.judgement, writer.formats.text);
    writer.text(row, DescriptionColumn, problem.description, writer.formats.wrapped);
    writer.address(row, PageColumn, problem.pageUrl);
    // Text rather than an Excel date: it reads the same in every program and sorts in time order.
    writer.text(row, FoundColumn, ProblemListColumns::found(problem), writer.formats.text);
    writer.text(row, StateColumn, problem.state, writer.formats.text);
    writer.text(row, InspectorColumn, problem.inspector, writer.formats.text);
    const int pictureHeight = writeScreenshot(writer, row, problem, planned.place);
    if (pictureHeight > 0) {
        const int textHeight = estimatedLines(problem.description, ColumnWidths[DescriptionColumn]) * LinePx +
                               ThumbnailPaddingPx;
        writer.check(worksheet_set_row_pixels(writer.sheet, lxw_row_t(row),
                                              std::max(pictureHeight + 2 * ThumbnailPaddingPx, textHeight),
                                              nullptr));
    }
}

void setUpSheet(SheetWriter &writer, int lastRow)
{
    for (int column = 0; column < ScreenshotColumn; ++column)
        writer.check(worksheet_set_column(writer.sheet, lxw_col_t(column), lxw_col_t(column),
                                          ColumnWidths[column], nullptr));
    writer.check(worksheet_set_column_pixels(
        writer.sheet, ScreenshotColumn, ScreenshotColumn,
        ProblemListXlsxWriter::ThumbnailMaxWidthPx + 2 * ThumbnailPaddingPx, nullptr));
    worksheet_freeze_panes(writer.sheet, 1, 0);
    writer.check(worksheet_autofilter(writer.sheet, 0, 0, lxw_row_t(lastRow), ColumnCount - 1));
    // Printed lists go to host units on paper too: landscape A4, one page wide, header on each page.
    worksheet_set_landscape(writer.sheet);
    worksheet_set_paper(writer.sheet, 9);
    worksheet_fit_to_pages(writer.sheet, 1, 0);
    writer.check(worksheet_repeat_rows(writer.sheet, 0, 0));
}

QList<PlannedSheet> plan(const QList<ProblemListSheet> &sheets, ProblemListLayout layout)
{
    const QStringList names = ProblemListXlsxWriter::worksheetNames(sheets, layout);
    QList<PlannedSheet> planned;
    for (const QString &name : names)
        planned.append(PlannedSheet{name, {}});
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        PlannedSheet &target = layout == ProblemListLayout::SingleSheet ? planned.first() : planned[s];
        const ProblemListSheet &sheet = sheets.at(s);
        for (qsizetype r = 0; r < sheet.rows.size(); ++r)
            target.rows.append(PlannedRow{&sheet.rows.at(r), &sheet, int(r + 1)});
    }
    return planned;
}

Formats addFormats(lxw_workbook *workbook)
{
    Formats formats;
    formats.text = workbook_add_format(workbook);
    format_set_border(formats.text, LXW_BORDER_THIN);
    format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);
    formats.wrapped = workbook_add_format(workbook);
    format_set_border(formats.wrapped, LXW_BORDER_THIN);
    format_set_align(formats.wrapped, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(formats.wrapped);
    formats.link = workbook_add_format(workbook);
    format_set_border(formats.link, LXW_BORDER_THIN);
    format_set_align(formats.link, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_color(formats.link, 0x0563C1);
    format_set_underline(formats.link, LXW_UNDERLINE_SINGLE);
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bg_color(formats.header, 0xDDEBF7);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(formats.header);
    return formats;
}

} // namespace

QStringList ProblemListXlsxWriter::worksheetNames(const QList<ProblemListSheet> &sheets,
                                                  ProblemListLayout layout)
{
    if (layout == ProblemListLayout::SingleSheet || sheets.isEmpty())
        return {cleanSheetName(tr("Problems"))};
    // Excel reserves "History" for its change tracking, and compares sheet names regardless of case.
    QSet<QString> used{QStringLiteral("history")};
    QStringList names;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        QString base = cleanSheetName(sheets.at(i).siteName);
        if (base.isEmpty())
            base = cleanSheetName(tr("Site %1").arg(i + 1));
        QString name = base;
        for (int n = 2; used.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = truncated(base, MaxSheetNameLength - suffix.size()).trimmed() + suffix;
        }
        used.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

Status ProblemListXlsxWriter::write(const QList<ProblemListSheet> &sheets, ProblemListLayout layout,
                                    const QString &path)
{
    const bool oneSite = sheets.size() == 1 && !sheets.first().siteName.trimmed().isEmpty();
    const QString title =
        oneSite ? tr("Problem list: %1").arg(sheets.first().siteName.trimmed()) : tr("Problem list");
    const XlsxDocumentWords words{tr("The problem list"), tr("export it as CSV instead")};
    return XlsxWorkbookFile::write(path, title, words, [&](lxw_workbook *workbook) {
        const Formats formats = addFormats(workbook);
        const QStringList labels = ProblemListColumns::labels(false);
        for (const PlannedSheet &planned : plan(sheets, layout)) {
            const QByteArray name = planned.name.toUtf8();
            SheetWriter writer;
            writer.sheet = workbook_add_worksheet(workbook, name.constData());
            writer.formats = formats;
            if (!writer.sheet)
                return LXW_ERROR_PARAMETER_VALIDATION;
            writeHeader(writer, labels);
            for (qsizetype i = 0; i < planned.rows.size(); ++i)
                writeRow(writer, int(i + 1), planned.rows.at(i));
            if (planned.rows.isEmpty())
                writer.text(1, 0, tr("No problems to list."), nullptr);
            setUpSheet(writer, int(planned.rows.size()));
            if (writer.error != LXW_NO_ERROR)
                return writer.error;
        }
        return LXW_NO_ERROR;
    });
}

} // namespace xj
