// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace xj {

/// The HTML fragments that both the renderers and the problem planter spell out: the planter
/// quotes them in the answer key, so they must be produced in exactly one place.
class DemoHtml
{
public:
    static QString escape(const QString &text);
    static QString date(QDate date);
    /// `<meta name="…" content="…">`
    static QString meta(const QString &name, const QString &content);
    /// `<li><a href title>TITLE</a><span class="date">DATE</span></li>`
    static QString listItem(const QString &href, const QString &title, QDate date);
    /// The end of a list item from the title on: what the answer key quotes for a list date.
    static QString listItemTail(const QString &title, QDate date);
    /// 发布时间：yyyy-MM-dd (an article page continues with the time of day).
    static QString publishedLabel(QDate date);
    static QString askedLabel(QDate date);
    static QString repliedLabel(QDate date);
    static QString unansweredStatus();
    static QString emptyList();
    static QString noInformation();
    static QString searchMaintenance();
};

} // namespace xj
