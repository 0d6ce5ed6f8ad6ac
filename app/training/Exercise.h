// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace xj {

enum class ExerciseSource { Demo, Inspection };

inline constexpr EnumTable<ExerciseSource, 2> ExerciseSources{
    "xj::Exercise",
    {{{ExerciseSource::Demo, "demo", QT_TRANSLATE_NOOP("xj::Exercise", "Generated practice site")},
      {ExerciseSource::Inspection, "inspection", QT_TRANSLATE_NOOP("xj::Exercise", "Real inspection")}}}};

/// One expected finding of an exercise's answer key.
struct ExerciseKeyEntry
{
    QString id;       ///< unique within the exercise: "P01-leader-name", "F12"
    QString itemCode; ///< checklist item: W-V1 …
    QString category; ///< problem category P01…P17
    QString page;     ///< site-relative path of the page ("/index.html"), "*" for any page
    QString text;     ///< what the page shows wrongly (the wrong words, a link's address); may be empty
    /// Other texts that identify the same problem on the page (a dead link's anchor text).
    QStringList alternativeTexts;
    QString selector;    ///< CSS selector of the element when known
    QString description; ///< what is wrong, for the review screen
    /// A picture of the problem, relative to the exercise folder ("key/F12.png"); empty when none.
    QString evidenceFile;
};

/// A training exercise: an archived site that loads with no network plus its answer key. On disk
/// it is a folder: `exercise.json` (this struct), `site/` (the pages, served on 127.0.0.1 while
/// a trainee works on it) and `key/` (the key's pictures). Exchanged as a `.xjexercise` zip.
struct Exercise
{
    Q_DECLARE_TR_FUNCTIONS(xj::Exercise)
public:
    static constexpr int FormatVersion = 1;
    static inline const QString FileName = QStringLiteral("exercise.json");
    static inline const QString SiteFolder = QStringLiteral("site");
    static inline const QString KeyFolder = QStringLiteral("key");

    QString uuid; ///< without braces; names the folder under <data>/training/exercises/
    QString title;
    ExerciseSource source = ExerciseSource::Demo;
    quint64 seed = 0;       ///< generated sites: the generator's seed
    QStringList categories; ///< generated sites: the planted categories (empty: all)
    QDate asOf;             ///< the date the site's pages are measured against
    QString startPage = QStringLiteral("/index.html");
    QString siteName;      ///< shown to the trainee as the site's name
    QString checklistCode; ///< the checklist the key's items belong to
    QDateTime createdAt;
    QString createdBy;
    QList<ExerciseKeyEntry> key;

    QJsonObject toJson() const;
    /// Refuses unknown format versions and entries without an id, item or page, saying which.
    static Result<Exercise> fromJson(const QJsonObject &json);
    static Result<Exercise> load(const QString &folder);
    Status save(const QString &folder) const;
};

} // namespace xj
