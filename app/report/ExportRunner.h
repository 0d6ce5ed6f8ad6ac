// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/ExportPlan.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace xj {

/// What an export left on disk.
struct ExportOutcome
{
    QStringList files; ///< absolute paths, in the plan's order
    QString zipPath;   ///< empty when nothing was packed
};

/// Writes an ExportPlan into its folder: documents in parallel on every core (a round's 50 notices
/// with their screenshots take most of the time), the problem list, then the zip. Progress is
/// reported on the calling thread; a cancelled or failed export removes what it wrote, so the
/// folder never holds half a batch.
class ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(xj::ExportRunner)
public:
    /// done of total steps, and the file just finished.
    using Progress = std::function<void(int done, int total, const QString &file)>;

    static Result<ExportOutcome> run(const ExportPlan &plan, const Progress &progress = {},
                                     const std::atomic_bool *cancel = nullptr);
    /// One document in one format (PDF or Word), as every export and the preview's "Export…" write it.
    static Status writeDocument(const ReportDocument &document, const DocumentStyle &style,
                                ReportFormat format, const QString &path);
    /// The plan's single file: the problem list, or the public results (web page or workbook).
    static Status writeProblemList(const ExportPlan &plan, const QString &path);
};

} // namespace xj
