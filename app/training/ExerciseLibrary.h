// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/Exercise.h"

#include <QCoreApplication>

namespace xj {

class Database;

/// Where the office keeps its exercises — `<data folder>/training/exercises/<uuid>/` — and the one
/// way a newly built or imported exercise joins the library: its folder moved into place and its
/// row written, or neither.
class ExerciseLibrary
{
    Q_DECLARE_TR_FUNCTIONS(xj::ExerciseLibrary)
public:
    explicit ExerciseLibrary(QString dataFolder);

    QString root() const;
    /// A new, not yet existing folder under the library to build an exercise in.
    QString newWorkFolder() const;
    /// Moves the exercise built in `workFolder` to its uuid's folder and records it; on failure
    /// nothing of it is left. The exercise's id.
    Result<qint64> add(const Database &database, const QString &workFolder) const;
    /// The absolute folder of an exercise recorded with a folder relative to the data folder.
    QString absolute(const QString &relativeFolder) const;

private:
    QString m_dataFolder;
};

} // namespace xj
