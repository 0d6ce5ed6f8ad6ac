// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/Exercise.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace xj {

/// What a generated practice site should look like.
struct DemoExerciseRequest
{
    quint64 seed = 1;
    QStringList categories; ///< the problem categories to plant (P01…); empty: all
    int articlePages = 60;
    QDate asOf;    ///< the inspection date the site's dates are measured against
    QString title; ///< empty: defaultTitle()
    QString createdBy;
};

/// Makes a training exercise from the demo site generator: a fictional county site with a chosen
/// mix of planted problems, written to `<folder>/site/`, and the generator's answer key turned
/// into the exercise's key. The answer key file itself stays out of the site, so a trainee cannot
/// open it in the browser. The same request gives the same site and key.
class DemoExerciseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoExerciseBuilder)
public:
    /// The checklist the demo site's answer key counts against (resources/checklists).
    static inline const QString ChecklistCode = QStringLiteral("national-2019-website");

    /// `folder` must not exist or be empty; on failure what was written there is removed again.
    static Result<Exercise> build(const DemoExerciseRequest &request, const QString &folder);
    static QString defaultTitle(const DemoExerciseRequest &request);

    /// The text a link to one of `hrefs` shows in `html` (an <a>'s text, an <img>'s alt); empty
    /// when the page has no such link.
    static QString linkText(const QString &html, const QStringList &hrefs);

    /// Refuses a folder that holds anything; creates a missing one.
    static Status prepareFolder(const QString &folder);
    /// Removes what a builder writes into an exercise folder (site/, key/, exercise.json).
    static void discardFolder(const QString &folder);
};

} // namespace xj
