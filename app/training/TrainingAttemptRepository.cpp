// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingAttemptRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace xj {

namespace {

TrainingAttempt readAttempt(const QSqlQuery &q)
{
    TrainingAttempt a;
    a.id = q.value(0).toLongLong();
    a.enrollmentId = q.value(1).toLongLong();
    a.exerciseId = q.value(2).toLongLong();
    a.day = q.value(3).toInt();
    a.hintsAllowed = q.value(4).toBool();
    a.timeLimitMinutes = q.value(5).toInt();
    a.startedAt = fromDbTime(q.value(6));
    if (!q.value(7).toString().isEmpty())
        a.submittedAt = fromDbTime(q.value(7));
    a.elapsedSeconds = q.value(8).toInt();
    a.workspace = q.value(9).toString();
    a.status =
        TrainingAttemptStatuses.fromCode(q.value(10).toString()).value_or(TrainingAttemptStatus::InProgress);
    a.hits = q.value(11).toInt();
    a.misses = q.value(12).toInt();
    a.falseAlarms = q.value(13).toInt();
    return a;
}

TrainingOutcome readOutcome(const QSqlQuery &q)
{
    TrainingOutcome o;
    o.kind = TrainingOutcomeKinds.fromCode(q.value(0).toString()).value_or(TrainingOutcomeKind::Hit);
    o.keyId = q.value(1).toString();
    o.findingId = q.value(2).toLongLong();
    o.category = q.value(3).toString();
    o.itemCode = q.value(4).toString();
    o.page = q.value(5).toString();
    o.text = q.value(6).toString();
    o.description = q.value(7).toString();
    return o;
}

} // namespace

TrainingAttemptRepository::TrainingAttemptRepository(const Database &database)
    : m_db(database)
{}

Result<QList<TrainingAttempt>> TrainingAttemptRepository::select(const QString &where,
                                                                 const QVariantList &params) const
{
    return m_db.selectAll(
        QStringLiteral("SELECT id, enrollment_id, exercise_id, day, hints_allowed, time_limit_minutes, "
                       "started_at, submitted_at, elapsed_seconds, workspace, status, hits, misses, "
                       "false_alarms FROM training_attempts ") +
            where,
        params, readAttempt);
}

Result<qint64> TrainingAttemptRepository::start(const TrainingAttempt &a) const
{
    if (a.day < TrainingAttempt::ExtraPractice || a.day > TrainingAttempt::LastDay)
        return Error{tr("Training day %1 does not exist: the training has days 1 to %2, or 0 for extra "
                        "practice.")
                         .arg(a.day)
                         .arg(TrainingAttempt::LastDay),
                     {}};
    const QDateTime started = a.startedAt.isValid() ? a.startedAt : QDateTime::currentDateTimeUtc();
    auto q = m_db.exec(QStringLiteral("INSERT INTO training_attempts (enrollment_id, exercise_id, day, "
                                      "hints_allowed, time_limit_minutes, started_at, workspace) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {a.enrollmentId, a.exerciseId, a.day, a.hintsAllowed ? 1 : 0,
                        std::max(0, a.timeLimitMinutes), toDbTime(started), notNullText(a.workspace)});
    if (!q)
        return Error{tr("The attempt cannot be started: the trainee or the exercise is no longer there. "
                        "Reopen the training and try again."),
                     q.error().fullText()};
    return q.value().lastInsertId().toLongLong();
}

Status TrainingAttemptRepository::setWorkspace(qint64 attemptId, const QString &workspaceRelative) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE training_attempts SET workspace = ? WHERE id = ?"),
                       {notNullText(workspaceRelative), attemptId});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error{tr("The attempt no longer exists. Reopen the training."),
                     QStringLiteral("attempt %1").arg(attemptId)};
    return Status::success();
}

Status TrainingAttemptRepository::submit(qint64 attemptId, int elapsedSeconds,
                                         const TrainingScore &score) const
{
    // The counts come from the outcomes written with them, so the row and its outcomes never
    // disagree whatever the caller's tallies say.
    const TrainingTally counts = TrainingScore::fromOutcomes(score.outcomes).overall;
    return withTransaction(m_db, [&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("UPDATE training_attempts SET status = 'submitted', submitted_at = ?, "
                                     "elapsed_seconds = ?, hits = ?, misses = ?, false_alarms = ? "
                                     "WHERE id = ? AND status = 'in_progress'"),
                      {nowDbTime(), std::max(0, elapsedSeconds), counts.hits, counts.misses,
                       counts.falseAlarms, attemptId});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0) {
            auto existing = find(attemptId);
            if (!existing)
                return existing.error();
            return Error{tr("This attempt was already submitted and scored; a score cannot be changed. "
                            "Start a new attempt to practise again."),
                         QStringLiteral("attempt %1").arg(attemptId)};
        }
        for (qsizetype i = 0; i < score.outcomes.size(); ++i) {
            const TrainingOutcome &o = score.outcomes.at(i);
            auto row =
                m_db.exec(QStringLiteral("INSERT INTO training_outcomes (attempt_id, position, kind, key_id, "
                                         "finding_id, category, item_code, page, text, description) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {attemptId, int(i), TrainingOutcomeKinds.code(o.kind), notNullText(o.keyId),
                           o.findingId, notNullText(o.category), notNullText(o.itemCode), notNullText(o.page),
                           notNullText(o.text), notNullText(o.description)});
            if (!row)
                return row.error();
        }
        return Status::success();
    });
}

Result<TrainingAttempt> TrainingAttemptRepository::find(qint64 attemptId) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {attemptId});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{tr("The attempt no longer exists. Reopen the training."),
                     QStringLiteral("attempt %1").arg(attemptId)};
    return rows.value().constFirst();
}

Result<QList<TrainingAttempt>> TrainingAttemptRepository::forEnrollment(qint64 enrollmentId) const
{
    return select(QStringLiteral("WHERE enrollment_id = ? ORDER BY day, started_at, id"), {enrollmentId});
}

Result<QList<TrainingOutcome>> TrainingAttemptRepository::outcomes(const QList<qint64> &attemptIds) const
{
    if (attemptIds.isEmpty())
        return QList<TrainingOutcome>{};
    QStringList marks;
    QVariantList ids;
    for (qint64 id : attemptIds) {
        marks.append(QStringLiteral("?"));
        ids.append(id);
    }
    return m_db.selectAll(QStringLiteral("SELECT kind, key_id, finding_id, category, item_code, page, text, "
                                         "description FROM training_outcomes WHERE attempt_id IN (%1) "
                                         "ORDER BY attempt_id, position")
                              .arg(marks.join(QLatin1Char(','))),
                          ids, readOutcome);
}

Result<TrainingScore> TrainingAttemptRepository::score(qint64 attemptId) const
{
    auto attempt = find(attemptId);
    if (!attempt)
        return attempt.error();
    if (!attempt.value().isSubmitted())
        return Error{tr("The attempt has not been submitted yet, so it has no score."),
                     QStringLiteral("attempt %1").arg(attemptId)};
    auto rows = outcomes({attemptId});
    if (!rows)
        return rows.error();
    return TrainingScore::fromOutcomes(rows.value());
}

} // namespace xj
