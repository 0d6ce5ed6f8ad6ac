// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditReconciliation.h"
#include "core/Result.h"
#include "model/Finding.h"
#include "model/Verdict.h"

#include <QList>
#include <QString>

#include <optional>

namespace xj {

class Database;

/// Two sides' findings and verdicts of one site side by side. Findings are paired one to one by
/// FindingMatcher (the training mode's matcher): same checklist item, same page, overlapping
/// element or words. Each row is a pair or a finding only one side has; each row carries the
/// reconciliation in force for it, if any.
struct AuditSiteComparison
{
    enum class RowKind { Matched, OnlyLeft, OnlyRight };
    struct Row
    {
        RowKind kind = RowKind::Matched;
        int left = -1;  ///< index into `left`, -1 when the left side has nothing
        int right = -1; ///< index into `right`
        std::optional<AuditReconciliation> decision;
    };
    /// An item both sides judged, differently (合格 vs 不合格 …).
    struct VerdictDisagreement
    {
        QString itemCode;
        VerdictValue left = VerdictValue::Pass;
        VerdictValue right = VerdictValue::Pass;
    };

    qint64 roundId = 0;
    qint64 siteId = 0;
    qint64 leftImportId = 0;
    qint64 rightImportId = 0;
    QList<Finding> left;
    QList<Finding> right;
    QList<Row> rows; ///< matched pairs first (by left order), then left only, then right only
    QList<VerdictDisagreement> verdictDisagreements; ///< by item code
    int verdictsCompared = 0;                        ///< items both sides judged

    int unmatchedCount() const;
    int undecidedCount() const; ///< rows that are not matched and have no decision yet
};

class AuditComparison
{
public:
    /// Pure: pairs the findings and compares the verdicts (verdicts of other sites are ignored).
    static AuditSiteComparison compare(const QList<Finding> &left, const QList<Finding> &right,
                                       const QList<Verdict> &leftVerdicts,
                                       const QList<Verdict> &rightVerdicts);
    /// Loads both sides of a site (AuditRepository) and the reconciliations in force.
    static Result<AuditSiteComparison> load(const Database &database, qint64 roundId, qint64 siteId,
                                            qint64 leftImportId, qint64 rightImportId);
};

} // namespace xj
