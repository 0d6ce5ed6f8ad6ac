// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/publish/PublicResultsXlsxWriter.h"

#include "report/ReportLogging.h"
#include "report/publish/PublicResultsWording.h"
#include "report/sheet/XlsxWorkbookFile.h"

#include <QDir>

#include <xlsxwriter.h>

namespace xj {

namespace {

/// Widths in Excel's character units; Chinese characters take two.
constexpr double ColumnWidths[] = {6, 34, 30, 10, 10, 10, 10, 9, 9, 9, 11};
/// Columns holding counts, written as numbers: 序号 and the four problem counts.
constexpr int CountColumns[] = {0, 6, 7, 8, 9};
/// Excel's limit on the characters in one cell; libxlsxwriter refuses longer strings.
constexpr qsizetype MaxCellLength = 32767;

struct Sheet
{
    lxw_worksheet *sheet = nullptr;
    lxw_error error = LXW_NO_ERROR;

    void check(lxw_error result)
    {
        if (result != LXW_NO_ERROR && error == LXW_NO_ERROR)
            error = result;
    }
    void text(int row, int column, const QString &value, lxw_format *format)
    {
        QString cut = value.left(MaxCellLength);
        if (!cut.isEmpty() && cut.back().isHighSurrogate())
            cut.chop(1);
        const QByteArray utf8 = cut.toUtf8();
        // worksheet_write_string never makes a formula of "=…", unlike worksheet_write_formula.
        check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format));
    }
    void merged(int row, const QString &value, lxw_format *format, int lastColumn)
    {
        const QByteArray utf8 = value.left(MaxCellLength).toUtf8();
        check(worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(lastColumn),
                                    utf8.constData(), format));
    }
};

lxw_format *format(lxw_workbook *workbook, bool bordered)
{
    lxw_format *f = workbook_add_format(workbook);
    if (bordered)
        format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

lxw_error fill(lxw_workbook *workbook, const PublicResults &results)
{
    Sheet s;
    const QByteArray sheetName = PublicResultsWording::sheetName().toUtf8();
    s.sheet = workbook_add_worksheet(workbook, sheetName.constData());
    if (!s.sheet)
        return LXW_ERROR_PARAMETER_VALIDATION;
    const QStringList headers = PublicResultsWording::headers();
    const int lastColumn = int(headers.size()) - 1;

    lxw_format *title = format(workbook, false);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *summary = format(workbook, false);
    format_set_text_wrap(summary);
    lxw_format *header = format(workbook, true);
    format_set_bold(header);
    format_set_bg_color(header, 0xE6EDF7);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_text_wrap(header);
    lxw_format *text = format(workbook, true);
    format_set_text_wrap(text);
    lxw_format *number = format(workbook, true);
    lxw_format *centred = format(workbook, true);
    format_set_align(centred, LXW_ALIGN_CENTER);

    s.merged(PublicResultsXlsxWriter::TitleRow, results.title, title, lastColumn);
    s.check(worksheet_set_row(s.sheet, PublicResultsXlsxWriter::TitleRow, 30, nullptr));
    s.merged(PublicResultsXlsxWriter::SummaryRow,
             PublicResultsWording::publishedLine(results.publishedOn) + QStringLiteral("　") +
                 PublicResultsWording::summarySentence(results.summary),
             summary, lastColumn);
    s.check(worksheet_set_row(s.sheet, PublicResultsXlsxWriter::SummaryRow, 48, nullptr));
    for (int c = 0; c <= lastColumn; ++c) {
        s.text(PublicResultsXlsxWriter::HeaderRow, c, headers.at(c), header);
        s.check(worksheet_set_column(s.sheet, lxw_col_t(c), lxw_col_t(c), ColumnWidths[c], nullptr));
    }
    int row = PublicResultsXlsxWriter::HeaderRow;
    for (const PublicResultRow &r : results.rows) {
        ++row;
        const QStringList cells = r.cells();
        for (int c = 0; c <= lastColumn; ++c) {
            if (std::find(std::begin(CountColumns), std::end(CountColumns), c) != std::end(CountColumns))
                s.check(worksheet_write_number(s.sheet, lxw_row_t(row), lxw_col_t(c), cells.at(c).toDouble(),
                                               number));
            else
                s.text(row, c, cells.at(c), c <= 2 ? text : centred);
        }
    }
    s.merged(row + 2, PublicResultsWording::note(), summary, lastColumn);
    s.check(worksheet_set_row(s.sheet, lxw_row_t(row + 2), 36, nullptr));

    worksheet_freeze_panes(s.sheet, PublicResultsXlsxWriter::HeaderRow + 1, 0);
    s.check(worksheet_autofilter(s.sheet, PublicResultsXlsxWriter::HeaderRow, 0,
                                 lxw_row_t(std::max(row, PublicResultsXlsxWriter::HeaderRow)),
                                 lxw_col_t(lastColumn)));
    worksheet_set_landscape(s.sheet);
    worksheet_set_paper(s.sheet, 9); // A4
    worksheet_fit_to_pages(s.sheet, 1, 0);
    s.check(worksheet_repeat_rows(s.sheet, PublicResultsXlsxWriter::HeaderRow,
                                  PublicResultsXlsxWriter::HeaderRow));
    return s.error;
}

} // namespace

Status PublicResultsXlsxWriter::write(const PublicResults &results, const QString &path)
{
    const XlsxDocumentWords words{tr("The public results"), tr("export them as a web page instead")};
    return XlsxWorkbookFile::write(path, results.title, words,
                                   [&](lxw_workbook *workbook) { return fill(workbook, results); });
}

} // namespace xj
