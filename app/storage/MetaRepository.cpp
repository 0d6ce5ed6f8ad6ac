// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/MetaRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

MetaRepository::MetaRepository(const Database &database)
    : m_db(database)
{}

Result<QString> MetaRepository::value(const QString &key, const QString &fallback) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM app_meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : fallback;
}

Status MetaRepository::setValue(const QString &key, const QString &value) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto q = m_db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {key, value});
        if (!q)
            return q.error();
        return Status::success();
    });
}

} // namespace xj
