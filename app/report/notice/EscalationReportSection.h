// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/document/ReportDocument.h"
#include "report/notice/RecheckSummary.h"

#include <QDate>
#include <QList>

#include <optional>

namespace xj {

class Database;
struct Round;

/// The escalation decisions a round report prints: sites criticised (通报批评), the accountability
/// recommendations (问责建议) and who goes to the remedial training (脱岗跟班学习).
struct EscalationReport
{
    struct Decision
    {
        QString site;
        QString unit;
        int failedFindings = 0;
        bool criticised = true;
        QString accountability;
    };
    struct Trainee
    {
        QString person;
        QString unit;
        QString site;
        QDate startDate;
    };
    QList<Decision> decisions;
    QList<Trainee> trainees;     ///< cancelled enrollments left out
    QList<qint64> decidedRounds; ///< the rounds with at least one decision
};

/// Builds the report's escalation section ([section] escalation). A report shows the decisions
/// taken for its own round, for the round it re-checks and for the round its re-check summary
/// covers, so the report that follows a re-check names the sites. With nothing decided the section
/// is left out: a 通报 does not list whom it does not criticise.
class EscalationReportSection
{
public:
    static constexpr const char *BlockName = "escalation";
    /// How long the remedial training lasts, as the report says it.
    static constexpr int TrainingDays = 5;

    static QList<qint64> roundsShown(const Round &round, const std::optional<RecheckSummary> &recheck);
    static Result<EscalationReport> load(const Database &database, const QList<qint64> &roundIds);
    static Result<EscalationReport> load(const Database &database, const Round &round,
                                         const std::optional<RecheckSummary> &recheck);
    static QList<ReportBlock> blocks(const EscalationReport &report);
    /// The re-check summary as the report should print it: once the office has decided about the
    /// re-checked round, its decisions say whom to criticise, so the summary no longer does (it
    /// would name a site twice, or one the office chose not to criticise).
    static std::optional<RecheckSummary> withoutDecidedCriticism(const std::optional<RecheckSummary> &recheck,
                                                                 const EscalationReport &report);
};

} // namespace xj
