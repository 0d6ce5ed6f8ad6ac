// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/ProblemListRow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xj {

/// Writes problem lists (问题清单) as one CSV table, for offices that merge lists in their own
/// tools. The columns are those of the workbook (see ProblemListXlsxWriter), except that the last
/// one holds the screenshot's file path instead of a picture. UTF-8 with a byte order mark, so
/// Excel and WPS open the Chinese text correctly; CRLF line ends (RFC 4180); every cell through
/// CandidateExport::csvCell, so cells that a spreadsheet would run as a formula stay text and line
/// breaks inside a cell become spaces.
class ProblemListCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProblemListCsvWriter)
public:
    /// A header row, then one row per problem of all sheets in order.
    static QByteArray csv(const QList<ProblemListSheet> &sheets);
    /// The file appears only when complete; a failed write leaves an existing file as it was.
    static Status write(const QList<ProblemListSheet> &sheets, const QString &path);
};

} // namespace xj
