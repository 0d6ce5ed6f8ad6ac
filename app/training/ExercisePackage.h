// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/Exercise.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace xj {

/// The `.xjexercise` file an instructor hands to trainees: a zip of an exercise folder
/// (exercise.json, site/**, key/**) plus `checksums.json`, which lists every other file with its
/// SHA-256 and size. Import trusts nothing in the file: every name, count, size and checksum and
/// the exercise itself are checked before anything is written, the files are unpacked into a
/// temporary folder beside the target and renamed into place at the end, so a refused or failed
/// import leaves nothing behind.
class ExercisePackage
{
    Q_DECLARE_TR_FUNCTIONS(xj::ExercisePackage)
public:
    static constexpr qsizetype MaxEntries = 20000;
    static constexpr qint64 MaxEntryBytes = 50LL * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 1024LL * 1024 * 1024;
    static constexpr int ChecksumsFormatVersion = 1;
    static inline const QString ChecksumsFileName = QStringLiteral("checksums.json");
    static inline const QString FileSuffix = QStringLiteral("xjexercise");

    /// What import accepts; the defaults are the constants above (tests lower them).
    struct Limits
    {
        qsizetype maxEntries;
        qint64 maxEntryBytes;
        qint64 maxTotalBytes;
    };
    static Limits defaultLimits() { return {MaxEntries, MaxEntryBytes, MaxTotalBytes}; }

    /// Called now and then with the bytes handled so far and the bytes to handle in all, from the
    /// thread the export or import runs on. Both take seconds for a large site: run them off the
    /// UI thread (they share no state, so QtConcurrent::run is enough).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Packs the exercise in `exerciseFolder` into `zipPath`, replacing a file already there only
    /// once the new one is complete.
    static Status exportTo(const QString &exerciseFolder, const QString &zipPath,
                           const Progress &progress = {});
    /// Checks the package and unpacks it into `<exercisesRoot>/<uuid>/`; refuses an exercise that
    /// is already there.
    static Result<Exercise> importFrom(const QString &zipPath, const QString &exercisesRoot);
    static Result<Exercise> importFrom(const QString &zipPath, const QString &exercisesRoot,
                                       const Limits &limits, const Progress &progress = {});
};

} // namespace xj
