// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Notice.h"
#include "report/ExportRequest.h"
#include "report/document/ReportTemplate.h"
#include "report/notice/EscalationReportSection.h"
#include "report/notice/RecheckSummary.h"
#include "report/notice/RoundData.h"

#include <QCoreApplication>

#include <optional>

namespace xj {

/// The figures of a round report (检查情况通报), worked out once from the round's data so the
/// text, the tables and the tests agree.
struct RoundFigures
{
    int websites = 0;
    int newMedia = 0;
    int checked = 0;
    int passed = 0;
    int failed = 0;
    int undecided = 0;
    int problems = 0;
    int vetoProblems = 0;
    /// passed ÷ (passed + failed); sites not yet decided do not count.
    double passRate() const { return passed + failed > 0 ? double(passed) / (passed + failed) : 0; }

    static RoundFigures of(const RoundData &data);
};

/// Fills the round-report template: overall figures, the score ranking, veto failures, problems
/// by checklist item with typical examples, how the previous round's problems were put right,
/// requirements and deadline, and the annex tables (results of every site, the problem list).
class RoundReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(xj::RoundReportBuilder)
public:
    static constexpr const char *TemplateName = "round-report";
    static constexpr int ExamplesPerCategory = 3;

    /// `escalations`: the sites criticised and persons sent to training ([section] escalation).
    /// `charts`: the pictures of [section] charts; none leaves the section out.
    /// `peerAudit`: the blocks of [section] peer_audit (AuditReportSection); none leaves it out.
    static TemplateContext context(const RoundData &data, const std::optional<RecheckSummary> &recheck,
                                   const NoticeSettings &settings, const QDate &issuedOn,
                                   const QDate &deadline, const EscalationReport &escalations = {},
                                   const QList<ReportChart> &charts = {},
                                   const QList<ReportBlock> &peerAudit = {});
    static Result<ReportDocument> build(const ReportTemplate &layout, const RoundData &data,
                                        const std::optional<RecheckSummary> &recheck,
                                        const NoticeSettings &settings, const QDate &issuedOn,
                                        const QDate &deadline, const EscalationReport &escalations = {},
                                        const QList<ReportChart> &charts = {},
                                        const QList<ReportBlock> &peerAudit = {});

    /// Sites with a decided result, best first: qualified before unqualified, then by score.
    static QList<const SiteRoundData *> ranking(const RoundData &data);
    static ReportTable rankingTable(const RoundData &data);
    static ReportTable vetoTable(const RoundData &data);
    static QList<ReportBlock> categorySections(const RoundData &data);
    static QList<ReportBlock> recheckSection(const std::optional<RecheckSummary> &recheck);
    /// A heading and each chart as a one-cell table: the title over the picture.
    static QList<ReportBlock> chartsSection(const QList<ReportChart> &charts);
    static ReportTable resultsAnnex(const RoundData &data);
    static ReportTable problemsAnnex(const RoundData &data);
};

} // namespace xj
