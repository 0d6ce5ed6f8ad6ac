// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCorpus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

namespace {

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString field(const QJsonValue &object, const char *name)
{
    return object.toObject().value(QLatin1String(name)).toString();
}

} // namespace

Result<DemoCorpus> DemoCorpus::loadBundled()
{
    QFile file(QStringLiteral(":/demo/corpus.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The demo site text is missing from this build."), file.errorString()};
    return fromJson(file.readAll());
}

Result<DemoCorpus> DemoCorpus::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{tr("The demo site text cannot be read."), parseError.errorString()};

    DemoCorpus corpus;
    corpus.m_root = doc.object();
    for (const QJsonValue &v : corpus.m_root.value(QLatin1String("leaders")).toArray())
        corpus.m_leaders.append({field(v, "name"), field(v, "misspelt")});
    for (const QJsonValue &v : corpus.m_root.value(QLatin1String("leaderRoles")).toArray())
        corpus.m_roles.append({field(v, "title"), field(v, "mention"), field(v, "duties")});
    for (const QJsonValue &v : corpus.m_root.value(QLatin1String("guides")).toArray()) {
        corpus.m_guides.append({field(v, "name"), field(v, "dept"), field(v, "basis"), field(v, "conditions"),
                                field(v, "materials"), field(v, "fee"), field(v, "form"), field(v, "formExt"),
                                field(v, "steps")});
    }
    for (const QJsonValue &v : corpus.m_root.value(QLatin1String("messages")).toArray())
        corpus.m_messages.append(
            {field(v, "title"), field(v, "dept"), field(v, "question"), field(v, "reply")});

    // The generator relies on these minimums (distinct leaders for every role, a guide to leave
    // incomplete and others to keep whole); a corpus edit that breaks them must fail loudly here.
    if (corpus.m_roles.size() < 3 || corpus.m_leaders.size() < corpus.m_roles.size() ||
        corpus.m_guides.size() < 3 || corpus.m_messages.size() < 4 ||
        corpus.strings(QStringLiteral("towns")).isEmpty() ||
        corpus.strings(QStringLiteral("departments")).isEmpty() ||
        corpus.strings(QStringLiteral("topics")).isEmpty()) {
        return Error{tr("The demo site text is incomplete."), {}};
    }
    return corpus;
}

QStringList DemoCorpus::strings(const QString &key) const
{
    return toStrings(m_root.value(key));
}

QStringList DemoCorpus::strings(const QString &group, const QString &key) const
{
    return toStrings(m_root.value(group).toObject().value(key));
}

QString DemoCorpus::text(const QString &key) const
{
    return m_root.value(key).toString();
}

QString DemoCorpus::fill(QString text, const DemoVars &vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

} // namespace xj
