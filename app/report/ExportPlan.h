// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ExportRequest.h"
#include "report/ProblemListRow.h"
#include "report/document/DocumentStyle.h"
#include "report/document/ReportDocument.h"
#include "report/publish/PublicResults.h"

#include <QList>

namespace xj {

/// One document file of an export: what it says and what it is called.
struct DocumentJob
{
    QString fileName;
    ReportDocument document;
    qint64 siteId = 0; ///< the notice's site; 0 for the round report
};

/// Everything an export writes, read from the database beforehand so the writing can run on
/// other threads without touching the database.
struct ExportPlan
{
    ExportRequest request;
    DocumentStyle style;
    QList<DocumentJob> documents;   ///< notices or the round report
    QList<ProblemListSheet> sheets; ///< the problem list
    PublicResults publicResults;    ///< the public results (检查结果公示)
    QString tableFileName;          ///< the problem list's or the public results' file
    QString zipFileName;            ///< notices packed together; empty: no zip
};

} // namespace xj
