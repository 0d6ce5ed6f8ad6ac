// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/TrainingEnrollmentRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace xj {

TrainingEnrollment TrainingEnrollmentRepository::fromRow(const QSqlQuery &q)
{
    TrainingEnrollment t;
    t.id = q.value(0).toLongLong();
    t.person = q.value(1).toString();
    t.phone = q.value(2).toString();
    t.unitId = q.value(3).toLongLong();
    t.siteId = q.value(4).toLongLong();
    t.roundId = q.value(5).toLongLong();
    t.escalationId = q.value(6).toLongLong();
    t.startDate = fromDbDate(q.value(7));
    t.status = TrainingStatuses.fromCode(q.value(8).toString()).value_or(TrainingStatus::Enrolled);
    t.createdAt = fromDbTime(q.value(9));
    return t;
}

TrainingEnrollmentRepository::TrainingEnrollmentRepository(const Database &database)
    : m_db(database)
{}

Result<QList<TrainingEnrollment>> TrainingEnrollmentRepository::select(const QString &where,
                                                                       const QVariantList &params) const
{
    return m_db.selectAll(
        QStringLiteral("SELECT t.id, t.person, t.phone, t.unit_id, t.site_id, t.round_id, "
                       "t.escalation_id, t.start_date, t.status, t.created_at "
                       "FROM training_enrollments t LEFT JOIN sites s ON s.id = t.site_id ") +
            where,
        params, fromRow);
}

Result<QList<TrainingEnrollment>> TrainingEnrollmentRepository::all() const
{
    return select(QStringLiteral("ORDER BY t.start_date, t.id"), {});
}

Result<QList<TrainingEnrollment>> TrainingEnrollmentRepository::forRound(qint64 roundId) const
{
    return select(QStringLiteral("WHERE t.round_id = ? ORDER BY s.name, t.id"), {roundId});
}

Result<qint64> TrainingEnrollmentRepository::enroll(const TrainingEnrollment &t) const
{
    if (t.person.trimmed().isEmpty())
        return Error{tr("A training enrollment needs the name of the person."), {}};
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO training_enrollments (person, phone, unit_id, site_id, round_id, escalation_id, "
            "start_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (round_id, site_id, person) DO UPDATE SET phone = excluded.phone, "
            "unit_id = excluded.unit_id, escalation_id = excluded.escalation_id, "
            "start_date = CASE WHEN status IN ('enrolled', 'cancelled') THEN excluded.start_date "
            "ELSE start_date END, "
            "status = CASE WHEN status = 'cancelled' THEN 'enrolled' ELSE status END"),
        {t.person.trimmed(), notNullText(t.phone.trimmed()), idOrNull(t.unitId), idOrNull(t.siteId),
         idOrNull(t.roundId), idOrNull(t.escalationId), notNullText(toDbDate(t.startDate)),
         TrainingStatuses.code(t.status)});
    if (!q)
        return q.error();
    // NULLs never conflict in SQLite, so an enrollment by hand (no round or site) is always new.
    if (t.roundId <= 0 || t.siteId <= 0)
        return q.value().lastInsertId().toLongLong();
    return m_db.selectOne(
        QStringLiteral(
            "SELECT id FROM training_enrollments WHERE round_id = ? AND site_id = ? AND person = ?"),
        {t.roundId, t.siteId, t.person.trimmed()}, [](const QSqlQuery &r) { return r.value(0).toLongLong(); },
        tr("The training enrollment was saved but cannot be read back. Try again."));
}

Status TrainingEnrollmentRepository::cancelOthers(qint64 roundId, qint64 siteId,
                                                  const QString &keepPerson) const
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE training_enrollments SET status = 'cancelled' WHERE round_id = ? "
                                 "AND site_id = ? AND person <> ? AND status = 'enrolled'"),
                  {roundId, siteId, notNullText(keepPerson.trimmed())});
    if (!q)
        return q.error();
    return Status::success();
}

Status TrainingEnrollmentRepository::setStatus(qint64 id, TrainingStatus status) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE training_enrollments SET status = ? WHERE id = ?"),
                       {TrainingStatuses.code(status), id});
    if (!q)
        return q.error();
    return Status::success();
}

Result<TrainingEnrollment> TrainingEnrollmentRepository::find(qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE t.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{tr("The training enrollment no longer exists. Reopen the list of trainees."),
                     QStringLiteral("enrollment %1").arg(id)};
    return rows.value().constFirst();
}

Status TrainingEnrollmentRepository::update(const TrainingEnrollment &t) const
{
    if (t.person.trimmed().isEmpty())
        return Error{tr("A training enrollment needs the name of the person."), {}};
    auto q = m_db.exec(QStringLiteral("UPDATE training_enrollments SET person = ?, phone = ?, unit_id = ?, "
                                      "site_id = ?, start_date = ? WHERE id = ?"),
                       {t.person.trimmed(), notNullText(t.phone.trimmed()), idOrNull(t.unitId),
                        idOrNull(t.siteId), notNullText(toDbDate(t.startDate)), t.id});
    if (!q && q.error().fullText().contains(QLatin1String("UNIQUE")))
        return Error{tr("The enrollment cannot be changed: %1 is already enrolled for this site in this "
                        "round. Edit that enrollment instead.")
                         .arg(t.person.trimmed()),
                     q.error().fullText()};
    if (!q)
        return Error{tr("The enrollment cannot be changed: the unit or site chosen no longer exists. "
                        "Choose them again."),
                     q.error().fullText()};
    if (q.value().numRowsAffected() == 0)
        return Error{tr("The training enrollment no longer exists. Reopen the list of trainees."),
                     QStringLiteral("enrollment %1").arg(t.id)};
    return Status::success();
}

} // namespace xj
