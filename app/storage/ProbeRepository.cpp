// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ProbeRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace xj {

namespace {

ProbeResult readProbe(const QSqlQuery &q)
{
    ProbeResult r;
    r.id = q.value(0).toLongLong();
    r.siteId = q.value(1).toLongLong();
    r.url = q.value(2).toString();
    r.probedAt = fromDbTime(q.value(3));
    r.ok = q.value(4).toBool();
    r.status = q.value(5).toInt();
    r.error = q.value(6).toString();
    r.elapsedMs = q.value(7).toInt();
    r.vantage = q.value(8).toString();
    return r;
}

} // namespace

ProbeRepository::ProbeRepository(const Database &database)
    : m_db(database)
{}

Result<qint64> ProbeRepository::add(const ProbeResult &result) const
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO probe_results (site_id, url, probed_at, ok, status, error, "
                                 "elapsed_ms, vantage) VALUES (?,?,?,?,?,?,?,?)"),
                  {result.siteId, result.url, toDbTime(result.probedAt), result.ok ? 1 : 0, result.status,
                   result.error, result.elapsedMs, result.vantage});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<ProbeResults> ProbeRepository::resultsFor(qint64 siteId, const QDateTime &from,
                                                 const QDateTime &to) const
{
    return m_db.selectAll(
        QStringLiteral("SELECT id, site_id, url, probed_at, ok, status, error, elapsed_ms, vantage "
                       "FROM probe_results WHERE site_id = ? AND probed_at >= ? AND probed_at <= ? "
                       "ORDER BY probed_at, id"),
        {siteId, toDbTime(from), toDbTime(to)}, readProbe);
}

Result<QDateTime> ProbeRepository::lastProbe(qint64 siteId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT max(probed_at) FROM probe_results WHERE site_id = ?"), {siteId});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return QDateTime();
    return fromDbTime(q.value().value(0));
}

Result<QHash<qint64, QDateTime>> ProbeRepository::lastProbes() const
{
    auto rows = m_db.selectAll(
        QStringLiteral("SELECT site_id, max(probed_at) FROM probe_results GROUP BY site_id"), {},
        [](const QSqlQuery &q) { return std::make_pair(q.value(0).toLongLong(), fromDbTime(q.value(1))); });
    if (!rows)
        return rows.error();
    QHash<qint64, QDateTime> last;
    for (const auto &[siteId, time] : rows.value())
        last.insert(siteId, time);
    return last;
}

Result<int> ProbeRepository::deleteOlderThan(const QDateTime &cutoff) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM probe_results WHERE probed_at < ?"), {toDbTime(cutoff)});
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace xj
