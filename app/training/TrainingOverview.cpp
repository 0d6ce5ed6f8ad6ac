// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingOverview.h"

#include "escalation/TrainingEnrollmentRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace xj {

Result<QList<TrainingOverviewRow>> TrainingOverview::load(const Database &database)
{
    // Sums over submitted attempts only: an attempt in progress has no score yet.
    return database.selectAll(
        QStringLiteral(
            "SELECT t.id, t.person, t.phone, t.unit_id, t.site_id, t.round_id, t.escalation_id, "
            "t.start_date, t.status, t.created_at, COALESCE(u.name, ''), COALESCE(s.name, ''), "
            "(SELECT count(*) FROM training_day_log d WHERE d.enrollment_id = t.id AND d.present = 1), "
            "(SELECT count(*) FROM training_attempts a WHERE a.enrollment_id = t.id "
            " AND a.status = 'submitted'), "
            "(SELECT COALESCE(sum(a.hits), 0) FROM training_attempts a WHERE a.enrollment_id = t.id "
            " AND a.status = 'submitted'), "
            "(SELECT COALESCE(sum(a.misses), 0) FROM training_attempts a WHERE a.enrollment_id = t.id "
            " AND a.status = 'submitted'), "
            "(SELECT COALESCE(sum(a.false_alarms), 0) FROM training_attempts a "
            " WHERE a.enrollment_id = t.id AND a.status = 'submitted'), "
            "(SELECT COALESCE(max(a.started_at), '') FROM training_attempts a WHERE a.enrollment_id = t.id) "
            "FROM training_enrollments t LEFT JOIN units u ON u.id = t.unit_id "
            "LEFT JOIN sites s ON s.id = t.site_id WHERE t.status <> 'cancelled' "
            "ORDER BY t.start_date DESC, t.created_at DESC, t.id DESC"),
        {}, [](const QSqlQuery &q) {
            TrainingOverviewRow row;
            row.enrollment = TrainingEnrollmentRepository::fromRow(q);
            row.unitName = q.value(10).toString();
            row.siteName = q.value(11).toString();
            row.daysPresent = q.value(12).toInt();
            row.attemptsSubmitted = q.value(13).toInt();
            row.overall.hits = q.value(14).toInt();
            row.overall.misses = q.value(15).toInt();
            row.overall.falseAlarms = q.value(16).toInt();
            if (!q.value(17).toString().isEmpty())
                row.lastAttemptAt = fromDbTime(q.value(17));
            return row;
        });
}

} // namespace xj
