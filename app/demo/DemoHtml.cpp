// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoHtml.h"

namespace xj {

QString DemoHtml::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString DemoHtml::date(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QString DemoHtml::meta(const QString &name, const QString &content)
{
    return QStringLiteral("<meta name=\"") + name + QStringLiteral("\" content=\"") + escape(content) +
           QStringLiteral("\">");
}

QString DemoHtml::listItem(const QString &href, const QString &title, QDate date)
{
    return QStringLiteral("<li><a href=\"") + href + QStringLiteral("\" title=\"") + escape(title) +
           QStringLiteral("\">") + listItemTail(title, date) + QStringLiteral("</li>");
}

QString DemoHtml::listItemTail(const QString &title, QDate date)
{
    return escape(title) + QStringLiteral("</a><span class=\"date\">") + DemoHtml::date(date) +
           QStringLiteral("</span>");
}

QString DemoHtml::publishedLabel(QDate date)
{
    return QStringLiteral("发布时间：") + DemoHtml::date(date);
}

QString DemoHtml::askedLabel(QDate date)
{
    return QStringLiteral("留言时间：") + DemoHtml::date(date);
}

QString DemoHtml::repliedLabel(QDate date)
{
    return QStringLiteral("答复时间：") + DemoHtml::date(date);
}

QString DemoHtml::unansweredStatus()
{
    return QStringLiteral("办理状态：未答复");
}

QString DemoHtml::emptyList()
{
    return QStringLiteral("<ul class=\"news-list\"></ul>");
}

QString DemoHtml::noInformation()
{
    return QStringLiteral("暂无信息");
}

QString DemoHtml::searchMaintenance()
{
    return QStringLiteral("站内搜索系统升级维护中");
}

} // namespace xj
