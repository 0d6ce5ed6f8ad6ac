// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingPlan.h"

#include "demo/DemoSiteSpec.h"
#include "training/ProblemCategories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace xj {

namespace {

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(v.toString().trimmed());
    return out;
}

QJsonObject dayToJson(const TrainingPlanDay &d)
{
    const TrainingExerciseRecipe &r = d.exercise;
    return {{QStringLiteral("day"), d.day},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("goals"), QJsonArray::fromStringList(d.goals)},
            {QStringLiteral("categories"), QJsonArray::fromStringList(d.categories)},
            {QStringLiteral("exercise"),
             QJsonObject{{QStringLiteral("categories"), QJsonArray::fromStringList(r.categories)},
                         {QStringLiteral("articlePages"), r.articlePages},
                         {QStringLiteral("minutes"), r.minutes},
                         {QStringLiteral("hintsAllowed"), r.hintsAllowed}}}};
}

TrainingPlanDay dayFromJson(const QJsonObject &o)
{
    TrainingPlanDay d;
    // A missing or non-numeric day reads as 0, which validation refuses by position.
    d.day = o.value(QStringLiteral("day")).toInt(0);
    d.title = o.value(QStringLiteral("title")).toString().trimmed();
    d.goals = strings(o, "goals");
    d.categories = strings(o, "categories");
    const QJsonObject r = o.value(QStringLiteral("exercise")).toObject();
    d.exercise.categories = strings(r, "categories");
    d.exercise.articlePages = r.value(QStringLiteral("articlePages")).toInt(d.exercise.articlePages);
    d.exercise.minutes = r.value(QStringLiteral("minutes")).toInt(d.exercise.minutes);
    d.exercise.hintsAllowed = r.value(QStringLiteral("hintsAllowed")).toBool(d.exercise.hintsAllowed);
    return d;
}

} // namespace

const TrainingPlanDay *TrainingPlan::day(int number) const
{
    for (const TrainingPlanDay &d : days) {
        if (d.day == number)
            return &d;
    }
    return nullptr;
}

Status TrainingPlan::validate() const
{
    if (days.isEmpty())
        return Error{tr("The training plan has no days. Give it at least one day."), {}};
    if (days.size() > MaximumDays)
        return Error{tr("The training plan has %1 days; at most %2 are possible. Remove the extra days.")
                         .arg(days.size())
                         .arg(MaximumDays),
                     {}};
    for (qsizetype i = 0; i < days.size(); ++i) {
        const TrainingPlanDay &d = days.at(i);
        const int expected = int(i) + 1;
        if (d.day != expected)
            return Error{tr("Day %1 of the training plan is listed as day %2. Number the days 1, 2, 3… "
                            "in order.")
                             .arg(expected)
                             .arg(d.day),
                         {}};
        if (d.title.isEmpty())
            return Error{tr("Day %1 of the training plan has no title. Give it one.").arg(d.day), {}};
        if (d.exercise.minutes < MinimumMinutes || d.exercise.minutes > MaximumMinutes)
            return Error{tr("Day %1 of the training plan gives its exercise %2 minutes. Give between %3 "
                            "and %4 minutes.")
                             .arg(d.day)
                             .arg(d.exercise.minutes)
                             .arg(MinimumMinutes)
                             .arg(MaximumMinutes),
                         {}};
        if (d.exercise.articlePages < DemoSiteSpec::MinimumArticlePages ||
            d.exercise.articlePages > DemoSiteSpec::MaximumArticlePages)
            return Error{tr("Day %1 of the training plan asks for %2 article pages. Ask for between %3 and "
                            "%4.")
                             .arg(d.day)
                             .arg(d.exercise.articlePages)
                             .arg(DemoSiteSpec::MinimumArticlePages)
                             .arg(DemoSiteSpec::MaximumArticlePages),
                         {}};
        for (const QStringList &codes : {d.categories, d.exercise.categories}) {
            for (const QString &code : codes) {
                if (!ProblemCategories::isKnown(code))
                    return Error{tr("Day %1 of the training plan names the problem category \"%2\", "
                                    "which does not exist. Use the codes P01 to P17.")
                                     .arg(d.day)
                                     .arg(code),
                                 {}};
            }
        }
    }
    return Status::success();
}

QJsonObject TrainingPlan::toJson() const
{
    QJsonArray list;
    for (const TrainingPlanDay &d : days)
        list.append(dayToJson(d));
    return {{QStringLiteral("format"), FormatVersion}, {QStringLiteral("days"), list}};
}

Result<TrainingPlan> TrainingPlan::fromJson(const QJsonObject &json)
{
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (!format.isDouble())
        return Error{tr("This is not a Xunjian training plan: its version mark is missing."), {}};
    if (format.toInt() > FormatVersion)
        return Error{
            tr("The training plan was made by a newer Xunjian: update Xunjian to use it."),
            QStringLiteral("plan format %1, supported up to %2").arg(format.toInt()).arg(FormatVersion)};
    TrainingPlan plan;
    for (const QJsonValue &v : json.value(QStringLiteral("days")).toArray())
        plan.days.append(dayFromJson(v.toObject()));
    if (Status valid = plan.validate(); !valid)
        return valid.error();
    return plan;
}

Result<TrainingPlan> TrainingPlan::parse(const QByteArray &bytes, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("The training plan %1 is not valid JSON.").arg(source),
                     QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)};
    return fromJson(doc.object());
}

Result<TrainingPlan> TrainingPlan::builtIn()
{
    QFile file(BuiltInPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The built-in training plan is missing. Reinstall Xunjian."), file.errorString()};
    return parse(file.readAll(), BuiltInPath);
}

} // namespace xj
