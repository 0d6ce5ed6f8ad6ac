// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportPlanner.h"

#include "audit/AuditReportSection.h"
#include "audit/AuditStatistics.h"
#include "core/WorkingCalendar.h"
#include "report/ProblemListBuilder.h"
#include "report/document/ReportTemplate.h"
#include "report/notice/NoticeDocumentBuilder.h"
#include "report/notice/RoundDataLoader.h"
#include "report/notice/RoundReportBuilder.h"
#include "report/publish/PublicResultsBuilder.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace xj {

namespace {

QString suffixOf(ReportFormat format)
{
    return QLatin1Char('.') + ReportFormats.code(format);
}

/// A notice tells the unit about the site's confirmed findings: from now on they are notified.
Status markNotified(const Database &database, const SiteRoundData &site, const QString &number)
{
    const FindingRepository findings(database);
    for (const ReportProblem &problem : site.problems) {
        if (problem.finding.state != FindingState::Confirmed)
            continue;
        Finding notified = problem.finding;
        notified.state = FindingState::Notified;
        if (Status s =
                findings.update(notified, {}, ExportPlanner::tr("Rectification notice %1").arg(number));
            !s)
            return s;
    }
    return Status::success();
}

} // namespace

QString ExportPlanner::safeFileName(const QString &name)
{
    static const QRegularExpression reserved(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString safe = name;
    safe.replace(reserved, QStringLiteral("_"));
    safe = safe.trimmed();
    while (safe.endsWith(QLatin1Char('.')))
        safe.chop(1);
    return safe.left(120).isEmpty() ? QStringLiteral("export") : safe.left(120);
}

Result<QDate> ExportPlanner::deadline(const QString &dataDirectory, const QDate &issuedOn, int workingDays)
{
    auto calendar = WorkingCalendar::forDataDirectory(dataDirectory);
    if (!calendar)
        return calendar.error();
    return calendar.value().addWorkingDays(issuedOn, workingDays);
}

Result<ExportPlan> ExportPlanner::plan(const Database &database, const QString &dataDirectory,
                                       ExportRequest request)
{
    if (!ExportRequest::formatFits(request.kind, request.format))
        return Error{
            tr("%1 cannot be exported as %2. Choose PDF or Word for notices and the round report, Excel or "
               "CSV for the problem list, a web page or Excel for the public results.")
                .arg(ExportKinds.label(request.kind), ReportFormats.label(request.format)),
            {}};
    if (!request.issuedOn.isValid())
        request.issuedOn = QDate::currentDate();
    ExportPlan plan;
    plan.request = request;
    auto style = DocumentStyle::load(dataDirectory);
    if (!style)
        return style.error();
    plan.style = style.value();
    NoticeRepository notices(database);
    auto settings = notices.settings();
    if (!settings)
        return settings.error();
    auto data = RoundDataLoader::load(database, dataDirectory, request.roundId, request.siteIds);
    if (!data)
        return data.error();
    const Round &round = data.value().round;
    auto due = deadline(dataDirectory, request.issuedOn, settings.value().workingDays);
    if (!due)
        return due.error();

    switch (request.kind) {
    case ExportKind::Problems:
        plan.sheets = ProblemListBuilder::sheets(data.value());
        plan.tableFileName =
            safeFileName(QStringLiteral("问题清单_") + round.name) + suffixOf(request.format);
        return plan;
    case ExportKind::Report: {
        auto layout = ReportTemplate::load(QLatin1String(RoundReportBuilder::TemplateName), dataDirectory);
        if (!layout)
            return layout.error();
        auto recheck = RecheckSummary::load(database, round);
        if (!recheck)
            return recheck.error();
        auto escalations = EscalationReportSection::load(database, round, recheck.value());
        if (!escalations)
            return escalations.error();
        auto peerAudit = AuditStatisticsBuilder::build(database, round.id);
        if (!peerAudit)
            return peerAudit.error();
        // Under 一、总体情况 after the charts, when there are any: its heading number follows them.
        auto document = RoundReportBuilder::build(
            layout.value(), data.value(), recheck.value(), settings.value(), request.issuedOn, due.value(),
            escalations.value(), request.charts,
            AuditReportSection::blocks(peerAudit.value(), request.charts.isEmpty() ? 3 : 4));
        if (!document)
            return document.error();
        plan.documents.append(
            {safeFileName(QStringLiteral("检查情况通报_") + round.name) + suffixOf(request.format),
             document.value(), 0});
        return plan;
    }
    case ExportKind::Public: {
        auto results =
            PublicResultsBuilder::load(database, data.value(), settings.value().officeName, request.issuedOn);
        if (!results)
            return results.error();
        plan.publicResults = results.value();
        plan.tableFileName = safeFileName(results.value().title) + suffixOf(request.format);
        return plan;
    }
    case ExportKind::Notices:
        break;
    }

    auto layout = ReportTemplate::load(QLatin1String(NoticeDocumentBuilder::TemplateName), dataDirectory);
    if (!layout)
        return layout.error();
    // Numbers are handed out in one transaction with the documents being filled: a template error
    // half-way through leaves no number used.
    Status s = withTransaction(database, [&]() -> Status {
        for (const SiteRoundData &site : data.value().sites) {
            if (!site.needsNotice())
                continue;
            auto notice =
                notices.issue(round.id, site.site.id, request.issuedOn, settings.value(), due.value());
            if (!notice)
                return notice.error();
            auto document =
                NoticeDocumentBuilder::build(layout.value(), round, site, notice.value(), settings.value());
            if (!document)
                return document.error();
            if (Status told = markNotified(database, site, notice.value().number); !told)
                return told;
            plan.documents.append(
                {safeFileName(QStringLiteral("整改通知书_%1_%2").arg(notice.value().number, site.site.name)) +
                     suffixOf(request.format),
                 document.value(), site.site.id});
        }
        return Status::success();
    });
    if (!s)
        return s.error();
    if (plan.documents.isEmpty())
        return Error{
            tr("No site of \"%1\" has problems to rectify, so there is no notice to export. Confirm the "
               "findings first.")
                .arg(round.name),
            {}};
    if (request.zip)
        plan.zipFileName = safeFileName(QStringLiteral("整改通知书_") + round.name) + QStringLiteral(".zip");
    return plan;
}

Result<ReportDocument> ExportPlanner::previewNotice(const Database &database, const QString &dataDirectory,
                                                    qint64 roundId, qint64 siteId, const QDate &issuedOn)
{
    const QDate date = issuedOn.isValid() ? issuedOn : QDate::currentDate();
    NoticeRepository notices(database);
    auto settings = notices.settings();
    if (!settings)
        return settings.error();
    auto data = RoundDataLoader::load(database, dataDirectory, roundId, {siteId});
    if (!data)
        return data.error();
    if (data.value().sites.isEmpty())
        return Error{tr("This site is not part of the round."), {}};
    auto due = deadline(dataDirectory, date, settings.value().workingDays);
    if (!due)
        return due.error();
    auto notice = notices.preview(roundId, siteId, date, settings.value(), due.value());
    if (!notice)
        return notice.error();
    auto layout = ReportTemplate::load(QLatin1String(NoticeDocumentBuilder::TemplateName), dataDirectory);
    if (!layout)
        return layout.error();
    return NoticeDocumentBuilder::build(layout.value(), data.value().round, data.value().sites.first(),
                                        notice.value(), settings.value());
}

Result<ReportDocument> ExportPlanner::previewReport(const Database &database, const QString &dataDirectory,
                                                    qint64 roundId, const QDate &issuedOn,
                                                    const QList<ReportChart> &charts)
{
    ExportRequest request;
    request.roundId = roundId;
    request.kind = ExportKind::Report;
    request.issuedOn = issuedOn;
    request.charts = charts;
    auto plan = ExportPlanner::plan(database, dataDirectory, request);
    if (!plan)
        return plan.error();
    return plan.value().documents.first().document;
}

} // namespace xj
