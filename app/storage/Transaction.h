// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace xj {

class Database;

/// One user action = one transaction. Implemented with SQLite savepoints so that an action made of
/// smaller actions (an import that creates units and sites) nests: the outer one decides whether
/// anything is kept. Rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// False when the savepoint could not even be started (the database is locked or closed).
    bool isActive() const { return m_active; }
    Status startError() const { return m_startError; }
    Status commit();
    void rollback();

private:
    const Database &m_database;
    QString m_name;
    bool m_active = false;
    Status m_startError;
};

} // namespace xj

namespace xj {

/// Runs `work` (returning Status or Result<T>) inside one Transaction: its writes are kept only if
/// it succeeds and the commit goes through; otherwise nothing of it remains.
template<typename Work>
auto withTransaction(const Database &database, Work &&work) -> decltype(work())
{
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.startError().error();
    auto outcome = work();
    if (!outcome)
        return outcome; // the transaction rolls back when it goes out of scope
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace xj
