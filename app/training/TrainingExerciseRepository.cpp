// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingExerciseRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

namespace {

TrainingExerciseRecord readExercise(const QSqlQuery &q)
{
    TrainingExerciseRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.title = q.value(2).toString();
    r.source = ExerciseSources.fromCode(q.value(3).toString()).value_or(ExerciseSource::Demo);
    r.seed = q.value(4).toString().toULongLong();
    r.categories = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.asOf = fromDbDate(q.value(6));
    r.folder = q.value(7).toString();
    r.keySize = q.value(8).toInt();
    r.createdAt = fromDbTime(q.value(9));
    r.createdBy = q.value(10).toString();
    return r;
}

} // namespace

TrainingExerciseRepository::TrainingExerciseRepository(const Database &database)
    : m_db(database)
{}

Result<QList<TrainingExerciseRecord>> TrainingExerciseRepository::select(const QString &where,
                                                                         const QVariantList &params) const
{
    return m_db.selectAll(QStringLiteral("SELECT id, uuid, title, source, seed, categories, as_of, folder, "
                                         "key_size, created_at, created_by FROM training_exercises ") +
                              where,
                          params, readExercise);
}

Result<qint64> TrainingExerciseRepository::add(const Exercise &exercise, const QString &folderRelative) const
{
    if (exercise.uuid.trimmed().isEmpty())
        return Error{tr("The exercise has no identifier. Ask the instructor for a new copy."), {}};
    if (folderRelative.trimmed().isEmpty())
        return Error{tr("The exercise \"%1\" has no folder. Import it again.").arg(exercise.title), {}};
    return withTransaction(m_db, [&]() -> Result<qint64> {
        if (findByUuid(exercise.uuid))
            return Error{tr("The exercise \"%1\" is already in the library. Delete the old copy first "
                            "to import it again.")
                             .arg(exercise.title),
                         QStringLiteral("uuid %1").arg(exercise.uuid)};
        const QDateTime created =
            exercise.createdAt.isValid() ? exercise.createdAt : QDateTime::currentDateTimeUtc();
        auto q = m_db.exec(QStringLiteral("INSERT INTO training_exercises (uuid, title, source, seed, "
                                          "categories, as_of, folder, key_size, created_at, created_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {exercise.uuid.trimmed(), notNullText(exercise.title),
                            ExerciseSources.code(exercise.source), QString::number(exercise.seed),
                            notNullText(exercise.categories.join(QLatin1Char(','))),
                            notNullText(toDbDate(exercise.asOf)), folderRelative, int(exercise.key.size()),
                            toDbTime(created), notNullText(exercise.createdBy)});
        if (!q)
            return q.error();
        return q.value().lastInsertId().toLongLong();
    });
}

Result<QList<TrainingExerciseRecord>> TrainingExerciseRepository::all() const
{
    return select(QStringLiteral("ORDER BY created_at DESC, id DESC"), {});
}

Result<TrainingExerciseRecord> TrainingExerciseRepository::find(qint64 id) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{tr("The exercise is no longer in the library. Choose another one."),
                     QStringLiteral("exercise %1").arg(id)};
    return rows.value().constFirst();
}

Result<TrainingExerciseRecord> TrainingExerciseRepository::findByUuid(const QString &uuid) const
{
    auto rows = select(QStringLiteral("WHERE uuid = ?"), {notNullText(uuid.trimmed())});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{tr("The exercise is not in the library. Import it first."),
                     QStringLiteral("uuid %1").arg(uuid)};
    return rows.value().constFirst();
}

Status TrainingExerciseRepository::remove(qint64 id) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto used = m_db.selectOne(
            QStringLiteral("SELECT count(*) FROM training_attempts WHERE exercise_id = ?"), {id},
            [](const QSqlQuery &q) { return q.value(0).toInt(); },
            tr("Whether trainees use the exercise cannot be checked. Try again."));
        if (!used)
            return used.error();
        if (used.value() > 0)
            return Error{tr("The exercise cannot be deleted: %n trainee attempt(s) use it. Their scores "
                            "would lose the answer key.",
                            nullptr, used.value()),
                         {}};
        auto q = m_db.exec(QStringLiteral("DELETE FROM training_exercises WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return Status::success();
    });
}

} // namespace xj
