// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "escalation/TrainingEnrollment.h"

#include <QCoreApplication>
#include <QList>

class QSqlQuery;

namespace xj {

class Database;

/// Stores who is enrolled in the remedial training (training_enrollments). A person is enrolled
/// once per round and site: enrolling again updates the row instead of adding one.
class TrainingEnrollmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::TrainingEnrollmentRepository)
public:
    explicit TrainingEnrollmentRepository(const Database &database);

    /// Every enrollment, cancelled ones included, by start date.
    Result<QList<TrainingEnrollment>> all() const;
    /// The enrollments that came from a round, cancelled ones included, by site name.
    Result<QList<TrainingEnrollment>> forRound(qint64 roundId) const;
    /// Enrolls the person, or updates the enrollment of the same round, site and person: the phone,
    /// the escalation and — while the training has not started — the start date; a cancelled
    /// enrollment becomes enrolled again. Its id.
    Result<qint64> enroll(const TrainingEnrollment &enrollment) const;
    /// Cancels the not yet started enrollments of the round and site, except that of `keepPerson`
    /// (none kept when empty): the site is no longer sent, or has a new person in charge.
    Status cancelOthers(qint64 roundId, qint64 siteId, const QString &keepPerson = {}) const;
    Status setStatus(qint64 id, TrainingStatus status) const;

    /// An enrollment from a query whose first ten columns are id, person, phone, unit_id, site_id,
    /// round_id, escalation_id, start_date, status, created_at (other tables' reports join it).
    static TrainingEnrollment fromRow(const QSqlQuery &q);
    Result<TrainingEnrollment> find(qint64 id) const;
    /// Corrects the person, phone, unit, site and start date of an enrollment (its round, escalation
    /// and status stay). Refused when the round already enrolls that person for that site.
    Status update(const TrainingEnrollment &enrollment) const;

private:
    Result<QList<TrainingEnrollment>> select(const QString &where, const QVariantList &params) const;

    const Database &m_db;
};

} // namespace xj
