// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Unit.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace xj {

class Database;

/// Host units (主办单位) in the database. Every write is one transaction.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::UnitRepository)
public:
    explicit UnitRepository(const Database &database);

    Result<QList<Unit>> all() const;
    Result<Unit> get(qint64 id) const;
    Result<std::optional<Unit>> findByName(const QString &name) const;

    Result<qint64> create(const Unit &unit) const;
    /// The unit with this name, created with just the name if it does not exist yet.
    Result<qint64> findOrCreate(const QString &name) const;
    Status update(const Unit &unit) const;
    /// Refused while sites still belong to the unit.
    Status remove(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace xj
