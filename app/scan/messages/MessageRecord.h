// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace xj {

/// One message of a message board (互动交流) as a page shows it: a detail page gives the whole
/// message, a list row only what its columns hold. Stored per crawled page, so a scan can be judged
/// again (other rules, another inspection date) without refetching.
struct MessageRecord
{
    QString url; ///< the message's detail page: the key that joins a list row to its detail page
    QString title;
    QDate asked;    ///< 留言时间; invalid when the page does not give it
    QDate answered; ///< 答复时间; invalid when not answered or not shown
    bool hasReply = false;
    /// Whether the page says if the message was answered (a status, an answer-date column, a
    /// reply section). A list without such columns says nothing, and its rows are not unanswered.
    bool replyKnown = false;
    QString status; ///< the status as written: 已答复, 未答复, 办理中, …
    QString reply;  ///< the reply text, trimmed, at most MaxReplyLength characters
    bool fromDetailPage = false;

    static constexpr int MaxReplyLength = 300;
    static constexpr int MaxTitleLength = 100;
    static constexpr int MaxStatusLength = 20;

    QJsonObject toJson() const;
    static MessageRecord fromJson(const QJsonObject &json);
    /// The key of a message page: its address without the fragment, so a list's link and the
    /// detail page's own address meet.
    static QString keyFor(const QUrl &url);
};

/// What the message-board reader found on one page: its messages (one for a detail page, one per
/// row for a list) and whether the page is a board page at all (a list with no rows is one).
struct MessagePageFacts
{
    QList<MessageRecord> messages;
    bool isBoard = false;

    bool isEmpty() const { return messages.isEmpty() && !isBoard; }
    QJsonObject toJson() const;
    static MessagePageFacts fromJson(const QJsonObject &json);
};

} // namespace xj
