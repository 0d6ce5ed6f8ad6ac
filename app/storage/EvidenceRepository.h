// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QSqlQuery;

namespace xj {

class Database;

/// Rows of the evidence table. Files are written by EvidenceStore; use EvidenceRecorder to do both.
class EvidenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::EvidenceRepository)
public:
    explicit EvidenceRepository(const Database &database);

    /// An evidence row whose columns are those of the repository's own SELECT (id, finding,
    /// account record, kind, capture mode, original, sha256, size, media type, suffix, width,
    /// height, pixel ratio, capped, page url, final url, status, captured, caption, order, created,
    /// stage). Peer audits read a team's evidence in the same shape.
    static Evidence fromRow(const QSqlQuery &query);

    Result<qint64> add(const Evidence &evidence) const;
    Result<Evidence> get(qint64 id) const;
    /// In display order (sort_order, then id).
    Result<QList<Evidence>> forFinding(qint64 findingId) const;
    /// The evidence of every finding of a round, by finding id, in one query (documents and
    /// figures of a whole round would otherwise ask once per finding).
    Result<QHash<qint64, QList<Evidence>>> forRound(qint64 roundId) const;
    Result<QList<Evidence>> forAccountRecord(qint64 accountRecordId) const;
    /// Every row, including those of findings in the undo history.
    Result<QList<Evidence>> all() const;
    /// How many screenshots (original or annotated copy counted once) each finding has.
    Result<QHash<qint64, int>> screenshotCounts(const QList<qint64> &findingIds) const;
    Status setCaption(qint64 id, const QString &caption) const;
    /// Removes the row (and an annotated copy pointing at it); the file stays in the store until
    /// nothing refers to it, so the integrity check reports it as an orphan, never as missing.
    Status remove(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace xj
