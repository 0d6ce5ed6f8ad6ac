// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/FindingDeadlines.h"

#include "core/WorkingCalendar.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace xj {

namespace {

/// The notice of one (round, site) with the names the list shows.
struct NoticeOfSite
{
    QString number;
    QDate deadline;
    QString siteName;
    QString unitName;
};

QString keyOf(qint64 roundId, qint64 siteId)
{
    return QString::number(roundId) + QLatin1Char('/') + QString::number(siteId);
}

Result<QHash<QString, NoticeOfSite>> noticesOf(const Database &db, qint64 roundId)
{
    QString sql = QStringLiteral(
        "SELECT n.round_id, n.site_id, n.number, n.deadline, s.name, coalesce(u.name, '') "
        "FROM notices n JOIN sites s ON s.id = n.site_id LEFT JOIN units u ON u.id = s.unit_id");
    QVariantList params;
    if (roundId > 0) {
        sql += QStringLiteral(" WHERE n.round_id = ?");
        params << roundId;
    }
    auto q = db.exec(sql, params);
    if (!q)
        return q.error();
    QHash<QString, NoticeOfSite> notices;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        notices.insert(keyOf(row.value(0).toLongLong(), row.value(1).toLongLong()),
                       {row.value(2).toString(), fromDbDate(row.value(3)), row.value(4).toString(),
                        row.value(5).toString()});
    }
    return notices;
}

} // namespace

Result<QList<DeadlineRow>> FindingDeadlines::load(const Database &db, const WorkingCalendar &calendar,
                                                  qint64 roundId, const QDate &today)
{
    auto notices = noticesOf(db, roundId);
    if (!notices)
        return notices.error();
    FindingFilter filter;
    filter.roundId = roundId;
    auto findings = FindingRepository(db).list(filter);
    if (!findings)
        return findings.error();
    QList<DeadlineRow> rows;
    for (const Finding &f : findings.value()) {
        // Fed back and re-checked findings wait for the office, not for the unit.
        if (f.state != FindingState::Notified && f.state != FindingState::RecheckFailed)
            continue;
        const auto notice = notices.value().constFind(keyOf(f.roundId, f.siteId));
        if (notice == notices.value().constEnd())
            continue;
        DeadlineRow row;
        row.finding = f;
        row.siteName = notice->siteName;
        row.unitName = notice->unitName;
        row.noticeNumber = notice->number;
        row.deadline = notice->deadline;
        row.overdue = row.deadline.isValid() && row.deadline < today;
        row.workingDaysOverdue = row.overdue ? calendar.workingDaysBetween(row.deadline, today) : 0;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const DeadlineRow &a, const DeadlineRow &b) {
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        if (a.siteName != b.siteName)
            return a.siteName < b.siteName;
        return a.finding.id < b.finding.id;
    });
    return rows;
}

Result<QList<DeadlineRow>> FindingDeadlines::overdue(const Database &db, const WorkingCalendar &calendar,
                                                     qint64 roundId, const QDate &today)
{
    auto rows = load(db, calendar, roundId, today);
    if (!rows)
        return rows.error();
    QList<DeadlineRow> late;
    for (const DeadlineRow &row : std::as_const(rows.value())) {
        if (row.overdue)
            late.append(row);
    }
    // load() sorts by deadline, so a stable sort keeps the earlier deadline first among equals.
    std::stable_sort(late.begin(), late.end(), [](const DeadlineRow &a, const DeadlineRow &b) {
        return a.workingDaysOverdue > b.workingDaysOverdue;
    });
    return late;
}

} // namespace xj
