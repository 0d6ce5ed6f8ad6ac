// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace xj {

/// One row of a spreadsheet as the inspector sees it: `number` is the row number Excel or WPS shows
/// (the first row is 1), so every message about the row can point at the right line.
struct SheetRow
{
    int number = 0;
    QStringList cells; ///< column A first; trailing empty cells may be missing

    QString cell(qsizetype column) const { return column < cells.size() ? cells.at(column) : QString(); }
    bool isBlank() const
    {
        for (const QString &c : cells) {
            if (!c.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

/// The text content of one worksheet or CSV file, as read by CsvReader or XlsxReader. Blank rows are
/// left out; the row numbers keep counting them. Which row is the header is decided later, because
/// registries often start with a title row above the header.
struct SheetTable
{
    QList<SheetRow> rows;
    /// How the file was read, for the preview: "UTF-8", "GB18030", "sheet 网站名录", …
    QString sourceDescription;
};

/// "A", "B", … "Z", "AA": the column letter a spreadsheet shows for a 0-based column index.
inline QString columnLetter(qsizetype column)
{
    QString letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return letters;
}

} // namespace xj
