// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContent.h"

#include <algorithm>

namespace xj {

QString DemoArticle::path() const
{
    // Real CMSs file articles under the first-level column, by month, and name them after the
    // creation date and a sequence number: zwdt/202611/t20261120_3412.html.
    const QString firstLevel = column.section(QLatin1Char('/'), 0, 0);
    return firstLevel + QLatin1Char('/') + urlDate.toString(QStringLiteral("yyyyMM")) + QStringLiteral("/t") +
           urlDate.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('_') + QString::number(id) +
           QStringLiteral(".html");
}

QString DemoArticle::imageUrl() const
{
    return QStringLiteral("/images/news/p") + QString::number(id) + QStringLiteral(".svg");
}

QString DemoLeader::path() const
{
    return QStringLiteral("ldzc/leader_%1.html").arg(number, 2, 10, QLatin1Char('0'));
}

QString DemoLeader::photoUrl() const
{
    return QStringLiteral("/images/leaders/leader_%1.svg").arg(number, 2, 10, QLatin1Char('0'));
}

QString DemoMessage::path() const
{
    return DemoSiteContent::GbkSection + QStringLiteral("/detail_") + QString::number(id) +
           QStringLiteral(".html");
}

QString DemoGuide::path() const
{
    return QStringLiteral("bszn/guide_%1.html").arg(number, 2, 10, QLatin1Char('0'));
}

const DemoColumn *DemoSiteContent::column(const QString &path) const
{
    for (const DemoColumn &c : columns) {
        if (c.path == path)
            return &c;
    }
    return nullptr;
}

QList<const DemoColumn *> DemoSiteContent::children(const QString &path) const
{
    QList<const DemoColumn *> out;
    for (const DemoColumn &c : columns) {
        if (c.parent == path)
            out.append(&c);
    }
    return out;
}

QList<int> DemoSiteContent::articlesIn(const QString &columnPath) const
{
    QList<int> out;
    const QString prefix = columnPath + QLatin1Char('/');
    for (int i = 0; i < articles.size(); ++i) {
        const QString &c = articles.at(i).column;
        if (!articles.at(i).withdrawn && (columnPath.isEmpty() || c == columnPath || c.startsWith(prefix)))
            out.append(i);
    }
    // Newest first as a CMS sorts by publication time; the id breaks ties so the order is total.
    std::sort(out.begin(), out.end(), [this](int a, int b) {
        const DemoArticle &x = articles.at(a);
        const DemoArticle &y = articles.at(b);
        if (x.pubDate != y.pubDate)
            return x.pubDate > y.pubDate;
        if (x.pubMinutes != y.pubMinutes)
            return x.pubMinutes > y.pubMinutes;
        return x.id > y.id;
    });
    return out;
}

QString DemoSiteContent::listPageOf(const QString &columnPath, int articleIndex) const
{
    const QList<int> order = articlesIn(columnPath);
    const qsizetype position = order.indexOf(articleIndex);
    if (position < 0)
        return {};
    return listPagePath(columnPath, int(position / spec.listPageSize));
}

QString DemoSiteContent::listPagePath(const QString &folder, int page)
{
    return folder + (page == 0 ? QStringLiteral("/index.html") : QStringLiteral("/index_%1.html").arg(page));
}

bool DemoSiteContent::usesGbk(const QString &path)
{
    return path.startsWith(GbkSection + QLatin1Char('/'));
}

QList<int> DemoSiteContent::messageOrder() const
{
    QList<int> out;
    for (int i = 0; i < messages.size(); ++i)
        out.append(i);
    std::sort(out.begin(), out.end(), [this](int a, int b) {
        const DemoMessage &x = messages.at(a);
        const DemoMessage &y = messages.at(b);
        return x.asked != y.asked ? x.asked > y.asked : x.id > y.id;
    });
    return out;
}

} // namespace xj
