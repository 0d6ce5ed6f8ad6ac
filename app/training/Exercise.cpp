// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/Exercise.h"

#include "core/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace xj {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(v.toString());
    return out;
}

QJsonObject keyEntryToJson(const ExerciseKeyEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("item"), e.itemCode},
            {QStringLiteral("category"), e.category},
            {QStringLiteral("page"), e.page},
            {QStringLiteral("text"), e.text},
            {QStringLiteral("alternativeTexts"), QJsonArray::fromStringList(e.alternativeTexts)},
            {QStringLiteral("selector"), e.selector},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("evidence"), e.evidenceFile}};
}

ExerciseKeyEntry keyEntryFromJson(const QJsonObject &o)
{
    ExerciseKeyEntry e;
    e.id = str(o, "id");
    e.itemCode = str(o, "item");
    e.category = str(o, "category");
    e.page = str(o, "page");
    e.text = str(o, "text");
    e.alternativeTexts = strings(o, "alternativeTexts");
    e.selector = str(o, "selector");
    e.description = str(o, "description");
    e.evidenceFile = str(o, "evidence");
    return e;
}

} // namespace

QJsonObject Exercise::toJson() const
{
    QJsonArray entries;
    for (const ExerciseKeyEntry &e : key)
        entries.append(keyEntryToJson(e));
    // The seed is a string: JSON numbers lose precision above 2^53 and seeds are 64-bit.
    return {{QStringLiteral("format"), FormatVersion},
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("title"), title},
            {QStringLiteral("source"), ExerciseSources.code(source)},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
            {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("startPage"), startPage},
            {QStringLiteral("siteName"), siteName},
            {QStringLiteral("checklistCode"), checklistCode},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("key"), entries}};
}

Result<Exercise> Exercise::fromJson(const QJsonObject &json)
{
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (!format.isDouble())
        return Error{tr("This is not a Xunjian exercise: its version mark is missing."), {}};
    const int version = format.toInt();
    if (version > FormatVersion)
        return Error{
            tr("The exercise was made by a newer Xunjian: update Xunjian to open it."),
            QStringLiteral("exercise format %1, supported up to %2").arg(version).arg(FormatVersion)};

    Exercise ex;
    ex.uuid = str(json, "uuid");
    if (ex.uuid.isEmpty())
        return Error{tr("The exercise has no identifier. Ask the instructor for a new copy."), {}};
    ex.title = str(json, "title");
    const QString sourceCode = str(json, "source");
    if (const auto s = ExerciseSources.fromCode(sourceCode))
        ex.source = *s;
    else if (!sourceCode.isEmpty())
        return Error{tr("The exercise names an unknown source \"%1\". Update Xunjian.").arg(sourceCode),
                     QStringLiteral("known sources: %1").arg(ExerciseSources.codeList())};
    bool seedOk = true;
    const QString seedText = str(json, "seed");
    ex.seed = seedText.isEmpty() ? 0 : seedText.toULongLong(&seedOk);
    if (!seedOk)
        return Error{tr("The exercise's seed \"%1\" is not a number. Ask the instructor for a new copy.")
                         .arg(seedText),
                     {}};
    ex.categories = strings(json, "categories");
    ex.asOf = QDate::fromString(str(json, "asOf"), Qt::ISODate);
    if (json.contains(QStringLiteral("startPage")))
        ex.startPage = str(json, "startPage");
    ex.siteName = str(json, "siteName");
    ex.checklistCode = str(json, "checklistCode");
    ex.createdAt = QDateTime::fromString(str(json, "createdAt"), Qt::ISODate);
    ex.createdBy = str(json, "createdBy");

    QSet<QString> ids;
    const QJsonArray entries = json.value(QStringLiteral("key")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ExerciseKeyEntry e = keyEntryFromJson(entries.at(i).toObject());
        // Entries are numbered from 1 in messages: instructors count that way.
        const QString which =
            e.id.isEmpty() ? tr("number %1").arg(i + 1) : QStringLiteral("\"%1\"").arg(e.id);
        if (e.id.isEmpty())
            return Error{
                tr("Answer key entry %1 has no identifier. Ask the instructor for a new copy.").arg(which),
                {}};
        if (e.itemCode.isEmpty())
            return Error{tr("Answer key entry %1 names no checklist item. Ask the instructor for a new copy.")
                             .arg(which),
                         {}};
        if (e.page.isEmpty())
            return Error{
                tr("Answer key entry %1 names no page. Ask the instructor for a new copy.").arg(which), {}};
        // The picture is opened relative to the exercise folder: it must stay inside it.
        if (!e.evidenceFile.isEmpty() && !ZipReader::safeEntryName(e.evidenceFile))
            return Error{
                tr("Answer key entry %1 names a picture outside the exercise. Ask the instructor for a "
                   "new copy.")
                    .arg(which),
                e.evidenceFile};
        if (ids.contains(e.id))
            return Error{
                tr("Answer key entry %1 appears twice. Ask the instructor for a new copy.").arg(which), {}};
        ids.insert(e.id);
        ex.key.append(e);
    }
    return ex;
}

Result<Exercise> Exercise::load(const QString &folder)
{
    const QString path = QDir(folder).filePath(FileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The exercise in %1 cannot be read. Check that the folder still exists.")
                         .arg(QDir::toNativeSeparators(folder)),
                     file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{tr("The exercise file %1 is damaged. Ask the instructor for a new copy.")
                         .arg(QDir::toNativeSeparators(path)),
                     parseError.errorString()};
    return fromJson(doc.object());
}

Status Exercise::save(const QString &folder) const
{
    const QString path = QDir(folder).filePath(FileName);
    // QSaveFile writes beside and renames, so a crash never leaves half an exercise.json.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The exercise cannot be saved in %1. Check that you may write to the folder.")
                         .arg(QDir::toNativeSeparators(folder)),
                     file.errorString()};
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{tr("The exercise could not be saved in %1. Check the free disk space.")
                         .arg(QDir::toNativeSeparators(folder)),
                     file.errorString()};
    return {};
}

} // namespace xj
