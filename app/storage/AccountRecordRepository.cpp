// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AccountRecordRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

AccountRecordRepository::AccountRecordRepository(const Database &database)
    : m_db(database)
{}

Result<std::optional<AccountRecord>> AccountRecordRepository::find(qint64 roundId, qint64 siteId) const
{
    auto rows = m_db.selectAll(
        QStringLiteral("SELECT id, last_post_date, last_post_title, channel, channel_state, note, "
                       "inspector, updated_at FROM account_records WHERE round_id = ? AND site_id = ?"),
        {roundId, siteId}, [&](const QSqlQuery &q) {
            AccountRecord r;
            r.id = q.value(0).toLongLong();
            r.roundId = roundId;
            r.siteId = siteId;
            r.lastPostDate = fromDbDate(q.value(1));
            r.lastPostTitle = q.value(2).toString();
            r.channel = q.value(3).toString();
            r.channelState = ChannelStates.fromCode(q.value(4).toString()).value_or(ChannelState::Unknown);
            r.note = q.value(5).toString();
            r.inspector = q.value(6).toString();
            r.updatedAt = fromDbTime(q.value(7));
            return r;
        });
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<AccountRecord>{};
    return std::optional<AccountRecord>{rows.value().constFirst()};
}

Result<qint64> AccountRecordRepository::save(const AccountRecord &record) const
{
    if (record.roundId <= 0 || record.siteId <= 0)
        return Error{tr("An account record belongs to an account and an inspection round; choose both."), {}};
    if (record.lastPostDate.isValid() && record.lastPostDate.year() < 2000)
        return Error{tr("The date of the newest post (%1) is not plausible; enter the date shown on the "
                        "account.")
                         .arg(record.lastPostDate.toString(Qt::ISODate)),
                     {}};
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO account_records (round_id, site_id, last_post_date, "
                           "last_post_title, channel, channel_state, note, inspector, updated_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (round_id, site_id) DO UPDATE SET "
                           "last_post_date = excluded.last_post_date, "
                           "last_post_title = excluded.last_post_title, channel = excluded.channel, "
                           "channel_state = excluded.channel_state, note = excluded.note, "
                           "inspector = excluded.inspector, updated_at = excluded.updated_at"),
            {record.roundId, record.siteId, toDbDate(record.lastPostDate), record.lastPostTitle,
             record.channel, ChannelStates.code(record.channelState), record.note, record.inspector,
             nowDbTime()});
        if (!q)
            return q.error();
        auto id = m_db.selectOne(
            QStringLiteral("SELECT id FROM account_records WHERE round_id = ? AND site_id = ?"),
            {record.roundId, record.siteId}, [](const QSqlQuery &row) { return row.value(0).toLongLong(); },
            tr("The account record could not be read back after saving."));
        return id;
    });
}

} // namespace xj
