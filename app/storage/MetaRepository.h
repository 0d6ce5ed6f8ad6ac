// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace xj {

class Database;

/// Small facts about the database itself (app_meta), e.g. where its demo sites live.
class MetaRepository
{
public:
    explicit MetaRepository(const Database &database);

    /// The stored value, or `fallback` when there is none.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value) const;

private:
    const Database &m_db;
};

} // namespace xj
