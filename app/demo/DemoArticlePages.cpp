// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoArticlePages.h"

#include "demo/DemoHtml.h"
#include "demo/DemoPersonalData.h"

namespace xj {

DemoArticlePages::DemoArticlePages(const DemoSiteContent &content, const DemoPageFrame &frame)
    : m_content(content)
    , m_frame(frame)
{}

void DemoArticlePages::render(DemoSiteFiles &files) const
{
    for (const DemoColumn &column : m_content.columns) {
        if (column.listsArticles)
            renderColumn(column, files);
    }
    for (const DemoArticle &article : m_content.articles) {
        if (!article.withdrawn)
            renderArticle(article, files);
    }
}

QStringList DemoArticlePages::paragraphs(const DemoArticle &article)
{
    const QString day = QStringLiteral("%1月%2日").arg(article.pubDate.month()).arg(article.pubDate.day());
    QStringList out;
    for (const QString &p : article.paragraphs)
        out.append(QString(p).replace(QStringLiteral("{date}"), day));
    return out;
}

QString DemoArticlePages::sideMenu(const QString &firstLevel) const
{
    const DemoColumn *top = m_content.column(firstLevel);
    QString html = QStringLiteral("<div class=\"side\"><h2>") + (top ? top->name : QString()) +
                   QStringLiteral("</h2><ul class=\"sub-nav\">");
    for (const DemoColumn *child : m_content.children(firstLevel))
        html += QStringLiteral("<li><a href=\"") + child->url() + QStringLiteral("\">") + child->name +
                QStringLiteral("</a></li>");
    return html + QStringLiteral("</ul></div>\n");
}

QString DemoArticlePages::pager(const QString &folder, int page, int pages, int total) const
{
    if (pages <= 1)
        return QStringLiteral("<div class=\"pager\">共") + QString::number(total) +
               QStringLiteral("条</div>\n");
    auto link = [&folder](int target, const QString &text) -> QString {
        return QStringLiteral("<a href=\"/") + DemoSiteContent::listPagePath(folder, target) +
               QStringLiteral("\">") + text + QStringLiteral("</a> ");
    };
    QString html = QStringLiteral("<div class=\"pager\">共") + QString::number(total) +
                   QStringLiteral("条 第") + QString::number(page + 1) + QLatin1Char('/') +
                   QString::number(pages) + QStringLiteral("页 ") + link(0, QStringLiteral("首页"));
    if (page > 0)
        html += link(page - 1, QStringLiteral("上一页"));
    if (page + 1 < pages)
        html += link(page + 1, QStringLiteral("下一页"));
    return html + link(pages - 1, QStringLiteral("尾页")) + QStringLiteral("</div>\n");
}

void DemoArticlePages::renderColumn(const DemoColumn &column, DemoSiteFiles &files) const
{
    const QList<int> order = m_content.articlesIn(column.path);
    const int size = m_content.spec.listPageSize;
    const int pages = std::max(1, int((order.size() + size - 1) / size));
    const QString firstLevel = column.path.section(QLatin1Char('/'), 0, 0);
    for (int page = 0; page < pages; ++page) {
        QString list;
        if (column.saysNoInformation) {
            list = QStringLiteral("<div class=\"no-info\">") + DemoHtml::noInformation() +
                   QStringLiteral("</div>\n");
        } else {
            QStringList items;
            for (int index : order.mid(page * size, size)) {
                const DemoArticle &a = m_content.articles.at(index);
                items.append(DemoHtml::listItem(a.url(), a.title, a.listDate));
            }
            list = QStringLiteral("<ul class=\"news-list\">") +
                   (items.isEmpty() ? QString()
                                    : QLatin1Char('\n') + items.join(QLatin1Char('\n')) + QLatin1Char('\n')) +
                   QStringLiteral("</ul>\n") + pager(column.path, page, pages, int(order.size()));
        }
        DemoPage p;
        p.path = DemoSiteContent::listPagePath(column.path, page);
        p.title = column.name;
        p.section = firstLevel;
        p.metas = {{QStringLiteral("ColumnName"), column.name},
                   {QStringLiteral("ColumnType"), QStringLiteral("列表")}};
        p.body = QStringLiteral("<div class=\"two-col\">\n") + sideMenu(firstLevel) +
                 QStringLiteral("<div class=\"list-box\">\n") + m_frame.breadcrumb(column.path) +
                 QStringLiteral("<h2 class=\"list-title\">") + column.name + QStringLiteral("</h2>\n") +
                 list + QStringLiteral("</div>\n</div>\n");
        files.addPage(p.path, m_frame.render(p));
    }
}

void DemoArticlePages::renderArticle(const DemoArticle &article, DemoSiteFiles &files) const
{
    const DemoColumn *column = m_content.column(article.column);
    const QString time = QStringLiteral("%1:%2")
                             .arg(article.pubMinutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(article.pubMinutes % 60, 2, 10, QLatin1Char('0'));
    QString body = m_frame.breadcrumb(article.column, QStringLiteral("正文")) +
                   QStringLiteral("<div class=\"article\">\n<h1>") + DemoHtml::escape(article.title) +
                   QStringLiteral("</h1>\n");
    if (!article.docNumber.isEmpty())
        body += QStringLiteral("<div class=\"doc-number\">") + article.docNumber + QStringLiteral("</div>\n");
    body += QStringLiteral("<div class=\"info\"><span>") + DemoHtml::publishedLabel(article.pubDate) +
            QLatin1Char(' ') + time + QStringLiteral("</span><span>来源：") +
            DemoHtml::escape(article.source) + QStringLiteral("</span></div>\n<div class=\"content\">\n");
    const QStringList text = paragraphs(article);
    for (int i = 0; i < text.size(); ++i) {
        body += QStringLiteral("<p>") + DemoHtml::escape(text.at(i)) + QStringLiteral("</p>\n");
        if (i == 0 && article.hasImage) {
            body += QStringLiteral("<p class=\"pic\"><img src=\"") + article.imageUrl() +
                    QStringLiteral("\" alt=\"") + DemoHtml::escape(article.title) +
                    QStringLiteral("\"></p>\n");
        }
    }
    if (!article.publicList.rows.isEmpty())
        body += publicListTable(article.publicList);
    body += QStringLiteral("</div>\n");
    if (!article.attachments.isEmpty()) {
        body += QStringLiteral("<div class=\"attachments\"><h3>附件下载</h3><ul>");
        for (const DemoAttachment &a : article.attachments) {
            body += QStringLiteral("<li><a href=\"") + a.href + QStringLiteral("\">") +
                    DemoHtml::escape(a.title) + QStringLiteral("</a></li>");
        }
        body += QStringLiteral("</ul></div>\n");
    }
    QList<DemoLink> related;
    for (int index : article.related) {
        const DemoArticle &other = m_content.articles.at(index);
        if (!other.withdrawn)
            related.append({other.title, other.url()});
    }
    related += article.relatedLinks;
    if (!related.isEmpty()) {
        body += QStringLiteral("<div class=\"related\"><h3>相关阅读</h3><ul>");
        for (const DemoLink &link : related) {
            body += QStringLiteral("<li><a href=\"") + link.href + QStringLiteral("\">") +
                    DemoHtml::escape(link.text) + QStringLiteral("</a></li>");
        }
        body += QStringLiteral("</ul></div>\n");
    }
    body += QStringLiteral("</div>\n");

    DemoPage page;
    page.path = article.path();
    page.title = article.title;
    page.section = article.column.section(QLatin1Char('/'), 0, 0);
    page.metas = {{QStringLiteral("ColumnName"), column ? column->name : QString()},
                  {QStringLiteral("ArticleTitle"), article.title},
                  {QStringLiteral("PubDate"), DemoHtml::date(article.pubDate) + QLatin1Char(' ') + time},
                  {QStringLiteral("ContentSource"), article.source}};
    page.body = body;
    files.addPage(page.path, m_frame.render(page));
}

QString DemoArticlePages::publicListTable(const DemoPublicList &list) const
{
    QString html =
        QStringLiteral("<table class=\"public-list\">\n<tr><th>序号</th><th>姓名</th><th>身份证号码</th>") +
        QStringLiteral("<th>联系电话</th><th>救助金额</th><th>备注</th></tr>\n");
    for (int i = 0; i < list.rows.size(); ++i) {
        const DemoPublicList::Row &r = list.rows.at(i);
        // De-identified: the name keeps its surname only, numbers keep their ends.
        const QString name =
            list.masked ? r.name.left(1) + QString(r.name.size() - 1, QLatin1Char('*')) : r.name;
        const QString id = list.masked ? DemoPersonalData::maskedId(r.idNumber) : r.idNumber;
        const QString mobile = list.masked ? DemoPersonalData::maskedMobile(r.mobile) : r.mobile;
        const QString note = list.masked || r.bankCard.isEmpty() ? QStringLiteral("—")
                                                                 : QStringLiteral("发放账户：") + r.bankCard;
        html += QStringLiteral("<tr><td>") + QString::number(i + 1) + QStringLiteral("</td><td>") + name +
                QStringLiteral("</td><td>") + id + QStringLiteral("</td><td>") + mobile +
                QStringLiteral("</td><td>") + r.amount + QStringLiteral("</td><td>") + note +
                QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace xj
