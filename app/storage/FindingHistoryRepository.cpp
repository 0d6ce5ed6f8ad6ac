// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FindingHistoryRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace xj {

FindingHistoryRepository::FindingHistoryRepository(const Database &database)
    : m_db(database)
{}

Status FindingHistoryRepository::append(const FindingChange &change) const
{
    const QDateTime at = change.changedAt.isValid() ? change.changedAt : QDateTime::currentDateTimeUtc();
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO finding_history (finding_id, changed_at, actor, field, "
                                 "old_value, new_value, note) VALUES (?,?,?,?,?,?,?)"),
                  {change.findingId, toDbTime(at), notNullText(change.actor.trimmed()), change.field,
                   notNullText(change.oldValue), notNullText(change.newValue), notNullText(change.note)});
    if (!q)
        return q.error();
    return Status::success();
}

Result<QList<FindingChange>> FindingHistoryRepository::forFinding(qint64 findingId) const
{
    return m_db.selectAll(
        QStringLiteral("SELECT id, finding_id, changed_at, actor, field, old_value, new_value, note "
                       "FROM finding_history WHERE finding_id = ? ORDER BY id"),
        {findingId}, [](const QSqlQuery &q) {
            FindingChange c;
            c.id = q.value(0).toLongLong();
            c.findingId = q.value(1).toLongLong();
            c.changedAt = fromDbTime(q.value(2));
            c.actor = q.value(3).toString();
            c.field = q.value(4).toString();
            c.oldValue = q.value(5).toString();
            c.newValue = q.value(6).toString();
            c.note = q.value(7).toString();
            return c;
        });
}

QString FindingHistoryRepository::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("item"), QT_TR_NOOP("Checklist item")},
        {QStringLiteral("severity"), QT_TR_NOOP("Judgement")},
        {QStringLiteral("url"), QT_TR_NOOP("Page address")},
        {QStringLiteral("inspector"), QT_TR_NOOP("Inspector")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("restored"), QT_TR_NOOP("Restored")},
        {QStringLiteral("carried_forward"), QT_TR_NOOP("Carried forward")},
        {QStringLiteral("feedback"), QT_TR_NOOP("Unit feedback")},
        {QStringLiteral("recheck"), QT_TR_NOOP("Re-check")},
        {QStringLiteral("notice"), QT_TR_NOOP("Notice")},
        {QStringLiteral("adopted"), QT_TR_NOOP("Adopted from a peer audit")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

} // namespace xj
