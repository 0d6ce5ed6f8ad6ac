// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "core/Logging.h"
#include "storage/Database.h"

#include <atomic>

namespace xj {

namespace {
std::atomic<quint64> savepointCounter{0};
}

Transaction::Transaction(const Database &database)
    : m_database(database)
    , m_name(QStringLiteral("xj_sp_%1").arg(++savepointCounter))
{
    auto result = m_database.exec(QStringLiteral("SAVEPOINT ") + m_name);
    m_active = result.ok();
    if (!m_active)
        m_startError = result.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_startError.ok() ? Status(Error{QStringLiteral("transaction already finished"), {}})
                                 : m_startError;
    auto result = m_database.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    if (!result) {
        rollback();
        return result.error();
    }
    m_active = false;
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // ROLLBACK TO undoes the work but leaves the savepoint open; RELEASE then closes it.
    if (!m_database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name) ||
        !m_database.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name))
        qCWarning(lcStorage) << "rollback of" << m_name << "failed";
}

} // namespace xj
