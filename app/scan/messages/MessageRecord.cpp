// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/messages/MessageRecord.h"

#include <QJsonArray>

namespace xj {

namespace {

// Short keys and no default values: the facts of every crawled page are stored, and a board of
// ten thousand messages should not cost much more than its text.
constexpr auto KeyUrl = "u";
constexpr auto KeyTitle = "t";
constexpr auto KeyAsked = "a";
constexpr auto KeyAnswered = "d";
constexpr auto KeyHasReply = "h";
constexpr auto KeyReplyKnown = "k";
constexpr auto KeyStatus = "s";
constexpr auto KeyReply = "r";
constexpr auto KeyDetail = "p";
constexpr auto KeyMessages = "m";
constexpr auto KeyBoard = "b";

void insertText(QJsonObject &json, const char *key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(QLatin1String(key), value);
}

void insertDate(QJsonObject &json, const char *key, const QDate &value)
{
    if (value.isValid())
        json.insert(QLatin1String(key), value.toString(Qt::ISODate));
}

void insertFlag(QJsonObject &json, const char *key, bool value)
{
    if (value)
        json.insert(QLatin1String(key), true);
}

QDate dateOf(const QJsonObject &json, const char *key)
{
    return QDate::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

QJsonObject MessageRecord::toJson() const
{
    QJsonObject json;
    insertText(json, KeyUrl, url);
    insertText(json, KeyTitle, title);
    insertDate(json, KeyAsked, asked);
    insertDate(json, KeyAnswered, answered);
    insertFlag(json, KeyHasReply, hasReply);
    insertFlag(json, KeyReplyKnown, replyKnown);
    insertText(json, KeyStatus, status);
    insertText(json, KeyReply, reply);
    insertFlag(json, KeyDetail, fromDetailPage);
    return json;
}

MessageRecord MessageRecord::fromJson(const QJsonObject &json)
{
    MessageRecord r;
    r.url = json.value(QLatin1String(KeyUrl)).toString();
    r.title = json.value(QLatin1String(KeyTitle)).toString();
    r.asked = dateOf(json, KeyAsked);
    r.answered = dateOf(json, KeyAnswered);
    r.hasReply = json.value(QLatin1String(KeyHasReply)).toBool();
    r.replyKnown = json.value(QLatin1String(KeyReplyKnown)).toBool();
    r.status = json.value(QLatin1String(KeyStatus)).toString();
    r.reply = json.value(QLatin1String(KeyReply)).toString().left(MaxReplyLength);
    r.fromDetailPage = json.value(QLatin1String(KeyDetail)).toBool();
    return r;
}

QString MessageRecord::keyFor(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString();
}

QJsonObject MessagePageFacts::toJson() const
{
    QJsonObject json;
    if (!messages.isEmpty()) {
        QJsonArray list;
        for (const MessageRecord &m : messages)
            list.append(m.toJson());
        json.insert(QLatin1String(KeyMessages), list);
    }
    insertFlag(json, KeyBoard, isBoard);
    return json;
}

MessagePageFacts MessagePageFacts::fromJson(const QJsonObject &json)
{
    MessagePageFacts facts;
    for (const QJsonValue &v : json.value(QLatin1String(KeyMessages)).toArray())
        facts.messages.append(MessageRecord::fromJson(v.toObject()));
    facts.isBoard = json.value(QLatin1String(KeyBoard)).toBool();
    return facts;
}

} // namespace xj
