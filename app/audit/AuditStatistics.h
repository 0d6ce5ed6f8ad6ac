// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/RaterAgreement.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xj {

class Database;

/// How far the sides of a peer-audit round agree.
///
/// Sides are compared in pairs on the sites both have judged (a side has judged a site when it has
/// a verdict or a finding there): each team's newest import against this database's own results,
/// and, where this database has none for a site, the teams against each other. Per pair of sides
/// ("per team") and per checklist item: percent agreement and Cohen's kappa over the item verdicts
/// both gave (RaterAgreement), findings paired by FindingMatcher, and the findings only one side saw.
struct AuditStatistics
{
    struct Row
    {
        QString leftTeam;
        QString rightTeam;
        QString itemCode; ///< per-item rows; empty in per-team rows
        QString itemTitle;
        int sites = 0;
        RaterAgreement agreement; ///< over the verdict pairs
        int matchedFindings = 0;
        int onlyLeft = 0;
        int onlyRight = 0;
    };
    /// A finding only one side saw.
    struct Unmatched
    {
        QString site;
        QString team; ///< the side that saw it
        QString otherTeam;
        QString itemCode;
        QString url;
        QString description;
    };

    qint64 roundId = 0;
    QString roundName;
    QList<Row> perTeam;
    QList<Row> perItem; ///< pooled over every pair of sides, by item code
    QList<Unmatched> unmatched;

    bool isEmpty() const { return perTeam.isEmpty(); }
};

class AuditStatisticsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditStatisticsBuilder)
public:
    static Result<AuditStatistics> build(const Database &database, qint64 roundId);
    /// "85.0%", and κ with three decimals or "—" when undefined: one wording for the dialog, the
    /// report and the workbook.
    static QString percentText(double share);
    static QString kappaText(const RaterAgreement &agreement);
};

} // namespace xj
