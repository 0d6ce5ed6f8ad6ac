// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QList>

namespace xj {

class Database;

/// Which findings to list; 0 means "any".
struct FindingFilter
{
    qint64 roundId = 0;
    qint64 siteId = 0;
};

/// Findings (problems found on a site in a round). Every write is one transaction.
class FindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::FindingRepository)
public:
    explicit FindingRepository(const Database &database);

    /// Newest first.
    Result<QList<Finding>> list(const FindingFilter &filter = {}) const;
    Result<Finding> get(qint64 id) const;
    Result<qint64> create(const Finding &finding) const;
    Status update(const Finding &finding) const;
    Status remove(qint64 id) const;

private:
    Result<QVariant> itemIdOf(const Finding &finding) const;

    const Database &m_db;
};

} // namespace xj
