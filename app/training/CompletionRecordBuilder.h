// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/document/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace xj {

class Database;
struct TrainingPlan;
struct TrainingTally;

/// Builds the completion record (脱岗跟班学习结业记录) of one trainee: who, which unit and site,
/// the training period, a table of the plan's days (attendance and the scores of the day's
/// exercises), a table by problem category over every submitted attempt, the overall result,
/// the instructor's notes from the day log and lines for the signatures. The text is Chinese
/// whatever language the window speaks: it is filed with the unit's records. Write it with
/// PdfReportWriter or DocxReportWriter.
class CompletionRecordBuilder
{
    Q_DECLARE_TR_FUNCTIONS(xj::CompletionRecordBuilder)
public:
    static Result<ReportDocument> build(const Database &database, qint64 enrollmentId,
                                        const TrainingPlan &plan, const QString &officeName,
                                        const QDate &issueDate);
};

} // namespace xj
