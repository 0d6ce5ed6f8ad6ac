// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/messages/MessageRecord.h"

#include <QList>
#include <QString>

namespace xj {

struct PageSnapshot;

/// Reads the rows of a message list: a table whose header row names the fields (留言标题 |
/// 留言时间 | 办理状态 | 答复时间), or list items that carry a status word or labelled dates
/// next to the message's link. Each row becomes a record keyed by the link to its detail page.
/// Works on the blocks and links of a PageSnapshot: a cell is a block, a row the element around
/// cells, read from the blocks' selectors.
class MessageListReader
{
public:
    /// Rows of the page's message tables. `headerFound` is set when a message table header was
    /// seen, even with no rows under it (an empty board is still a board).
    static QList<MessageRecord> tableRows(const PageSnapshot &page, bool *headerFound = nullptr);
    /// List items (<li>, <p>, <div>) that each hold a message's link and its status or dates; only
    /// on a page that names itself a board (title, column name, heading or breadcrumb), and only
    /// when at least MinimumItems items are found.
    static QList<MessageRecord> itemRows(const PageSnapshot &page);
    /// Whether the page's title, column name, headings or breadcrumb name a message board.
    static bool looksLikeBoard(const PageSnapshot &page);
    /// The selector of an element's parent: "body > div:nth-of-type(2) > p:nth-of-type(1)" →
    /// "body > div:nth-of-type(2)"; empty for a selector without a parent.
    static QString parentSelector(const QString &selector);

    static constexpr int MinimumItems = 2;
    /// Items longer than this are paragraphs of running text, not list rows.
    static constexpr qsizetype MaximumItemLength = 300;
};

} // namespace xj
