// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/notice/RecheckSummary.h"

#include "storage/Database.h"
#include "storage/RoundRepository.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace xj {

Result<std::optional<RecheckSummary>> RecheckSummary::load(const Database &database, const Round &round)
{
    auto rows = database.selectAll(
        QStringLiteral("SELECT id FROM rounds WHERE id <> ? AND (inspection_date < ? OR (inspection_date = ? "
                       "AND id < ?)) "
                       "ORDER BY inspection_date DESC, id DESC LIMIT 1"),
        {round.id, toDbDate(round.inspectionDate), toDbDate(round.inspectionDate), round.id},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<RecheckSummary>();
    auto previous = RoundRepository(database).get(rows.value().first());
    if (!previous)
        return previous.error();
    RecheckSummary summary;
    summary.previous = previous.value();
    auto q = database.exec(
        QStringLiteral(
            "SELECT f.state, s.name, COALESCE(u.name, '') FROM findings f JOIN sites s ON s.id = f.site_id "
            "LEFT JOIN units u ON u.id = s.unit_id WHERE f.round_id = ? AND f.deleted_at = '' AND f.state IN "
            "('confirmed', 'notified', 'fed_back', 'recheck_passed', 'recheck_failed') ORDER BY s.name"),
        {summary.previous.id});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString state = q.value().value(0).toString();
        ++summary.total;
        if (state == QLatin1String("recheck_passed")) {
            ++summary.passed;
        } else if (state == QLatin1String("recheck_failed")) {
            ++summary.failed;
            const QString unit = q.value().value(2).toString();
            const QString site = unit.isEmpty()
                                     ? q.value().value(1).toString()
                                     : QStringLiteral("%1（%2）").arg(q.value().value(1).toString(), unit);
            if (!summary.failingSites.contains(site))
                summary.failingSites.append(site);
        } else {
            ++summary.pending;
        }
    }
    return std::optional<RecheckSummary>(summary);
}

} // namespace xj
