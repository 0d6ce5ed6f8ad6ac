// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/messages/MessageRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace xj {

/// The words message boards label their fields with, shared by the detail-page and the list
/// readers. Boards differ in wording (留言时间, 提问时间, 来信时间, 咨询时间; 答复时间, 回复时间,
/// 办理时间; 答复内容, 回复内容, 办理结果) but keep to a few patterns, so patterns are matched
/// rather than any one board's markup.
class MessageLabels
{
public:
    enum class Field {
        None,
        Title,    ///< 留言标题, 信件主题
        Asked,    ///< 留言时间, 提问日期, 来信时间
        Answered, ///< 答复时间, 回复日期, 办结时间
        Status,   ///< 办理状态, 状态
        Reply,    ///< 答复内容, 回复意见, 办理结果, 回复：
        Replier,  ///< 答复单位, 回复部门
        Other,    ///< 留言人, 留言内容, 承办单位: board fields that end the value before them
    };
    enum class Status { Unknown, Answered, Pending };

    /// A label found in a block's text, with where its value starts and ends (at the next label).
    struct Match
    {
        Field field = Field::None;
        qsizetype start = 0;      ///< of the label
        qsizetype valueStart = 0; ///< after the colon and spaces
        qsizetype valueEnd = 0;   ///< the next label's start, or the end of the text
    };

    /// Every "label：" in `text`, in text order.
    static QList<Match> find(const QString &text);
    /// A table header cell's field ("留言时间", "状态", "标题"); `generic` also accepts 时间,
    /// 日期 and 发布时间 as the asked date, which only a table with a status column may use.
    static Field header(const QString &cell, bool generic);
    /// Whether a status text says answered (已答复, 已办结) or not yet (未答复, 办理中); the
    /// pending words win, so a text holding both is pending.
    /// `word` receives the status word as written.
    static Status status(const QString &text, QString *word = nullptr);
    /// Sets hasReply from the status, the answer date and the reply: a pending status (办理中)
    /// wins over an answer date, which such boards use for the day handling started.
    static void settle(MessageRecord &record);
    /// The day month-day dates ("11-22") are placed by: the inspection date, else today.
    static QDate reference(const QDate &inspectionDate);
    /// The first date in `text`, month-day forms placed by `reference`.
    static QDate firstDate(const QString &text, const QDate &reference);
    /// `text` trimmed of spaces (the ideographic one too) and cut to `length` characters.
    static QString clip(const QString &text, qsizetype length);
};

} // namespace xj
