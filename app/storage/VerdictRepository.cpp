// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/VerdictRepository.h"

#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

VerdictRepository::VerdictRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Verdict>> VerdictRepository::forSite(qint64 roundId, qint64 siteId) const
{
    return m_db.selectAll(
        QStringLiteral("SELECT ci.code, v.value, v.points, v.note, v.inspector, v.updated_at "
                       "FROM verdicts v JOIN checklist_items ci ON ci.id = v.item_id "
                       "WHERE v.round_id = ? AND v.site_id = ? ORDER BY ci.sort_order"),
        {roundId, siteId}, [&](const QSqlQuery &row) {
            Verdict v;
            v.roundId = roundId;
            v.siteId = siteId;
            v.itemCode = row.value(0).toString();
            v.value = VerdictValues.fromCode(row.value(1).toString()).value_or(VerdictValue::Pass);
            v.points = row.value(2).toDouble();
            v.note = row.value(3).toString();
            v.inspector = row.value(4).toString();
            v.updatedAt = fromDbTime(row.value(5));
            return v;
        });
}

Status VerdictRepository::save(const Verdict &verdict) const
{
    if (verdict.points < 0)
        return Error{tr("Points cannot be negative."), {}};
    return withTransaction(m_db, [&]() -> Status {
        auto itemId = ChecklistRepository(m_db).itemIdFor(verdict.roundId, verdict.siteId, verdict.itemCode);
        if (!itemId)
            return itemId.error();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO verdicts (round_id, site_id, item_id, value, points, note, "
                           "inspector, updated_at) VALUES (?,?,?,?,?,?,?,?) "
                           "ON CONFLICT (round_id, site_id, item_id) DO UPDATE SET "
                           "value = excluded.value, points = excluded.points, note = excluded.note, "
                           "inspector = excluded.inspector, updated_at = excluded.updated_at"),
            {verdict.roundId, verdict.siteId, itemId.value(), VerdictValues.code(verdict.value),
             verdict.points, verdict.note, verdict.inspector, nowDbTime()});
        if (!q)
            return q.error();
        return Status::success();
    });
}

Status VerdictRepository::clear(qint64 roundId, qint64 siteId, const QString &itemCode) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto itemId = ChecklistRepository(m_db).itemIdFor(roundId, siteId, itemCode);
        if (!itemId)
            return itemId.error();
        auto q = m_db.exec(
            QStringLiteral("DELETE FROM verdicts WHERE round_id = ? AND site_id = ? AND item_id = ?"),
            {roundId, siteId, itemId.value()});
        if (!q)
            return q.error();
        return Status::success();
    });
}

} // namespace xj
