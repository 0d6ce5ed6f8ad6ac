// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingDayLogRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace xj {

TrainingDayLogRepository::TrainingDayLogRepository(const Database &database)
    : m_db(database)
{}

Result<qint64> TrainingDayLogRepository::save(const TrainingDayEntry &e) const
{
    if (e.day < FirstDay || e.day > LastDay)
        return Error{tr("Training day %1 does not exist: the training has days %2 to %3.")
                         .arg(e.day)
                         .arg(FirstDay)
                         .arg(LastDay),
                     {}};
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO training_day_log (enrollment_id, day, date, present, note) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (enrollment_id, day) DO UPDATE "
                                 "SET date = excluded.date, present = excluded.present, "
                                 "note = excluded.note"),
                  {e.enrollmentId, e.day, notNullText(toDbDate(e.date)), e.present ? 1 : 0,
                   notNullText(e.note.trimmed())});
    if (!q)
        return Error{tr("The day log cannot be saved: the trainee is no longer enrolled. Reopen the "
                        "training and try again."),
                     q.error().fullText()};
    // An upsert that updates reports no new rowid, so the id is read back.
    return m_db.selectOne(
        QStringLiteral("SELECT id FROM training_day_log WHERE enrollment_id = ? AND day = ?"),
        {e.enrollmentId, e.day}, [](const QSqlQuery &r) { return r.value(0).toLongLong(); },
        tr("The day log was saved but cannot be read back. Try again."));
}

Result<QList<TrainingDayEntry>> TrainingDayLogRepository::forEnrollment(qint64 enrollmentId) const
{
    return m_db.selectAll(QStringLiteral("SELECT id, enrollment_id, day, date, present, note "
                                         "FROM training_day_log WHERE enrollment_id = ? ORDER BY day"),
                          {enrollmentId}, [](const QSqlQuery &q) {
                              TrainingDayEntry e;
                              e.id = q.value(0).toLongLong();
                              e.enrollmentId = q.value(1).toLongLong();
                              e.day = q.value(2).toInt();
                              e.date = fromDbDate(q.value(3));
                              e.present = q.value(4).toBool();
                              e.note = q.value(5).toString();
                              return e;
                          });
}

} // namespace xj
