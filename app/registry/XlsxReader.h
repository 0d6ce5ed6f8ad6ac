// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/SheetTable.h"
#include "registry/XlsxPackage.h"

#include <QCoreApplication>
#include <QStringList>

namespace xj {

/// Reads the cell text of one worksheet of an .xlsx workbook (Office Open XML, as written by Excel,
/// WPS and libxlsxwriter): shared strings (rich-text runs joined), inline strings, numbers,
/// booleans and cached formula results. Cells may be missing; each cell lands in the column its
/// reference (e.g. "C5") names. Whole numbers come out without exponent or decimals, so a
/// 网站标识码 stored as a number reads "3399990001". Dates stay as Excel's day numbers: the
/// registry has no date column.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(xj::XlsxReader)
public:
    /// Cells to the right of this column are ignored: no registry is that wide, and a forged cell
    /// reference like XFD1 must not make every row 16384 cells long.
    static constexpr int MaxColumns = 1024;

    /// Reads the sheet named `sheetName`, or the first visible one when it is empty.
    static Result<SheetTable> readFile(const QString &path, const QString &sheetName = {},
                                       qint64 maxPartBytes = XlsxPackage::DefaultMaxPartBytes);
    static Result<QStringList> sheetNames(const QString &path);

    /// The text of a number cell: "3399990001" for 3.399990001E9, "12.5" for 12.5.
    static QString formatNumber(QStringView raw);
    /// The 0-based column of a cell reference ("C5" → 2), or -1 if it has no column letters.
    static int columnOfReference(QStringView reference);
};

} // namespace xj
