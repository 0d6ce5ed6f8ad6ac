// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scan/ScanCandidate.h"
#include "scan/ScanRecord.h"

#include <QCoreApplication>

namespace xj {

class Database;

/// Whole-site scans and the candidates they propose. The frontier of a running scan (its
/// addresses) is written by CrawlFrontier, which needs prepared statements for speed.
class ScanRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::ScanRepository)
public:
    explicit ScanRepository(const Database &database);

    Result<qint64> create(const ScanRecord &scan) const;
    Result<ScanRecord> find(qint64 id) const;
    /// Newest first; siteId 0: every scan.
    Result<QList<ScanRecord>> list(qint64 siteId = 0) const;
    /// Scans not yet finished (queued, running or paused), oldest first: what to resume.
    Result<QList<ScanRecord>> unfinished() const;
    Status setState(qint64 id, ScanRecord::State state, const QString &error = {}) const;
    Status markStarted(qint64 id) const;
    /// The time a running scan has taken so far (kept while it runs, for a resume after a crash).
    Status setElapsed(qint64 id, qint64 elapsedMs) const;
    Status markEnded(qint64 id, ScanRecord::State state, const QJsonObject &summary, qint64 elapsedMs) const;
    Status remove(qint64 id) const;

    Status addCandidates(qint64 scanId, const ScanCandidates &candidates) const;
    /// Replaces the candidates of these checks (an evaluation run again after a resume).
    Status clearCandidates(qint64 scanId, const QStringList &checkIds) const;
    Result<ScanCandidates> candidates(qint64 scanId) const;
    Status setCandidateState(qint64 candidateId, ScanCandidate::State state, qint64 findingId = 0) const;

    static QString candidateStateKey(ScanCandidate::State state);

private:
    const Database &m_db;
};

} // namespace xj
