// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Verdict.h"

#include <QCoreApplication>
#include <QList>

namespace xj {

class Database;

/// Verdicts per site per checklist item per round. Saving a verdict is one transaction and
/// replaces the previous verdict of that item.
class VerdictRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::VerdictRepository)
public:
    explicit VerdictRepository(const Database &database);

    Result<QList<Verdict>> forSite(qint64 roundId, qint64 siteId) const;
    Status save(const Verdict &verdict) const;
    /// Removes the verdict, so the item counts as not yet judged.
    Status clear(qint64 roundId, qint64 siteId, const QString &itemCode) const;

private:
    const Database &m_db;
};

} // namespace xj
