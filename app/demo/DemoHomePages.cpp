// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoHomePages.h"

#include "demo/DemoHtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj {

DemoHomePages::DemoHomePages(const DemoSiteContent &content, const DemoPageFrame &frame)
    : m_content(content)
    , m_frame(frame)
{}

void DemoHomePages::render(DemoSiteFiles &files) const
{
    DemoPage home;
    home.path = QStringLiteral("index.html");
    home.title = QStringLiteral("首页");
    home.body = homeBody();
    files.addPage(home.path, m_frame.render(home));
    renderSearch(files);
    renderSiteMap(files);
    renderInfoPages(files);
}

QString DemoHomePages::block(const QString &title, const QString &moreHref, const QString &items,
                             const QString &cssClass) const
{
    return QStringLiteral("<div class=\"block ") + cssClass +
           QStringLiteral("\"><div class=\"block-head\"><h2>") + title +
           QStringLiteral("</h2><a class=\"more\" href=\"") + moreHref +
           QStringLiteral("\">更多&gt;&gt;</a></div>\n") + items + QStringLiteral("</div>\n");
}

QString DemoHomePages::newestItems(const QString &column, int count) const
{
    QString html = QStringLiteral("<ul class=\"news-list\">\n");
    for (int index : m_content.articlesIn(column).mid(0, count)) {
        const DemoArticle &a = m_content.articles.at(index);
        html += DemoHtml::listItem(a.url(), a.title, a.listDate) + QLatin1Char('\n');
    }
    return html + QStringLiteral("</ul>\n");
}

QString DemoHomePages::homeBody() const
{
    QString leaders = QStringLiteral("<ul class=\"leader-strip\">");
    for (const DemoLeader &l : m_content.leaders) {
        leaders += QStringLiteral("<li><a href=\"/") + l.path() + QStringLiteral("\"><img src=\"") +
                   l.photoUrl() + QStringLiteral("\" alt=\"") + l.name +
                   QStringLiteral("\" width=\"60\" height=\"80\"><span>") + l.name +
                   QStringLiteral("</span><em>") + l.title + QStringLiteral("</em></a></li>");
    }
    leaders += QStringLiteral("</ul>\n");

    QString messages = QStringLiteral("<ul class=\"news-list\">\n");
    for (int index : m_content.messageOrder().mid(0, 6)) {
        const DemoMessage &m = m_content.messages.at(index);
        messages += DemoHtml::listItem(QLatin1Char('/') + m.path(), m.title, m.asked) + QLatin1Char('\n');
    }
    messages += QStringLiteral("</ul>\n");

    QString services = QStringLiteral("<ul class=\"service-grid\">");
    for (const DemoGuide &g : m_content.guides)
        services += QStringLiteral("<li><a href=\"/") + g.path() + QStringLiteral("\">") + g.name +
                    QStringLiteral("</a></li>");
    services += QStringLiteral("</ul>\n");

    QString topics = QStringLiteral("<div class=\"topics\">");
    for (const DemoLink &t : m_content.specialTopics)
        topics += QStringLiteral("<a class=\"topic\" href=\"") + t.href + QStringLiteral("\">") + t.text +
                  QStringLiteral("</a>");
    topics += QStringLiteral("</div>\n");

    QString friends = QStringLiteral("<div class=\"friend-links\"><h2>友情链接</h2><ul>");
    for (const DemoLink &f : m_content.friendLinks)
        friends += QStringLiteral("<li><a href=\"") + f.href + QStringLiteral("\">") + f.text +
                   QStringLiteral("</a></li>");
    friends += QStringLiteral("</ul></div>\n");

    return QStringLiteral("<div class=\"row\">\n") +
           block(QStringLiteral("政务动态"), QStringLiteral("/zwdt/index.html"),
                 newestItems(QStringLiteral("zwdt"), 8), QStringLiteral("half")) +
           block(QStringLiteral("通知公告"), QStringLiteral("/tzgg/index.html"),
                 newestItems(QStringLiteral("tzgg"), 8), QStringLiteral("half")) +
           QStringLiteral("</div>\n") + topics + QStringLiteral("<div class=\"row\">\n") +
           block(QStringLiteral("政策文件"), QStringLiteral("/zcwj/index.html"),
                 newestItems(QStringLiteral("zcwj"), 6), QStringLiteral("half")) +
           block(QStringLiteral("办事服务"), QStringLiteral("/bszn/index.html"), services,
                 QStringLiteral("half")) +
           QStringLiteral("</div>\n<div class=\"row\">\n") +
           block(QStringLiteral("领导之窗"), QStringLiteral("/ldzc/index.html"), leaders,
                 QStringLiteral("half")) +
           block(QStringLiteral("互动交流"),
                 QLatin1Char('/') + DemoSiteContent::GbkSection + QStringLiteral("/index.html"), messages,
                 QStringLiteral("half")) +
           QStringLiteral("</div>\n") + friends;
}

void DemoHomePages::renderSearch(DemoSiteFiles &files) const
{
    DemoPage page;
    page.path = QStringLiteral("search/index.html");
    page.title = QStringLiteral("站内搜索");
    page.metas = {{QStringLiteral("ColumnName"), QStringLiteral("站内搜索")}};
    if (!m_content.searchWorks) {
        page.body = QStringLiteral("<div class=\"article\"><h1>站内搜索</h1><p class=\"notice\">") +
                    DemoHtml::searchMaintenance() +
                    QStringLiteral("，暂停服务，给您带来不便，敬请谅解。</p></div>\n");
        files.addPage(page.path, m_frame.render(page));
        return;
    }
    // A static site cannot search on the server: the page filters a JSON list of every article in
    // the browser, which is enough for a search test to find a known title.
    QJsonArray entries;
    for (int index : m_content.articlesIn(QString())) {
        const DemoArticle &a = m_content.articles.at(index);
        entries.append(QJsonObject{{QStringLiteral("title"), a.title},
                                   {QStringLiteral("url"), a.url()},
                                   {QStringLiteral("date"), DemoHtml::date(a.listDate)}});
    }
    files.addBinary(QStringLiteral("search/index.json"),
                    QJsonDocument(entries).toJson(QJsonDocument::Compact));
    page.body = QStringLiteral("<div class=\"article\"><h1>站内搜索</h1>\n<p id=\"summary\"></p>\n") +
                QStringLiteral("<ul class=\"news-list\" id=\"results\"></ul>\n") +
                QStringLiteral("<script src=\"/search/search.js\" charset=\"utf-8\"></script></div>\n");
    files.addPage(page.path, m_frame.render(page));
}

void DemoHomePages::renderSiteMap(DemoSiteFiles &files) const
{
    QString body = m_frame.breadcrumb(QString(), QStringLiteral("网站地图")) +
                   QStringLiteral("<div class=\"article\"><h1>网站地图</h1>\n<dl class=\"sitemap\">\n");
    for (const DemoColumn &c : m_content.columns) {
        if (!c.parent.isEmpty())
            continue;
        body += QStringLiteral("<dt><a href=\"") + c.url() + QStringLiteral("\">") + c.name +
                QStringLiteral("</a></dt><dd>");
        for (const DemoColumn *child : m_content.children(c.path))
            body += QStringLiteral("<a href=\"") + child->url() + QStringLiteral("\">") + child->name +
                    QStringLiteral("</a> ");
        body += QStringLiteral("</dd>\n");
    }
    DemoPage page;
    page.path = QStringLiteral("sitemap.html");
    page.title = QStringLiteral("网站地图");
    page.body = body + QStringLiteral("</dl></div>\n");
    files.addPage(page.path, m_frame.render(page));
}

void DemoHomePages::renderInfoPages(DemoSiteFiles &files) const
{
    const QString &county = m_content.spec.countyName;
    DemoPage about;
    about.path = QStringLiteral("about.html");
    about.title = QStringLiteral("关于本网");
    about.body = m_frame.breadcrumb(QString(), about.title) +
                 QStringLiteral("<div class=\"article\"><h1>关于本网</h1>\n<p>") + m_content.siteName +
                 QStringLiteral("门户网站由") + m_content.organizer + QStringLiteral("主办，是") + county +
                 QStringLiteral("人民政府发布政务信息、提供在线服务、开展政民互动的综合平台。</p>\n") +
                 QStringLiteral("<p>本网站为演示站点，所有地名、人名和机构均为虚构。</p></div>\n");
    files.addPage(about.path, m_frame.render(about));

    DemoPage contact;
    contact.path = QStringLiteral("contact.html");
    contact.title = QStringLiteral("联系我们");
    contact.body = m_frame.breadcrumb(QString(), contact.title) +
                   QStringLiteral("<div class=\"article\"><h1>联系我们</h1>\n<p>通信地址：") + county +
                   QStringLiteral("人民路1号</p>\n<p>联系电话：0599-8612345</"
                                  "p>\n<p>工作时间：法定工作日上午8:30—12:00，下午14:30—17:30</p></div>\n");
    files.addPage(contact.path, m_frame.render(contact));
}

} // namespace xj
