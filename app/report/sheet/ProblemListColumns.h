// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ProblemListRow.h"

#include <QCoreApplication>
#include <QStringList>

namespace xj {

/// The columns of a problem list and how a row's values read in them, shared by the Excel and CSV
/// writers so the two files always have the same headers and the same words in their cells.
class ProblemListColumns
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProblemListColumns)
public:
    /// No., Site, Host unit, Site code, Indicator, Judgement, Description, Page address, Found,
    /// State, Inspector, then the picture column: "Screenshot" (a thumbnail) or "Screenshot file"
    /// (its path, for CSV).
    static QStringList labels(bool pictureAsFile);
    /// "W-V4 互动回应差", or whichever of code and title is there.
    static QString indicator(const ProblemListRow &row);
    /// yyyy-MM-dd HH:mm in local time, empty when unknown: text, so it reads the same everywhere.
    static QString found(const ProblemListRow &row);
    /// The row's number, or its place in the sheet when the builder left it unnumbered.
    static int number(const ProblemListRow &row, int place) { return row.number > 0 ? row.number : place; }
};

} // namespace xj
