// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/publish/PublicResults.h"

#include <QCoreApplication>

namespace xj {

/// Writes public results as an Excel workbook (.xlsx, libxlsxwriter) for offices whose portal
/// publishes a spreadsheet: the title, then the date and the figures, then the table with a bold,
/// frozen and filtered header. Texts are plain string cells, so a site named "=1+1" is never run
/// as a formula; the counts are numbers, so they can be summed and sorted. Printing is A4
/// landscape, one page wide, the header repeated on every page. The file appears only when
/// complete: a failed write leaves an existing file of that name as it was.
class PublicResultsXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::PublicResultsXlsxWriter)
public:
    /// 0-based rows of the sheet: title, date and summary, then the header; rows follow it.
    static constexpr int TitleRow = 0;
    static constexpr int SummaryRow = 1;
    static constexpr int HeaderRow = 3;

    static Status write(const PublicResults &results, const QString &path);
};

} // namespace xj
