// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace xj {

struct PageSnapshot;

/// A date a page gives as the day something was published, and where it is.
struct PublishDate
{
    enum class Kind {
        Meta,     ///< <meta name="PubDate"> and its kin: no block
        Labelled, ///< "发布时间：2026-11-18" in a block
        ListItem, ///< the date at the start or end of a block holding a link
        Header,   ///< the date next to 来源/作者/浏览次数 in an article's header line
    };

    Kind kind = Kind::Labelled;
    QDate date;
    bool hasYear = true; ///< false for a list item's "12-14": its year was inferred
    QString text;        ///< what a candidate quotes: meta content, label + date, or the date
    QString dateText;    ///< the date alone, as written
    QString label;       ///< Labelled: the label ("发布时间"); Meta: the meta name ("PubDate")
    QString selector;    ///< Meta: the element, e.g. meta[name="PubDate"]
    int block = -1;
    qsizetype offset = -1; ///< of `text` in the block's text
    qsizetype length = 0;
    qsizetype dateOffset = -1; ///< of `dateText` in the block's text
    qsizetype dateLength = 0;
    int link = -1; ///< ListItem: index in PageSnapshot::links of the item's link
};

/// Finds the dates in publish positions of a page, shared by the future-date and the
/// date-consistency checks. Dates that are legitimately in the future are left out: deadlines
/// ("截止", "请于…前"), validity ("有效期至"), events ("将于…召开", "…至7日"). So are dates in the
/// running text of a paragraph, which may name any day. One entry per date mention; a mention
/// that is both labelled and a list item counts as labelled.
class PublishDates
{
public:
    static QList<PublishDate> find(const PageSnapshot &page);

    /// Whether the words before a date starting at `start` (截止, 有效期至, 将于…) or after one
    /// ending at `end` (…前, …起, …至7日, …召开) make it a deadline, a validity limit or an event
    /// rather than a publish date. `afterTitle`: the date ends a list item, so the text before it
    /// is a title and only words right before the date count.
    static bool scheduledBefore(const QString &text, qsizetype start, bool afterTitle);
    static bool scheduledAfter(const QString &text, qsizetype end);
};

} // namespace xj
