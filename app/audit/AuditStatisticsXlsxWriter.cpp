// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStatisticsXlsxWriter.h"

#include "report/sheet/XlsxWorkbookFile.h"

#include <QList>

#include <utility>
#include <xlsxwriter.h>

namespace xj {

namespace {

/// Excel's limit on the characters in one cell; libxlsxwriter refuses longer strings.
constexpr qsizetype MaxCellLength = 32767;

/// A cell is text or a count (counts stay numbers so they sum and sort in Excel).
struct Value
{
    QString text;
    double number = 0;
    bool isNumber = false;
};

Value text(const QString &s)
{
    return {s, 0, false};
}

Value count(int n)
{
    return {{}, double(n), true};
}

lxw_error addSheet(lxw_workbook *workbook, const QString &name, const QStringList &headers,
                   const QList<QList<Value>> &rows)
{
    const QByteArray sheetName = name.toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    if (!sheet)
        return LXW_ERROR_PARAMETER_VALIDATION;
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xE6EDF7);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_error error = LXW_NO_ERROR;
    const auto check = [&](lxw_error result) {
        if (result != LXW_NO_ERROR && error == LXW_NO_ERROR)
            error = result;
    };
    const auto write = [&](int row, int column, const Value &value, lxw_format *format) {
        if (value.isNumber) {
            check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value.number, format));
            return;
        }
        QString cut = value.text.left(MaxCellLength);
        if (!cut.isEmpty() && cut.back().isHighSurrogate())
            cut.chop(1);
        const QByteArray utf8 = cut.toUtf8();
        // worksheet_write_string never makes a formula of "=…".
        check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format));
    };
    for (int c = 0; c < headers.size(); ++c) {
        write(0, c, text(headers.at(c)), header);
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < 2 ? 22 : 14, nullptr));
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            write(r + 1, c, rows.at(r).at(c), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(headers.size() - 1)));
    return error;
}

QList<Value> agreement(const AuditStatistics::Row &row)
{
    return {count(row.agreement.pairs),
            text(AuditStatisticsBuilder::percentText(row.agreement.observed)),
            text(AuditStatisticsBuilder::kappaText(row.agreement)),
            count(row.matchedFindings),
            count(row.onlyLeft),
            count(row.onlyRight)};
}

} // namespace

QStringList AuditStatisticsXlsxWriter::sheetNames()
{
    return {tr("By team"), tr("By item"), tr("Seen by one side")};
}

QStringList AuditStatisticsXlsxWriter::teamHeaders()
{
    return {tr("Team"),          tr("Compared with"),       tr("Sites"),
            tr("Verdict pairs"), tr("Agreement"),           tr("Kappa"),
            tr("Both found"),    tr("Only the team found"), tr("Only the other found")};
}

QStringList AuditStatisticsXlsxWriter::itemHeaders()
{
    return {tr("Item"),  tr("Title"),      tr("Sites"),           tr("Verdict pairs"),   tr("Agreement"),
            tr("Kappa"), tr("Both found"), tr("Only left found"), tr("Only right found")};
}

QStringList AuditStatisticsXlsxWriter::unmatchedHeaders()
{
    return {tr("Site"), tr("Seen by"), tr("Not seen by"), tr("Item"), tr("Page address"), tr("Description")};
}

Status AuditStatisticsXlsxWriter::write(const QString &path, const AuditStatistics &statistics)
{
    QList<QList<Value>> teams;
    for (const AuditStatistics::Row &row : statistics.perTeam) {
        // The team first, as in the report: a team is on the right of its pair.
        AuditStatistics::Row swapped = row;
        std::swap(swapped.onlyLeft, swapped.onlyRight);
        teams.append(QList<Value>{text(row.rightTeam), text(row.leftTeam), count(row.sites)} +
                     agreement(swapped));
    }
    QList<QList<Value>> items;
    for (const AuditStatistics::Row &row : statistics.perItem)
        items.append(QList<Value>{text(row.itemCode), text(row.itemTitle), count(row.sites)} +
                     agreement(row));
    QList<QList<Value>> unmatched;
    for (const AuditStatistics::Unmatched &u : statistics.unmatched)
        unmatched.append({text(u.site), text(u.team), text(u.otherTeam), text(u.itemCode), text(u.url),
                          text(u.description)});

    const QStringList names = sheetNames();
    const XlsxDocumentWords words{tr("The peer-audit statistics"),
                                  tr("copy them from the statistics dialog")};
    const QString title = tr("Peer-audit agreement: %1").arg(statistics.roundName);
    return XlsxWorkbookFile::write(path, title, words, [&](lxw_workbook *workbook) {
        lxw_error error = addSheet(workbook, names.at(0), teamHeaders(), teams);
        if (error == LXW_NO_ERROR)
            error = addSheet(workbook, names.at(1), itemHeaders(), items);
        if (error == LXW_NO_ERROR)
            error = addSheet(workbook, names.at(2), unmatchedHeaders(), unmatched);
        return error;
    });
}

} // namespace xj
