// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <xlsxwriter.h>

namespace xj {

/// What a workbook is, in the words of its error messages.
struct XlsxDocumentWords
{
    QString name;        ///< "The problem list", "The public results" (start of a sentence)
    QString alternative; ///< what else to try when it cannot be put together ("export it as CSV")
};

/// Writes a workbook with libxlsxwriter next to its target ("<path>.<random>.part") and renames it
/// over the target only when complete: a failed or cancelled export never leaves a half-written
/// workbook, nor destroys the one the user had. Every writer of workbooks goes through here.
class XlsxWorkbookFile
{
    Q_DECLARE_TR_FUNCTIONS(xj::XlsxWorkbookFile)

public:
    using Fill = std::function<lxw_error(lxw_workbook *)>;

    /// `title` goes into the document properties; `fill` adds the sheets.
    static Status write(const QString &path, const QString &title, const XlsxDocumentWords &words,
                        const Fill &fill);
};

} // namespace xj
