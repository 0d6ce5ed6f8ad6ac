// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace xj {

class Database;
class WorkingCalendar;

/// One finding the unit still has to answer, with the deadline of the rectification notice that
/// told it (整改通知书).
struct DeadlineRow
{
    Finding finding;
    QString siteName;
    QString unitName;
    QString noticeNumber;
    QDate deadline;
    int workingDaysOverdue = 0; ///< working days after the deadline up to today; 0 when not overdue
    bool overdue = false;
};

/// The deadlines of notified findings: every non-deleted finding in state 已通知 or 复查未通过 whose
/// (round, site) has a rectification notice. A finding is overdue when the deadline has passed and
/// the unit has not answered yet (已通知) or its answer failed re-check (复查未通过); the delay is
/// counted in working days with the office's calendar, so a holiday week does not count.
class FindingDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(xj::FindingDeadlines)
public:
    /// Rows ordered by deadline, site and finding; `roundId` 0 means every round.
    static Result<QList<DeadlineRow>> load(const Database &db, const WorkingCalendar &calendar,
                                           qint64 roundId, const QDate &today);
    /// Only the overdue rows of load(), most overdue first.
    static Result<QList<DeadlineRow>> overdue(const Database &db, const WorkingCalendar &calendar,
                                              qint64 roundId, const QDate &today);
};

} // namespace xj
