// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EvidenceRepository.h"

#include "evidence/EvidenceStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace xj {

namespace {

const QString SelectEvidence =
    QStringLiteral("SELECT id, finding_id, account_record_id, kind, capture_mode, original_id, sha256, size, "
                   "media_type, file_suffix, width, height, device_pixel_ratio, capped, page_url, final_url, "
                   "http_status, captured_at, caption, sort_order, created_at, stage FROM evidence");

const QString DisplayOrder = QStringLiteral(" ORDER BY sort_order, id");

// SQLite's default limit on bound parameters is 999 in older builds; stay well under it.
constexpr int MaxIdsPerQuery = 500;

Status validate(const Evidence &e)
{
    if ((e.findingId > 0) == (e.accountRecordId > 0))
        return Error{EvidenceRepository::tr("Evidence belongs to exactly one finding or one new-media "
                                            "account record; choose one."),
                     {}};
    if (!EvidenceStore::isValidSha256(e.sha256) || !EvidenceStore::isValidSuffix(e.fileSuffix) || e.size < 0)
        return Error{
            EvidenceRepository::tr("The evidence file was not stored before its record was "
                                   "written; record evidence through the evidence recorder."),
            QStringLiteral("sha256=%1 size=%2 suffix=%3").arg(e.sha256).arg(e.size).arg(e.fileSuffix)};
    return Status::success();
}

} // namespace

Evidence EvidenceRepository::fromRow(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.findingId = q.value(1).toLongLong();
    e.accountRecordId = q.value(2).toLongLong();
    e.kind = EvidenceKinds.fromCode(q.value(3).toString()).value_or(EvidenceKind::Screenshot);
    e.captureMode = CaptureModes.fromCode(q.value(4).toString()).value_or(CaptureMode::None);
    e.originalId = q.value(5).toLongLong();
    e.sha256 = q.value(6).toString();
    e.size = q.value(7).toLongLong();
    e.mediaType = q.value(8).toString();
    e.fileSuffix = q.value(9).toString();
    e.width = q.value(10).toInt();
    e.height = q.value(11).toInt();
    e.devicePixelRatio = q.value(12).toDouble();
    e.capped = q.value(13).toBool();
    e.pageUrl = q.value(14).toString();
    e.finalUrl = q.value(15).toString();
    e.httpStatus = q.value(16).toInt();
    e.capturedAt = fromDbTime(q.value(17));
    e.caption = q.value(18).toString();
    e.sortOrder = q.value(19).toInt();
    e.createdAt = fromDbTime(q.value(20));
    e.atRecheck = q.value(21).toString() == QLatin1String("recheck");
    return e;
}

EvidenceRepository::EvidenceRepository(const Database &database)
    : m_db(database)
{}

Result<qint64> EvidenceRepository::add(const Evidence &e) const
{
    if (Status s = validate(e); !s)
        return s.error();
    return withTransaction(m_db, [&]() -> Result<qint64> {
        const QDateTime capturedAt = e.capturedAt.isValid() ? e.capturedAt : QDateTime::currentDateTimeUtc();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO evidence (finding_id, account_record_id, kind, capture_mode, "
                           "original_id, sha256, size, media_type, file_suffix, width, height, "
                           "device_pixel_ratio, capped, page_url, final_url, http_status, captured_at, "
                           "caption, sort_order, stage) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {idOrNull(e.findingId),
             idOrNull(e.accountRecordId),
             EvidenceKinds.code(e.kind),
             CaptureModes.code(e.captureMode),
             idOrNull(e.originalId),
             e.sha256,
             e.size,
             e.mediaType,
             e.fileSuffix,
             e.width,
             e.height,
             e.devicePixelRatio,
             e.capped ? 1 : 0,
             e.pageUrl,
             e.finalUrl,
             e.httpStatus,
             toDbTime(capturedAt),
             e.caption,
             e.sortOrder,
             e.atRecheck ? QStringLiteral("recheck") : QStringLiteral("found")});
        if (!q)
            return q.error();
        return q.value().lastInsertId().toLongLong();
    });
}

Result<Evidence> EvidenceRepository::get(qint64 id) const
{
    return m_db.selectOne(SelectEvidence + QStringLiteral(" WHERE id = ?"), {id}, EvidenceRepository::fromRow,
                          tr("The evidence no longer exists. It may have been deleted; reload the list."));
}

Result<QList<Evidence>> EvidenceRepository::forFinding(qint64 findingId) const
{
    return m_db.selectAll(SelectEvidence + QStringLiteral(" WHERE finding_id = ?") + DisplayOrder,
                          {findingId}, EvidenceRepository::fromRow);
}

Result<QHash<qint64, QList<Evidence>>> EvidenceRepository::forRound(qint64 roundId) const
{
    auto rows = m_db.selectAll(
        SelectEvidence + QStringLiteral(" WHERE finding_id IN (SELECT id FROM findings WHERE round_id = ?)") +
            DisplayOrder,
        {roundId}, EvidenceRepository::fromRow);
    if (!rows)
        return rows.error();
    QHash<qint64, QList<Evidence>> byFinding;
    for (const Evidence &e : rows.value())
        byFinding[e.findingId].append(e);
    return byFinding;
}

Result<QList<Evidence>> EvidenceRepository::forAccountRecord(qint64 accountRecordId) const
{
    return m_db.selectAll(SelectEvidence + QStringLiteral(" WHERE account_record_id = ?") + DisplayOrder,
                          {accountRecordId}, EvidenceRepository::fromRow);
}

Result<QList<Evidence>> EvidenceRepository::all() const
{
    return m_db.selectAll(SelectEvidence + QStringLiteral(" ORDER BY id"), {}, EvidenceRepository::fromRow);
}

Result<QHash<qint64, int>> EvidenceRepository::screenshotCounts(const QList<qint64> &findingIds) const
{
    QHash<qint64, int> counts;
    for (qint64 id : findingIds)
        counts.insert(id, 0);
    for (qsizetype from = 0; from < findingIds.size(); from += MaxIdsPerQuery) {
        const QList<qint64> chunk = findingIds.mid(from, MaxIdsPerQuery);
        QStringList marks;
        QVariantList params;
        for (qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            params.append(id);
        }
        // An annotated copy of a screenshot is the same picture, so it is not counted again;
        // an annotated picture without an original counts as a screenshot of its own.
        auto rows = m_db.selectAll(
            QStringLiteral("SELECT finding_id, count(*) FROM evidence WHERE finding_id IN (%1) AND "
                           "(kind = 'screenshot' OR (kind = 'annotated' AND original_id IS NULL)) "
                           "GROUP BY finding_id")
                .arg(marks.join(QLatin1Char(','))),
            params,
            [](const QSqlQuery &q) { return std::pair(q.value(0).toLongLong(), q.value(1).toInt()); });
        if (!rows)
            return rows.error();
        for (const auto &[findingId, count] : rows.value())
            counts.insert(findingId, count);
    }
    return counts;
}

Status EvidenceRepository::setCaption(qint64 id, const QString &caption) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE evidence SET caption = ? WHERE id = ?"),
                           {caption.trimmed(), id});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The evidence no longer exists. It may have been deleted; reload the list."), {}};
        return Status::success();
    });
}

Status EvidenceRepository::remove(qint64 id) const
{
    return withTransaction(m_db, [&]() -> Status {
        // The annotated copies go with their original (the foreign key cascades too; saying it here
        // keeps the behaviour independent of the connection's foreign_keys setting).
        auto q = m_db.exec(QStringLiteral("DELETE FROM evidence WHERE id = ? OR original_id = ?"), {id, id});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The evidence no longer exists. It may have been deleted; reload the list."), {}};
        return Status::success();
    });
}

} // namespace xj
