// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/RoundScope.h"

#include "model/FindingStateMachine.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace xj {

namespace {

/// "?,?,?" and the values, for an IN list.
std::pair<QString, QVariantList> inList(const QList<qint64> &ids)
{
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    return {marks.join(QLatin1Char(',')), values};
}

QString openStateCodes()
{
    QStringList codes;
    for (FindingState state : FindingStates.values()) {
        if (FindingStateMachine::isOpen(state))
            codes.append(QStringLiteral("'%1'").arg(FindingStates.code(state)));
    }
    return codes.join(QLatin1Char(','));
}

} // namespace

Result<RoundScope> RoundScope::of(const Database &database, const Round &round)
{
    RoundScope scope;
    scope.m_itemCodes = round.itemCodes;
    scope.m_restricted = round.kind == RoundKind::Recheck || !round.unitIds.isEmpty();

    QString sql;
    QVariantList params;
    if (round.kind == RoundKind::Recheck) {
        // Suspended or closed sites stay in: their open findings still have to be settled.
        sql = QStringLiteral("SELECT DISTINCT s.id FROM findings f JOIN sites s ON s.id = f.site_id "
                             "WHERE f.round_id = ? AND f.deleted_at = '' AND f.state IN (%1)")
                  .arg(openStateCodes());
        params.append(round.sourceRoundId);
    } else {
        sql = QStringLiteral("SELECT s.id FROM sites s WHERE s.status = 'active'");
    }
    if (!round.unitIds.isEmpty()) {
        const auto [marks, values] = inList(round.unitIds);
        sql += QStringLiteral(" AND s.unit_id IN (%1)").arg(marks);
        params += values;
    }
    auto ids = database.selectAll(sql, params, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!ids)
        return ids.error();
    scope.m_siteIds = ids.value();
    std::sort(scope.m_siteIds.begin(), scope.m_siteIds.end());
    return scope;
}

Result<RoundScope> RoundScope::load(const Database &database, qint64 roundId)
{
    auto round = RoundRepository(database).get(roundId);
    if (!round)
        return round.error();
    return of(database, round.value());
}

bool RoundScope::covers(qint64 siteId) const
{
    return std::binary_search(m_siteIds.cbegin(), m_siteIds.cend(), siteId);
}

bool RoundScope::countsItem(const QStringList &itemCodes, const QString &itemCode)
{
    return itemCodes.isEmpty() || itemCode.isEmpty() || itemCodes.contains(itemCode);
}

} // namespace xj
