// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Round.h"

#include <QCoreApplication>
#include <QList>

namespace xj {

class Database;

/// Inspection rounds with what they cover: their units (round_units), the checklist items of a
/// special campaign (round_items) and the round whose open findings they continue. Every write is
/// one transaction, refused whole when the round does not fit its kind.
class RoundRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::RoundRepository)
public:
    explicit RoundRepository(const Database &database);

    /// Newest inspection date first.
    Result<QList<Round>> all() const;
    Result<Round> get(qint64 id) const;
    Result<qint64> create(const Round &round) const;
    Status update(const Round &round) const;
    /// Refused while verdicts or findings refer to the round.
    Status remove(qint64 id) const;

private:
    Status validate(const Round &round) const;
    Status validateScope(const Round &round) const;
    Status writeScope(qint64 roundId, const Round &round) const;
    Status loadScope(QList<Round> &rounds) const;

    const Database &m_db;
};

} // namespace xj
