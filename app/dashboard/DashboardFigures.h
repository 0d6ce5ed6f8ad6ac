// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ScoreResult.h"
#include "model/Finding.h"
#include "model/Round.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xj {

/// Problems of one checklist area (栏目类别) in the round.
struct CategoryCount
{
    QString areaId;        ///< empty: findings not assigned to a checklist item
    QString title;         ///< the area's name in the round's checklist, or "Unassigned"
    QStringList itemCodes; ///< the codes of the area's items, so a list can be narrowed to them
    int problems = 0;
};

/// One site in the score ranking.
struct SiteScore
{
    qint64 siteId = 0;
    QString siteName;
    std::optional<double> score; ///< none after a veto failure or for a veto-only checklist
    ScoreOutcome outcome = ScoreOutcome::Incomplete;
};

/// One quarterly round in the trend.
struct TrendPoint
{
    qint64 roundId = 0;
    QString roundName;
    QDate inspectionDate;
    int problems = 0;                   ///< as DashboardLoader::isProblem counts them
    int passed = 0;                     ///< sites judged 合格
    int failed = 0;                     ///< sites judged 不合格
    std::optional<double> averageScore; ///< mean of the sites of the ranking that have a score

    /// passed ÷ (passed + failed), as the round report counts it; 0 when no site is decided.
    double passRate() const { return passed + failed > 0 ? double(passed) / (passed + failed) : 0; }
};

/// How the findings that had to be put right are doing.
struct RectificationCounts
{
    int passed = 0;  ///< 复查通过
    int failed = 0;  ///< 复查未通过
    int pending = 0; ///< confirmed, notified or fed back: not re-checked yet

    int total() const { return passed + failed + pending; }
    /// passed ÷ (passed + failed + pending); 0 when nothing had to be put right.
    double rate() const { return total() > 0 ? double(passed) / total() : 0; }
};

/// A veto item (单项否决指标) and the sites that failed it.
struct VetoFailure
{
    QString itemCode;
    QString title;
    int sites = 0;
};

/// Everything the dashboard shows for one round, as plain data. DashboardLoader documents how each
/// figure is counted; the charts, the findings filter and the tests all follow those definitions.
struct DashboardFigures
{
    Round round;
    QList<CategoryCount> categories;
    QList<SiteScore> ranking;
    QList<TrendPoint> trend; ///< oldest first
    RectificationCounts rectification;
    int overdue = 0;
    QList<qint64> overdueFindingIds;
    QList<VetoFailure> vetoFailures;
};

} // namespace xj
