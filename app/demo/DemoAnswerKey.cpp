// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoAnswerKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

namespace {

const QLatin1String FormatName("xunjian-demo-answer-key");

} // namespace

DemoProblem DemoProblem::make(const char *id, const char *category, const char *checklistItem,
                              const QString &page, const QString &text, const QString &description)
{
    return {QString::fromLatin1(id),
            QString::fromLatin1(category),
            QString::fromLatin1(checklistItem),
            page,
            text,
            {},
            description,
            {}};
}

DemoProblem DemoProblem::link(const char *id, const char *category, const char *checklistItem,
                              const QString &page, const QString &href, const QString &description)
{
    DemoProblem p = make(id, category, checklistItem, page, href, description);
    // Site paths are given without the leading slash, like `page`; URLs as they are.
    p.target = href.startsWith(QLatin1Char('/')) ? href.mid(1) : href;
    return p;
}

QJsonObject DemoAnswerKey::toJson() const
{
    QJsonArray list;
    for (const DemoProblem &p : problems) {
        QJsonObject o{{QStringLiteral("id"), p.id},
                      {QStringLiteral("category"), p.category},
                      {QStringLiteral("checklist_item"), p.checklistItem},
                      {QStringLiteral("page"), p.page},
                      {QStringLiteral("text"), p.text},
                      {QStringLiteral("target"), p.target},
                      {QStringLiteral("description"), p.description}};
        if (!p.absent.isEmpty())
            o.insert(QStringLiteral("absent"), QJsonArray::fromStringList(p.absent));
        list.append(o);
    }
    // The seed is a string: JSON numbers lose precision above 2^53 and seeds are 64-bit.
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("format_version"), FormatVersion},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("today"), today.toString(Qt::ISODate)},
            {QStringLiteral("clean"), clean},
            {QStringLiteral("problems"), list}};
}

Result<DemoAnswerKey> DemoAnswerKey::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != FormatName)
        return Error{tr("This is not the answer key of a demo site."), {}};
    const int version = json.value(QStringLiteral("format_version")).toInt();
    if (version > FormatVersion)
        return Error{tr("The answer key was written by a newer version of Xunjian."),
                     tr("Format version %1").arg(version)};

    DemoAnswerKey key;
    key.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    key.today = QDate::fromString(json.value(QStringLiteral("today")).toString(), Qt::ISODate);
    key.clean = json.value(QStringLiteral("clean")).toBool();
    const QJsonArray list = json.value(QStringLiteral("problems")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        DemoProblem p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.category = o.value(QStringLiteral("category")).toString();
        p.checklistItem = o.value(QStringLiteral("checklist_item")).toString();
        p.page = o.value(QStringLiteral("page")).toString();
        p.text = o.value(QStringLiteral("text")).toString();
        p.target = o.value(QStringLiteral("target")).toString();
        p.description = o.value(QStringLiteral("description")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("absent")).toArray())
            p.absent.append(a.toString());
        key.problems.append(p);
    }
    return key;
}

Result<DemoAnswerKey> DemoAnswerKey::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the answer key %1.").arg(path), file.errorString()};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error{tr("The answer key %1 is damaged.").arg(path), error.errorString()};
    return fromJson(doc.object());
}

} // namespace xj
