// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/UnitRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

namespace {

const QString SelectUnit =
    QStringLiteral("SELECT id, name, region_code, contact_person, contact_phone FROM units");

Unit readUnit(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.regionCode = q.value(2).toString();
    u.contactPerson = q.value(3).toString();
    u.contactPhone = q.value(4).toString();
    return u;
}

} // namespace

UnitRepository::UnitRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Unit>> UnitRepository::all() const
{
    return m_db.selectAll(SelectUnit + QStringLiteral(" ORDER BY name"), {}, readUnit);
}

Result<Unit> UnitRepository::get(qint64 id) const
{
    return m_db.selectOne(SelectUnit + QStringLiteral(" WHERE id = ?"), {id}, readUnit,
                          tr("The host unit no longer exists. It may have been deleted; reload the list."));
}

Result<std::optional<Unit>> UnitRepository::findByName(const QString &name) const
{
    auto units = m_db.selectAll(SelectUnit + QStringLiteral(" WHERE name = ?"), {name.trimmed()}, readUnit);
    if (!units)
        return units.error();
    return units.value().isEmpty() ? std::optional<Unit>() : std::optional<Unit>(units.value().first());
}

Result<qint64> UnitRepository::create(const Unit &unit) const
{
    if (unit.name.trimmed().isEmpty())
        return Error{tr("A host unit needs a name."), {}};
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto existing = findByName(unit.name);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error{tr("A host unit named \"%1\" already exists.").arg(unit.name.trimmed()), {}};
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO units (name, region_code, contact_person, contact_phone) "
                                     "VALUES (?, ?, ?, ?)"),
                      {unit.name.trimmed(), unit.regionCode.trimmed(), unit.contactPerson.trimmed(),
                       unit.contactPhone.trimmed()});
        if (!q)
            return q.error();
        return q.value().lastInsertId().toLongLong();
    });
}

Result<qint64> UnitRepository::findOrCreate(const QString &name) const
{
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto existing = findByName(name);
        if (!existing)
            return existing.error();
        if (existing.value())
            return existing.value()->id;
        Unit unit;
        unit.name = name;
        return create(unit);
    });
}

Status UnitRepository::update(const Unit &unit) const
{
    if (unit.name.trimmed().isEmpty())
        return Error{tr("A host unit needs a name."), {}};
    return withTransaction(m_db, [&]() -> Status {
        auto existing = findByName(unit.name);
        if (!existing)
            return existing.error();
        if (existing.value() && existing.value()->id != unit.id)
            return Error{tr("A host unit named \"%1\" already exists.").arg(unit.name.trimmed()), {}};
        auto q = m_db.exec(QStringLiteral("UPDATE units SET name = ?, region_code = ?, contact_person = ?, "
                                          "contact_phone = ?, updated_at = ? WHERE id = ?"),
                           {unit.name.trimmed(), unit.regionCode.trimmed(), unit.contactPerson.trimmed(),
                            unit.contactPhone.trimmed(), nowDbTime(), unit.id});
        if (!q)
            return q.error();
        return Status::success();
    });
}

Status UnitRepository::remove(qint64 id) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto count = m_db.exec(QStringLiteral("SELECT count(*) FROM sites WHERE unit_id = ?"), {id});
        if (!count)
            return count.error();
        count.value().next();
        if (const int n = count.value().value(0).toInt(); n > 0)
            return Error{tr("This host unit still has %n site(s). Delete or move them first.", nullptr, n),
                         {}};
        auto q = m_db.exec(QStringLiteral("DELETE FROM units WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return Status::success();
    });
}

} // namespace xj
