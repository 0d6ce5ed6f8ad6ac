// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"
#include "training/Exercise.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace xj {

class Database;
struct Finding;

/// Who asks for an exercise made from real findings.
struct InspectionExerciseRequest
{
    QString title; ///< empty: a title naming the site and the number of findings
    QString createdBy;
};

/// The exercise and the findings that could not go into it.
struct InspectionExerciseResult
{
    Exercise exercise;
    /// Findings without an archived page, left out of the key ("2 findings had no archived page").
    QList<qint64> leftOut;
};

/// Makes a training exercise from findings of a real inspection: each finding's archived page
/// (the MHTML saved with "Archive") becomes a static page of `<folder>/site/`, and the finding
/// becomes a key entry that points at it, with the finding's picture in `<folder>/key/`. The
/// findings must all be of one site, as a trainee works on one site at a time. Building only reads
/// the database.
class InspectionExerciseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(xj::InspectionExerciseBuilder)
public:
    /// `folder` must not exist or be empty; on failure what was written there is removed again.
    static Result<InspectionExerciseResult> build(const Database &db, const QString &dataFolder,
                                                  const QList<qint64> &findingIds,
                                                  const InspectionExerciseRequest &request,
                                                  const QString &folder);

private:
    struct Source
    {
        qint64 findingId = 0;
        QList<Evidence> archives;
        Evidence picture; ///< id 0: none
    };
    struct Checklist
    {
        QString code;
        QHash<QString, QString> categoryOfItem; ///< item code → its first category
    };

    static Result<QList<Finding>> loadFindings(const Database &db, const QList<qint64> &findingIds);
    /// The archives and the picture that show the problem as it was found (never a re-check's).
    static Result<Source> sourceOf(const Database &db, qint64 findingId);
    /// The round's checklist for the site's kind; empty when it cannot be read.
    static Checklist checklistOf(const Database &db, qint64 roundId, qint64 siteId);
    static Status writeSources(const Database &db, const QString &dataFolder, const QList<Finding> &findings,
                               const QList<Source> &sources, const QString &folder, Exercise &exercise);
};

} // namespace xj
