// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace xj {

/// How a day's exercise is made: a generated practice site planting `categories` (empty: every
/// category the generator knows), with about `articlePages` article pages, to be done in `minutes`.
struct TrainingExerciseRecipe
{
    QStringList categories;
    int articlePages = 60;
    int minutes = 60;
    bool hintsAllowed = true;
};

/// One day of the plan: what it teaches and what the trainee practises.
struct TrainingPlanDay
{
    int day = 1;
    QString title;
    QStringList goals;      ///< the topics of the day, one line each
    QStringList categories; ///< the problem categories practised, P01…P17
    TrainingExerciseRecipe exercise;
};

/// The five-day remedial training (脱岗跟班学习) as data: the built-in plan is compiled in
/// (resources/training/plan.json) and an instructor may keep an edited copy (TrainingPlanStore).
/// A plan is checked whole before use, and every complaint names the day it is about.
struct TrainingPlan
{
    Q_DECLARE_TR_FUNCTIONS(xj::TrainingPlan)
public:
    static constexpr int FormatVersion = 1;
    /// The day log and the attempts store days 1…5.
    static constexpr int MaximumDays = 5;
    static constexpr int MinimumMinutes = 5;
    static constexpr int MaximumMinutes = 480;
    static inline const QString BuiltInPath = QStringLiteral(":/training/plan.json");

    QList<TrainingPlanDay> days;

    /// The day numbered `number`; nullptr when the plan has no such day.
    const TrainingPlanDay *day(int number) const;

    /// Days 1…N in order (1 ≤ N ≤ 5), titles present, time limits 5–480 minutes, article pages
    /// within what the generator makes, category codes P01…P17.
    Status validate() const;
    QJsonObject toJson() const;
    /// Reads and validates.
    static Result<TrainingPlan> fromJson(const QJsonObject &json);
    /// Reads JSON text and validates; `source` names the file in messages.
    static Result<TrainingPlan> parse(const QByteArray &bytes, const QString &source);
    static Result<TrainingPlan> builtIn();
};

} // namespace xj
