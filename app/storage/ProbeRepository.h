// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "probe/ProbeResult.h"

#include <QCoreApplication>
#include <QHash>

namespace xj {

class Database;

/// Availability probe records (probe_results): every attempt on a site's home page, kept as the
/// evidence of a W-V2 verdict. Times are stored as UTC ISO 8601 text, so ranges compare as text.
class ProbeRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProbeRepository)
public:
    explicit ProbeRepository(const Database &database);

    /// Stores one attempt; returns its id.
    Result<qint64> add(const ProbeResult &result) const;
    /// The site's attempts with from <= probedAt <= to, oldest first.
    Result<ProbeResults> resultsFor(qint64 siteId, const QDateTime &from, const QDateTime &to) const;
    /// When the site was last probed; an invalid time when it never was.
    Result<QDateTime> lastProbe(qint64 siteId) const;
    /// The last probe time of every site that has been probed, in one query (for the scheduler).
    Result<QHash<qint64, QDateTime>> lastProbes() const;
    /// Deletes attempts made before `cutoff`; returns how many.
    Result<int> deleteOlderThan(const QDateTime &cutoff) const;

private:
    const Database &m_db;
};

} // namespace xj
