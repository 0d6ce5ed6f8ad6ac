// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/EscalationRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

#include <algorithm>

namespace xj {

namespace {

constexpr const char *Columns =
    "e.id, e.round_id, e.site_id, e.failed_findings, e.criticised, e.accountability, "
    "e.note, e.actor, e.decided_at";

Escalation readEscalation(const QSqlQuery &q)
{
    Escalation e;
    e.id = q.value(0).toLongLong();
    e.roundId = q.value(1).toLongLong();
    e.siteId = q.value(2).toLongLong();
    e.failedFindings = q.value(3).toInt();
    e.criticised = q.value(4).toBool();
    e.accountability = q.value(5).toString();
    e.note = q.value(6).toString();
    e.actor = q.value(7).toString();
    e.decidedAt = fromDbTime(q.value(8));
    return e;
}

} // namespace

EscalationRepository::EscalationRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Escalation>> EscalationRepository::forRound(qint64 roundId) const
{
    return m_db.selectAll(QStringLiteral("SELECT %1 FROM escalations e JOIN sites s ON s.id = e.site_id "
                                         "WHERE e.round_id = ? ORDER BY s.name, e.id")
                              .arg(QLatin1String(Columns)),
                          {roundId}, readEscalation);
}

Result<std::optional<Escalation>> EscalationRepository::find(qint64 roundId, qint64 siteId) const
{
    auto rows =
        m_db.selectAll(QStringLiteral("SELECT %1 FROM escalations e WHERE e.round_id = ? AND e.site_id = ?")
                           .arg(QLatin1String(Columns)),
                       {roundId, siteId}, readEscalation);
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? std::optional<Escalation>()
                                  : std::optional<Escalation>(rows.value().first());
}

Result<qint64> EscalationRepository::save(const Escalation &e) const
{
    // The upsert keeps the row's id, so enrollments that point to it stay attached.
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO escalations (round_id, site_id, failed_findings, criticised, accountability, "
            "note, actor, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (round_id, site_id) DO UPDATE SET failed_findings = excluded.failed_findings, "
            "criticised = excluded.criticised, accountability = excluded.accountability, "
            "note = excluded.note, actor = excluded.actor, decided_at = excluded.decided_at"),
        {e.roundId, e.siteId, std::max(0, e.failedFindings), e.criticised ? 1 : 0,
         notNullText(e.accountability.trimmed()), notNullText(e.note), notNullText(e.actor),
         e.decidedAt.isValid() ? toDbTime(e.decidedAt) : nowDbTime()});
    if (!q)
        return q.error();
    auto id = m_db.selectOne(
        QStringLiteral("SELECT id FROM escalations WHERE round_id = ? AND site_id = ?"),
        {e.roundId, e.siteId}, [](const QSqlQuery &r) { return r.value(0).toLongLong(); },
        tr("The escalation decision was saved but cannot be read back. Try again."));
    return id;
}

} // namespace xj
