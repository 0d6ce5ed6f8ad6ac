// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistLoader.h"

#include "checklist/ChecklistKeys.h"
#include "checklist/JsonFields.h"
#include "checklist/TemplateReader.h"
#include "core/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace K = ChecklistKeys;

namespace {

QString indexed(QLatin1String array, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(array).arg(index);
}

} // namespace

Result<ChecklistDocument> ChecklistLoader::parse(const QByteArray &bytes, const QString &fileName)
{
    // Windows editors like to start UTF-8 files with a byte-order mark, which JSON does not allow.
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ChecklistErrors::syntaxError(fileName, text, parseError);
    if (!json.isObject())
        return ChecklistErrors::fileError(
            fileName, tr("the file must contain one group of fields in curly braces { … }, not a list"));

    ChecklistDocument document{fileName, json.object(), {}, {}};
    LoadContext context{fileName, {}};
    const JsonFields fields(document.root, {}, context);
    const QJsonValue format = fields.raw(K::Format);
    if (format.isUndefined())
        return ChecklistErrors::fieldError(fileName, QString(K::Format),
                                           tr("this field is required but missing; the first line of a "
                                              "template reads \"format\": %1,")
                                               .arg(K::CurrentFormat));
    const double version = format.toDouble(-1);
    if (!format.isDouble() || version != std::floor(version) || version < 1)
        return ChecklistErrors::fieldError(fileName, QString(K::Format),
                                           tr("must be a whole number such as %1").arg(K::CurrentFormat));
    if (version > K::CurrentFormat)
        return ChecklistErrors::fieldError(
            fileName, QString(K::Format),
            tr("the template is written in format %1, which is newer than this version of Xunjian "
               "understands (format %2). Install a newer Xunjian, or ask whoever sent the file for a "
               "template in format %2.")
                .arg(qint64(version))
                .arg(K::CurrentFormat));

    if (!fields.readText(K::Key, document.key, JsonFields::Need::Required) ||
        !fields.readText(K::Extends, document.extends, JsonFields::Need::Optional))
        return *context.error;
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!keyPattern.match(document.key).hasMatch())
        return ChecklistErrors::fieldError(
            fileName, QString(K::Key),
            tr("“%1” may contain only Latin letters, digits, dots, hyphens and "
               "underscores, e.g. anhui-2024-website")
                .arg(document.key));
    return document;
}

Result<ChecklistTemplate> ChecklistLoader::build(const ChecklistDocument &document,
                                                 const ChecklistTemplate *base)
{
    const bool partial = !document.extends.isEmpty();
    if (partial && (!base || base->key != document.extends))
        return unknownBase(document, base ? QStringList{base->key} : QStringList{});

    LoadContext context{document.fileName, {}};
    const JsonFields top(document.root, {}, context);
    ChecklistTemplate t = partial ? *base : ChecklistTemplate{};
    TemplatePaths paths;
    QStringList removed;
    const bool ok = top.rejectUnknown({K::Format, K::Key, K::Name, K::Version, K::Description, K::Extends,
                                       K::BasedOn, K::AppliesTo, K::Source, K::SourceUrl, K::Scoring,
                                       K::Areas, K::Items, K::Remove}) &&
                    readHeader(top, partial ? base : nullptr, t) && readScoring(top, partial, t) &&
                    readAreas(top, partial, t, paths) && readRemovals(top, partial, t, removed) &&
                    readItems(top, partial, removed, t, paths) &&
                    TemplateValidator::validate(t, paths, context);
    if (!ok)
        return *context.error;
    qCDebug(lcChecklist) << "loaded checklist" << t.key << "from" << document.fileName << "with"
                         << t.items.size() << "items" << (partial ? "based on" : "") << t.extends;
    return t;
}

Result<ChecklistTemplate> ChecklistLoader::loadBytes(const QByteArray &bytes, const QString &fileName,
                                                     const ChecklistTemplate *base)
{
    Result<ChecklistDocument> document = parse(bytes, fileName);
    if (!document)
        return document.error();
    return build(document.value(), base);
}

Result<ChecklistTemplate> ChecklistLoader::loadFile(const QString &path, const ChecklistTemplate *base)
{
    Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return loadBytes(bytes.value(), path, base);
}

Result<QByteArray> ChecklistLoader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ChecklistErrors::fileError(path, tr("the file cannot be opened"), file.errorString());
    return file.readAll();
}

Error ChecklistLoader::unknownBase(const ChecklistDocument &document, const QStringList &available)
{
    const QString reason =
        available.isEmpty()
            ? tr("there is no template with the key “%1” to build on").arg(document.extends)
            : tr("there is no template with the key “%1” to build on; the templates available are: %2")
                  .arg(document.extends, available.join(QStringLiteral(", ")));
    return ChecklistErrors::fieldError(document.fileName, QString(K::Extends), reason);
}

bool ChecklistLoader::readHeader(const JsonFields &f, const ChecklistTemplate *base, ChecklistTemplate &t)
{
    // A local template has its own identity; only the source document is inherited from the base.
    t.version.clear();
    t.description.clear();
    t.extends = base ? base->key : QString();
    if (!f.readText(K::Key, t.key, JsonFields::Need::Required) ||
        !f.readText(K::Name, t.name, JsonFields::Need::Required) ||
        !f.readText(K::Version, t.version, JsonFields::Need::Optional, true) ||
        !f.readText(K::Description, t.description, JsonFields::Need::Optional, true) ||
        !f.readText(K::Source, t.source, JsonFields::Need::Optional, true) ||
        !f.readText(K::SourceUrl, t.sourceUrl, JsonFields::Need::Optional, true))
        return false;
    // A resolved snapshot records its ancestry in based_on; unlike extends it merges nothing.
    if (!base && !f.readText(K::BasedOn, t.extends, JsonFields::Need::Optional))
        return false;
    if (base && f.contains(K::BasedOn))
        return f.context().fail(f.pathOf(K::BasedOn), tr("a template cannot have both extends and based_on; "
                                                         "use extends for a local template"));
    const SiteKind inherited = t.appliesTo;
    if (!f.readEnum(K::AppliesTo, SiteKinds, t.appliesTo,
                    base ? JsonFields::Need::Optional : JsonFields::Need::Required))
        return false;
    if (base && t.appliesTo != inherited)
        return f.context().fail(f.pathOf(K::AppliesTo),
                                tr("a template for “%1” cannot extend the template “%2”, which is for “%3”")
                                    .arg(SiteKinds.code(t.appliesTo), base->key, SiteKinds.code(inherited)));
    return true;
}

bool ChecklistLoader::readScoring(const JsonFields &f, bool partial, ChecklistTemplate &t)
{
    QJsonObject scoring;
    if (!f.readObject(K::Scoring, scoring, partial ? JsonFields::Need::Optional : JsonFields::Need::Required))
        return false;
    if (!f.contains(K::Scoring))
        return true;
    return TemplateReader::readScoring(JsonFields(scoring, f.pathOf(K::Scoring), f.context()), t.scoring,
                                       partial);
}

bool ChecklistLoader::readAreas(const JsonFields &f, bool partial, ChecklistTemplate &t, TemplatePaths &paths)
{
    QJsonArray areas;
    if (!f.readArray(K::Areas, areas, partial ? JsonFields::Need::Optional : JsonFields::Need::Required))
        return false;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        QJsonObject object;
        if (!f.objectAt(areas, K::Areas, i, object))
            return false;
        const JsonFields af(object, indexed(K::Areas, i), f.context());
        QString id;
        if (!af.readText(K::Id, id, JsonFields::Need::Required))
            return false;
        if (paths.areas.contains(id))
            return f.context().fail(
                af.pathOf(K::Id),
                tr("the area id “%1” is already used by %2").arg(id, paths.areas.value(id)));
        paths.areas.insert(id, af.path());
        auto existing =
            std::find_if(t.areas.begin(), t.areas.end(), [&](const ChecklistArea &a) { return a.id == id; });
        if (partial && existing != t.areas.end()) {
            if (!TemplateReader::readArea(af, *existing, true))
                return false;
            continue;
        }
        ChecklistArea area;
        if (!TemplateReader::readArea(af, area, false))
            return false;
        t.areas.append(area);
    }
    return true;
}

bool ChecklistLoader::readRemovals(const JsonFields &f, bool partial, ChecklistTemplate &t,
                                   QStringList &removed)
{
    if (!f.readTextList(K::Remove, removed, JsonFields::Need::Optional))
        return false;
    if (!removed.isEmpty() && !partial)
        return f.context().fail(f.pathOf(K::Remove),
                                tr("only a template that extends another one can remove "
                                   "items; add \"extends\" or delete the items instead"));
    for (qsizetype i = 0; i < removed.size(); ++i) {
        if (!t.item(removed.at(i)))
            return f.context().fail(indexed(K::Remove, i),
                                    tr("there is no item “%1” in the template “%2” that "
                                       "this one extends")
                                        .arg(removed.at(i), t.extends));
    }
    t.items.removeIf([&](const ChecklistItem &item) { return removed.contains(item.code); });
    return true;
}

bool ChecklistLoader::readItems(const JsonFields &f, bool partial, const QStringList &removed,
                                ChecklistTemplate &t, TemplatePaths &paths)
{
    QJsonArray items;
    if (!f.readArray(K::Items, items, partial ? JsonFields::Need::Optional : JsonFields::Need::Required))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject object;
        if (!f.objectAt(items, K::Items, i, object))
            return false;
        const JsonFields itf(object, indexed(K::Items, i), f.context());
        QString code;
        if (!itf.readText(K::Code, code, JsonFields::Need::Required))
            return false;
        if (paths.items.contains(code))
            return f.context().fail(itf.pathOf(K::Code), tr("the item code “%1” is already used by %2; every "
                                                            "item needs its own code")
                                                             .arg(code, paths.items.value(code)));
        if (removed.contains(code))
            return f.context().fail(itf.pathOf(K::Code), tr("item %1 is listed under \"remove\" and changed "
                                                            "here; do one or the other")
                                                             .arg(code));
        paths.items.insert(code, itf.path());
        auto existing = std::find_if(t.items.begin(), t.items.end(),
                                     [&](const ChecklistItem &c) { return c.code == code; });
        if (partial && existing != t.items.end()) {
            if (!TemplateReader::readItem(itf, *existing, true))
                return false;
            continue;
        }
        ChecklistItem item;
        if (!TemplateReader::readItem(itf, item, false))
            return false;
        if (!partial) {
            t.items.append(item);
            continue;
        }
        // A local item is listed after the last item of its area, so areas stay together on screen.
        auto last = std::find_if(t.items.rbegin(), t.items.rend(),
                                 [&](const ChecklistItem &c) { return c.areaId == item.areaId; });
        t.items.insert(last == t.items.rend() ? t.items.size() : last.base() - t.items.begin(), item);
    }
    return true;
}

} // namespace xj
