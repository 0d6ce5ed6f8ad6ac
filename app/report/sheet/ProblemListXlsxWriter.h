// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/ProblemListRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace xj {

/// How a problem-list workbook splits the problems into worksheets.
enum class ProblemListLayout {
    SheetPerSite, ///< one worksheet per site, named after the site: one tab to send to each host unit
    SingleSheet,  ///< every site in one worksheet, for filtering and sorting across a whole round
};

/// Writes problem lists (问题清单) as an Excel workbook (.xlsx) with libxlsxwriter, the form in which
/// offices pass problems on to host units. Columns: No., Site, Host unit, Site code, Indicator,
/// Judgement, Description, Page address, Found, State, Inspector, Screenshot. The header row is
/// frozen, bold and filtered; page addresses are hyperlinks when Excel can take them; every other
/// cell is a plain string, so a description such as "=1+1" is never run as a formula; the
/// screenshot column holds a thumbnail of the finding's picture, or a note when the picture cannot
/// be read. The file appears only when complete: a failed write leaves an existing file of that name
/// as it was.
class ProblemListXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProblemListXlsxWriter)
public:
    /// A thumbnail fits this box, so a row stays small enough to scan a long list.
    static constexpr int ThumbnailMaxWidthPx = 160;
    static constexpr int ThumbnailMaxHeightPx = 120;

    static Status write(const QList<ProblemListSheet> &sheets, ProblemListLayout layout, const QString &path);

    /// The worksheet names `write` gives, in order: site names made acceptable to Excel (at most 31
    /// characters, none of []:*?/\, unique regardless of case, " (2)" and so on appended), "Site N"
    /// for a site without a name, and one "Problems" sheet for SingleSheet or when there are no
    /// sites.
    static QStringList worksheetNames(const QList<ProblemListSheet> &sheets, ProblemListLayout layout);
};

} // namespace xj
