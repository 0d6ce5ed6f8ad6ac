// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "escalation/Escalation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace xj {

class Database;

/// Stores the escalation decisions (escalations): one per round and site, saved again when the
/// office changes its mind, never duplicated.
class EscalationRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::EscalationRepository)
public:
    explicit EscalationRepository(const Database &database);

    /// By site name.
    Result<QList<Escalation>> forRound(qint64 roundId) const;
    Result<std::optional<Escalation>> find(qint64 roundId, qint64 siteId) const;
    /// Inserts the decision or replaces the stored one of the same round and site; its id.
    Result<qint64> save(const Escalation &escalation) const;

private:
    const Database &m_db;
};

} // namespace xj
