// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DictionaryRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

namespace {

const char *const ListCodes[] = {"protected", "allow", "confusion", "host"};

DictionaryEntry::List listFromCode(const QString &code)
{
    for (int i = 0; i < 4; ++i) {
        if (code == QLatin1String(ListCodes[i]))
            return DictionaryEntry::List(i);
    }
    return DictionaryEntry::List::Allow;
}

} // namespace

DictionaryRepository::DictionaryRepository(const Database &database)
    : m_db(database)
{}

QString DictionaryRepository::listCode(DictionaryEntry::List list)
{
    return QString::fromLatin1(ListCodes[int(list)]);
}

Result<QList<DictionaryEntry>> DictionaryRepository::all() const
{
    return m_db.selectAll(
        QStringLiteral("SELECT id, list, ifnull(site_id, 0), check_id, term, detail, title, note "
                       "FROM dictionary_entries ORDER BY list, term, id"),
        {}, [](const QSqlQuery &q) {
            DictionaryEntry e;
            e.id = q.value(0).toLongLong();
            e.list = listFromCode(q.value(1).toString());
            e.siteId = q.value(2).toLongLong();
            e.checkId = q.value(3).toString();
            e.term = q.value(4).toString();
            e.detail = q.value(5).toString();
            e.title = q.value(6).toString();
            e.note = q.value(7).toString();
            return e;
        });
}

Result<QList<DictionaryEntry>> DictionaryRepository::entries(DictionaryEntry::List list) const
{
    auto rows = all();
    if (!rows)
        return rows.error();
    QList<DictionaryEntry> out;
    for (const DictionaryEntry &e : rows.value()) {
        if (e.list == list)
            out.append(e);
    }
    return out;
}

Result<qint64> DictionaryRepository::save(const DictionaryEntry &entry) const
{
    const QString term = entry.term.trimmed();
    if (term.isEmpty())
        return Error{tr("Enter the word or name for the list entry."), {}};
    return withTransaction(m_db, [&]() -> Result<qint64> {
        if (entry.id > 0) {
            auto q =
                m_db.exec(QStringLiteral("UPDATE dictionary_entries SET site_id = ?, check_id = ?, term = ?, "
                                         "detail = ?, title = ?, note = ? WHERE id = ?"),
                          {idOrNull(entry.siteId), entry.checkId, term, entry.detail.trimmed(),
                           entry.title.trimmed(), entry.note, entry.id});
            if (!q)
                return q.error();
            return entry.id;
        }
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO dictionary_entries (list, site_id, check_id, term, detail, title, note) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT (list, ifnull(site_id, 0), check_id, term) DO UPDATE "
                "SET detail = excluded.detail, title = excluded.title, note = excluded.note"),
            {listCode(entry.list), idOrNull(entry.siteId), entry.checkId, term, entry.detail.trimmed(),
             entry.title.trimmed(), entry.note});
        if (!q)
            return q.error();
        return m_db.selectOne(
            QStringLiteral("SELECT id FROM dictionary_entries WHERE list = ? AND ifnull(site_id, 0) = ? AND "
                           "check_id = ? AND term = ?"),
            {listCode(entry.list), entry.siteId, entry.checkId, term},
            [](const QSqlQuery &row) { return row.value(0).toLongLong(); },
            tr("The list entry could not be read back after saving."));
    });
}

Status DictionaryRepository::saveAll(const QList<DictionaryEntry> &entries) const
{
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        for (const DictionaryEntry &e : entries) {
            if (auto id = save(e); !id)
                return id.error();
        }
        return true;
    });
    return done ? Status::success() : Status(done.error());
}

Status DictionaryRepository::remove(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM dictionary_entries WHERE id = ?"), {id});
    return q ? Status::success() : Status(q.error());
}

} // namespace xj
