// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/AccountRecord.h"

#include <QCoreApplication>

#include <optional>

namespace xj {

class Database;

/// The per-round records of new-media accounts (newest post, interaction channel).
class AccountRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::AccountRecordRepository)
public:
    explicit AccountRecordRepository(const Database &database);

    /// std::nullopt when nothing has been recorded for the account in that round yet.
    Result<std::optional<AccountRecord>> find(qint64 roundId, qint64 siteId) const;
    /// Inserts or updates the (round, site) record and returns its id.
    Result<qint64> save(const AccountRecord &record) const;

private:
    const Database &m_db;
};

} // namespace xj
