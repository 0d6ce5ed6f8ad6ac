// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "dashboard/DashboardFigures.h"

#include <QCoreApplication>
#include <QDate>

namespace xj {

class Database;
struct RoundData;

/// Works out the dashboard of one round from the database. Each figure has one definition, kept
/// here and in the comments of DashboardFigures, that the charts, the findings filter they drive
/// and the tests (which recompute every figure with their own SQL) share:
///
/// - Only live findings count (soft-deleted ones never do).
/// - A finding is a *problem* unless it is a candidate, a false positive or doubtful
///   (isProblem()).
/// - *Problems by category*: the round's problems grouped by the checklist area (area_id) of their
///   item, named as the round's checklist names it; areas of the same id in the website and
///   new-media checklists count together; problems without an item go under "Unassigned". Areas
///   without problems are left out; most problems first.
/// - *Score ranking*: the sites of the round with a decided result, in the order of the round
///   report (RoundReportBuilder::ranking: qualified first, then by score).
/// - *Trend*: every quarterly round inspected up to this round's inspection date (this round too
///   when it is quarterly), oldest first, each with its problems, its qualified and unqualified
///   sites (pass rate as in the report) and the mean score of its ranked sites that have a score.
/// - *Rectification*: the round's findings that had to be put right — confirmed, notified, fed
///   back, re-check passed or re-check failed: passed = re-check passed, failed = re-check failed,
///   pending = the rest; rate = passed ÷ all three.
/// - *Overdue*: FindingDeadlines::overdue for the round on `today`.
/// - *Veto failures*: per veto item of the round's checklists, the number of sites with a Fail
///   verdict on it or a problem counted against it; items no site failed are left out; most
///   sites first.
class DashboardLoader
{
    Q_DECLARE_TR_FUNCTIONS(xj::DashboardLoader)
public:
    static Result<DashboardFigures> load(const Database &database, const QString &dataDirectory,
                                         qint64 roundId, const QDate &today = QDate::currentDate());

    static bool isProblem(FindingState state);
    /// The findings of the rectification figure and which of its three groups they are in.
    static bool neededRectification(FindingState state);
    static bool pendingRectification(FindingState state);

private:
    static Status addTrend(const Database &database, const QString &dataDirectory,
                           const RoundData &currentData, const QList<Finding> &currentFindings,
                           DashboardFigures &figures);
    static Result<TrendPoint> trendPoint(const Database &database, const QString &dataDirectory,
                                         qint64 roundId);
    static TrendPoint trendPointOf(const RoundData &data, const QList<Finding> &findings);
    static void addRanking(const RoundData &data, DashboardFigures &figures);
};

} // namespace xj
