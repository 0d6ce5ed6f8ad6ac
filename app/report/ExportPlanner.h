// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Notice.h"
#include "report/ExportPlan.h"

#include <QCoreApplication>

namespace xj {

class Database;

/// Turns an export request into an ExportPlan: loads the round, numbers the notices (a notice
/// keeps its number and dates once issued, so a re-export after edits is the same notice), fills
/// the templates and names the files. Runs where the database is; the writing is ExportRunner's.
class ExportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(xj::ExportPlanner)
public:
    static Result<ExportPlan> plan(const Database &database, const QString &dataDirectory,
                                   ExportRequest request);

    /// One site's notice as it would be exported today, for the preview; it does not use up a
    /// number when the notice has not been issued yet.
    static Result<ReportDocument> previewNotice(const Database &database, const QString &dataDirectory,
                                                qint64 roundId, qint64 siteId, const QDate &issuedOn = {});
    /// `charts`: the pictures of the report's charts section (see ExportRequest::charts).
    static Result<ReportDocument> previewReport(const Database &database, const QString &dataDirectory,
                                                qint64 roundId, const QDate &issuedOn = {},
                                                const QList<ReportChart> &charts = {});

    /// The deadline of a notice or report issued on `issuedOn`: the settings' working days later
    /// by the data folder's holiday table.
    static Result<QDate> deadline(const QString &dataDirectory, const QDate &issuedOn, int workingDays);
    /// A file name safe on Windows and Linux: no path separators or reserved characters.
    static QString safeFileName(const QString &name);
};

} // namespace xj
