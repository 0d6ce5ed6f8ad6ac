// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ScanRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xj {

namespace {

const QString ScanColumns = QStringLiteral(
    "id, site_id, start_url, inspection_date, settings, state, error, summary, created_at, started_at, "
    "finished_at, elapsed_ms");

QJsonObject parseObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

ScanRecord readScan(const QSqlQuery &q)
{
    ScanRecord s;
    s.id = q.value(0).toLongLong();
    s.siteId = q.value(1).toLongLong();
    s.startUrl = q.value(2).toString();
    s.inspectionDate = fromDbDate(q.value(3));
    const QJsonObject settings = parseObject(q.value(4));
    s.settings = CrawlSettings::fromJson(settings.value(QLatin1String("crawl")).toObject());
    s.rules = ScanRules::fromJson(settings.value(QLatin1String("rules")).toObject());
    s.state = ScanRecord::stateFromKey(q.value(5).toString());
    s.error = q.value(6).toString();
    s.summary = parseObject(q.value(7));
    s.createdAt = fromDbTime(q.value(8));
    if (!q.value(9).isNull())
        s.startedAt = fromDbTime(q.value(9));
    if (!q.value(10).isNull())
        s.finishedAt = fromDbTime(q.value(10));
    s.elapsedMs = q.value(11).toLongLong();
    return s;
}

ScanCandidate::State candidateState(const QString &key)
{
    if (key == QLatin1String("accepted"))
        return ScanCandidate::State::Accepted;
    if (key == QLatin1String("dismissed"))
        return ScanCandidate::State::Dismissed;
    return ScanCandidate::State::Open;
}

} // namespace

QString ScanRepository::candidateStateKey(ScanCandidate::State state)
{
    switch (state) {
    case ScanCandidate::State::Accepted:
        return QStringLiteral("accepted");
    case ScanCandidate::State::Dismissed:
        return QStringLiteral("dismissed");
    case ScanCandidate::State::Open:
        break;
    }
    return QStringLiteral("open");
}

ScanRepository::ScanRepository(const Database &database)
    : m_db(database)
{}

Result<qint64> ScanRepository::create(const ScanRecord &scan) const
{
    const QJsonObject settings{{QStringLiteral("crawl"), scan.settings.toJson()},
                               {QStringLiteral("rules"), scan.rules.toJson()}};
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO scans (site_id, start_url, inspection_date, settings, state) "
                                 "VALUES (?,?,?,?,?)"),
                  {idOrNull(scan.siteId), scan.startUrl, toDbDate(scan.inspectionDate), compact(settings),
                   ScanRecord::stateKey(scan.state)});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<ScanRecord> ScanRepository::find(qint64 id) const
{
    return m_db.selectOne(QStringLiteral("SELECT %1 FROM scans WHERE id = ?").arg(ScanColumns), {id},
                          readScan, tr("The scan no longer exists."));
}

Result<QList<ScanRecord>> ScanRepository::list(qint64 siteId) const
{
    if (siteId > 0)
        return m_db.selectAll(
            QStringLiteral("SELECT %1 FROM scans WHERE site_id = ? ORDER BY id DESC").arg(ScanColumns),
            {siteId}, readScan);
    return m_db.selectAll(QStringLiteral("SELECT %1 FROM scans ORDER BY id DESC").arg(ScanColumns), {},
                          readScan);
}

Result<QList<ScanRecord>> ScanRepository::unfinished() const
{
    return m_db.selectAll(
        QStringLiteral("SELECT %1 FROM scans WHERE state IN ('queued','running','paused') ORDER BY id")
            .arg(ScanColumns),
        {}, readScan);
}

Status ScanRepository::setState(qint64 id, ScanRecord::State state, const QString &error) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE scans SET state = ?, error = ? WHERE id = ?"),
                       {ScanRecord::stateKey(state), notNullText(error), id});
    return q ? Status::success() : Status(q.error());
}

Status ScanRepository::markStarted(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE scans SET state = 'running', error = '', "
                                      "started_at = ifnull(started_at, ?) WHERE id = ?"),
                       {nowDbTime(), id});
    return q ? Status::success() : Status(q.error());
}

Status ScanRepository::setElapsed(qint64 id, qint64 elapsedMs) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE scans SET elapsed_ms = ? WHERE id = ?"), {elapsedMs, id});
    return q ? Status::success() : Status(q.error());
}

Status ScanRepository::markEnded(qint64 id, ScanRecord::State state, const QJsonObject &summary,
                                 qint64 elapsedMs) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "UPDATE scans SET state = ?, summary = ?, finished_at = ?, elapsed_ms = ? WHERE id = ?"),
        {ScanRecord::stateKey(state), compact(summary), nowDbTime(), elapsedMs, id});
    return q ? Status::success() : Status(q.error());
}

Status ScanRepository::remove(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM scans WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

Status ScanRepository::addCandidates(qint64 scanId, const ScanCandidates &candidates) const
{
    return withTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO scan_candidates (scan_id, check_id, item_code, category, url, "
                                 "source_url, message, text, detail) VALUES (?,?,?,?,?,?,?,?,?)"));
        for (const ScanCandidate &c : candidates) {
            const QVariantList values{scanId,      c.checkId, c.itemCode, c.category,       c.url,
                                      c.sourceUrl, c.message, c.text,     compact(c.detail)};
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, notNullText(values.at(i)));
            if (!q.exec())
                return Error{tr("The scan results could not be saved."), q.lastError().text()};
        }
        return Status::success();
    });
}

Status ScanRepository::clearCandidates(qint64 scanId, const QStringList &checkIds) const
{
    if (checkIds.isEmpty())
        return Status::success();
    QString marks;
    QVariantList params{scanId};
    for (const QString &id : checkIds) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        params.append(id);
    }
    auto q =
        m_db.exec(QStringLiteral(
                      "DELETE FROM scan_candidates WHERE scan_id = ? AND check_id IN (%1) AND state = 'open'")
                      .arg(marks),
                  params);
    return q ? Status::success() : Status(q.error());
}

Result<ScanCandidates> ScanRepository::candidates(qint64 scanId) const
{
    return m_db.selectAll(
        QStringLiteral(
            "SELECT id, check_id, item_code, category, url, source_url, message, text, detail, state, "
            "finding_id FROM scan_candidates WHERE scan_id = ? ORDER BY id"),
        {scanId}, [](const QSqlQuery &q) {
            ScanCandidate c;
            c.id = q.value(0).toLongLong();
            c.checkId = q.value(1).toString();
            c.itemCode = q.value(2).toString();
            c.category = q.value(3).toString();
            c.url = q.value(4).toString();
            c.sourceUrl = q.value(5).toString();
            c.message = q.value(6).toString();
            c.text = q.value(7).toString();
            c.detail = parseObject(q.value(8));
            c.state = candidateState(q.value(9).toString());
            c.findingId = q.value(10).toLongLong();
            return c;
        });
}

Status ScanRepository::setCandidateState(qint64 candidateId, ScanCandidate::State state,
                                         qint64 findingId) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE scan_candidates SET state = ?, finding_id = ? WHERE id = ?"),
                       {candidateStateKey(state), idOrNull(findingId), candidateId});
    return q ? Status::success() : Status(q.error());
}

} // namespace xj
