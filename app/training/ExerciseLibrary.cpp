// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ExerciseLibrary.h"

#include "training/TrainingExerciseRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace xj {

ExerciseLibrary::ExerciseLibrary(QString dataFolder)
    : m_dataFolder(std::move(dataFolder))
{}

QString ExerciseLibrary::root() const
{
    return QDir(m_dataFolder).filePath(QStringLiteral("training/exercises"));
}

QString ExerciseLibrary::newWorkFolder() const
{
    return QDir(root()).filePath(QStringLiteral(".new-") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString ExerciseLibrary::absolute(const QString &relativeFolder) const
{
    return QDir(m_dataFolder).filePath(relativeFolder);
}

Result<qint64> ExerciseLibrary::add(const Database &database, const QString &workFolder) const
{
    auto exercise = Exercise::load(workFolder);
    if (!exercise) {
        QDir(workFolder).removeRecursively();
        return exercise.error();
    }
    const QString relative = QStringLiteral("training/exercises/") + exercise.value().uuid;
    const QString target = absolute(relative);
    if (QFileInfo::exists(target) || !QDir().rename(workFolder, target)) {
        QDir(workFolder).removeRecursively();
        return Error{
            tr("The exercise could not be put into the library folder %1. Check that the data folder "
               "is writable and has free space, then try again.")
                .arg(QDir::toNativeSeparators(root())),
            target};
    }
    auto id = TrainingExerciseRepository(database).add(exercise.value(), relative);
    if (!id)
        QDir(target).removeRecursively();
    return id;
}

} // namespace xj
