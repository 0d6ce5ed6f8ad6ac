// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSiteManifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

namespace {

const QLatin1String FormatName("xunjian-demo-site");

} // namespace

QJsonObject DemoSiteManifest::toJson() const
{
    QJsonArray columnList;
    for (const DemoColumnSummary &c : columns) {
        columnList.append(QJsonObject{{QStringLiteral("path"), c.path},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("parent"), c.parent},
                                      {QStringLiteral("url"), c.url},
                                      {QStringLiteral("items"), c.items},
                                      {QStringLiteral("newest"), c.newest.toString(Qt::ISODate)}});
    }
    QJsonArray leaderList;
    for (const auto &[name, title] : leaders)
        leaderList.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("title"), title}});
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("format_version"), FormatVersion},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("today"), today.toString(Qt::ISODate)},
            {QStringLiteral("clean"), clean},
            {QStringLiteral("site_name"), siteName},
            {QStringLiteral("site_code"), siteCode},
            {QStringLiteral("page_count"), pageCount},
            {QStringLiteral("problem_count"), problemCount},
            {QStringLiteral("columns"), columnList},
            {QStringLiteral("leaders"), leaderList},
            {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
}

Result<DemoSiteManifest> DemoSiteManifest::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != FormatName)
        return Error{tr("This is not the manifest of a demo site."), {}};
    const int version = json.value(QStringLiteral("format_version")).toInt();
    if (version > FormatVersion)
        return Error{tr("The demo site was written by a newer version of Xunjian."),
                     tr("Format version %1").arg(version)};

    DemoSiteManifest m;
    m.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    m.today = QDate::fromString(json.value(QStringLiteral("today")).toString(), Qt::ISODate);
    m.clean = json.value(QStringLiteral("clean")).toBool();
    m.siteName = json.value(QStringLiteral("site_name")).toString();
    m.siteCode = json.value(QStringLiteral("site_code")).toString();
    m.pageCount = json.value(QStringLiteral("page_count")).toInt();
    m.problemCount = json.value(QStringLiteral("problem_count")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        m.columns.append({o.value(QStringLiteral("path")).toString(),
                          o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("parent")).toString(),
                          o.value(QStringLiteral("url")).toString(), o.value(QStringLiteral("items")).toInt(),
                          QDate::fromString(o.value(QStringLiteral("newest")).toString(), Qt::ISODate)});
    }
    for (const QJsonValue &v : json.value(QStringLiteral("leaders")).toArray())
        m.leaders.append({v.toObject().value(QStringLiteral("name")).toString(),
                          v.toObject().value(QStringLiteral("title")).toString()});
    for (const QJsonValue &v : json.value(QStringLiteral("files")).toArray())
        m.files.append(v.toString());
    return m;
}

Result<DemoSiteManifest> DemoSiteManifest::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the demo site manifest %1.").arg(path), file.errorString()};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error{tr("The demo site manifest %1 is damaged.").arg(path), error.errorString()};
    return fromJson(doc.object());
}

} // namespace xj
