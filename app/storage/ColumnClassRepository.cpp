// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ColumnClassRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace xj {

ColumnClassRepository::ColumnClassRepository(const Database &database)
    : m_db(database)
{}

Result<QHash<QString, ColumnClass>> ColumnClassRepository::classesFor(qint64 siteId) const
{
    auto rows = m_db.selectAll(
        QStringLiteral("SELECT column_key, class FROM column_classes WHERE site_id = ?"), {siteId},
        [](const QSqlQuery &q) { return std::make_pair(q.value(0).toString(), q.value(1).toString()); });
    if (!rows)
        return rows.error();
    QHash<QString, ColumnClass> out;
    for (const auto &[key, code] : rows.value()) {
        if (const std::optional<ColumnClass> cls = columnClassFromKey(code))
            out.insert(key, *cls);
    }
    return out;
}

Status ColumnClassRepository::setClass(qint64 siteId, const QString &columnKey, const QString &columnName,
                                       ColumnClass cls) const
{
    if (columnKey.trimmed().isEmpty())
        return Error{tr("A column needs its address to remember its class."), {}};
    auto q = m_db.exec(QStringLiteral("INSERT INTO column_classes (site_id, column_key, column_name, class) "
                                      "VALUES (?,?,?,?) ON CONFLICT (site_id, column_key) DO UPDATE SET "
                                      "column_name = excluded.column_name, class = excluded.class"),
                       {siteId, columnKey, columnName, columnClassKey(cls)});
    return q ? Status::success() : Status(q.error());
}

Status ColumnClassRepository::clear(qint64 siteId, const QString &columnKey) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM column_classes WHERE site_id = ? AND column_key = ?"),
                       {siteId, columnKey});
    return q ? Status::success() : Status(q.error());
}

} // namespace xj
