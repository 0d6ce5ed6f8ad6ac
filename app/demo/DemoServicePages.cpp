// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoServicePages.h"

#include "demo/DemoHtml.h"

namespace xj {

DemoServicePages::DemoServicePages(const DemoSiteContent &content, const DemoPageFrame &frame)
    : m_content(content)
    , m_frame(frame)
{}

void DemoServicePages::render(DemoSiteFiles &files) const
{
    renderLeaders(files);
    renderMessageBoard(files);
    renderGuides(files);
}

DemoPage DemoServicePages::columnPage(const QString &path, const QString &column, const QString &title) const
{
    const DemoColumn *c = m_content.column(column);
    DemoPage page;
    page.path = path;
    page.title = title;
    page.section = column;
    page.metas = {{QStringLiteral("ColumnName"), c ? c->name : QString()}};
    return page;
}

void DemoServicePages::renderLeaders(DemoSiteFiles &files) const
{
    const QString column = QStringLiteral("ldzc");
    QString cards;
    for (const DemoLeader &leader : m_content.leaders) {
        const QString href = QLatin1Char('/') + leader.path();
        cards += QStringLiteral("<li class=\"leader\"><a href=\"") + href + QStringLiteral("\"><img src=\"") +
                 leader.photoUrl() + QStringLiteral("\" alt=\"") + leader.name +
                 QStringLiteral("\" width=\"120\" height=\"160\"></a>") + QStringLiteral("<div><a href=\"") +
                 href + QStringLiteral("\"><strong>") + leader.name +
                 QStringLiteral("</strong></a><span class=\"post\">") + leader.title +
                 QStringLiteral("</span><p>") + leader.duties + QStringLiteral("</p></div></li>\n");

        DemoPage page = columnPage(leader.path(), column, leader.name);
        page.metas.append({QStringLiteral("ArticleTitle"), leader.name});
        page.body =
            m_frame.breadcrumb(column, leader.name) +
            QStringLiteral("<div class=\"article leader-detail\">\n") +
            QStringLiteral("<img class=\"photo\" src=\"") + leader.photoUrl() + QStringLiteral("\" alt=\"") +
            leader.name + QStringLiteral("\" width=\"150\" height=\"200\">\n<h1>") + leader.name +
            QStringLiteral("</h1>\n<p class=\"post\">职务：") + m_content.spec.countyName +
            QStringLiteral("人民政府") + leader.title + QStringLiteral("</p>\n<h3>个人简历</h3>\n<p>") +
            leader.resume + QStringLiteral("</p>\n<h3>分管工作</h3>\n<p>") + leader.duties +
            QStringLiteral("</p>\n</div>\n");
        files.addPage(page.path, m_frame.render(page));
    }
    DemoPage index = columnPage(column + QStringLiteral("/index.html"), column, QStringLiteral("领导之窗"));
    index.body = m_frame.breadcrumb(column) +
                 QStringLiteral("<h2 class=\"list-title\">领导之窗</h2>\n<ul class=\"leaders\">\n") + cards +
                 QStringLiteral("</ul>\n");
    files.addPage(index.path, m_frame.render(index));
}

void DemoServicePages::renderMessageBoard(DemoSiteFiles &files) const
{
    const QString column = DemoSiteContent::GbkSection;
    const QList<int> order = m_content.messageOrder();
    const int size = m_content.spec.listPageSize;
    const int pages = std::max(1, int((order.size() + size - 1) / size));
    for (int page = 0; page < pages; ++page) {
        QString rows;
        for (int index : order.mid(page * size, size)) {
            const DemoMessage &m = m_content.messages.at(index);
            rows += QStringLiteral("<tr><td><a href=\"/") + m.path() + QStringLiteral("\">") +
                    DemoHtml::escape(m.title) + QStringLiteral("</a></td><td>") + DemoHtml::date(m.asked) +
                    QStringLiteral("</td><td>") +
                    (m.answered() ? QStringLiteral("已答复") : QStringLiteral("未答复")) +
                    QStringLiteral("</td><td>") +
                    (m.answered() ? DemoHtml::date(m.replied) : QStringLiteral("—")) +
                    QStringLiteral("</td></tr>\n");
        }
        QString pager =
            QStringLiteral("<div class=\"pager\">共") + QString::number(order.size()) + QStringLiteral("条 ");
        for (int p = 0; p < pages; ++p) {
            pager += QStringLiteral("<a href=\"/") + DemoSiteContent::listPagePath(column, p) +
                     QStringLiteral("\">") + QString::number(p + 1) + QStringLiteral("</a> ");
        }
        DemoPage index =
            columnPage(DemoSiteContent::listPagePath(column, page), column, QStringLiteral("互动交流"));
        index.body =
            m_frame.breadcrumb(column) + QStringLiteral("<h2 class=\"list-title\">县长信箱</h2>\n") +
            QStringLiteral("<p "
                           "class=\"intro\">"
                           "欢迎您对政府工作提出意见建议。涉及信访、纪检举报事项，请通过专门渠道反映。") +
            QStringLiteral("<a class=\"button\" href=\"/") + column +
            QStringLiteral("/write.html\">我要留言</a></p>\n") +
            QStringLiteral(
                "<table class=\"messages\">\n<tr><th>留言标题</th><th>留言时间</th><th>办理状态</th>") +
            QStringLiteral("<th>答复时间</th></tr>\n") + rows + QStringLiteral("</table>\n") + pager +
            QStringLiteral("</div>\n");
        files.addPage(index.path, m_frame.render(index));
    }
    for (const DemoMessage &m : m_content.messages)
        renderMessage(m, files);

    DemoPage write = columnPage(column + QStringLiteral("/write.html"), column, QStringLiteral("我要留言"));
    write.body =
        m_frame.breadcrumb(column, QStringLiteral("我要留言")) +
        QStringLiteral("<div class=\"article\">\n<h1>我要留言</h1>\n<form class=\"write\" action=\"/") +
        column +
        QStringLiteral("/write.html\" method=\"get\">\n<p><label>留言标题：<input type=\"text\" "
                       "name=\"title\"></label></p>\n") +
        QStringLiteral(
            "<p><label>留言内容：<textarea name=\"content\" rows=\"6\"></textarea></label></p>\n") +
        QStringLiteral("<p><button type=\"submit\">提交</button></p>\n</form>\n") +
        QStringLiteral("<p class=\"note\">留言经审核后公开，一般在5个工作日内答复。</p>\n</div>\n");
    files.addPage(write.path, m_frame.render(write));
}

void DemoServicePages::renderMessage(const DemoMessage &m, DemoSiteFiles &files) const
{
    QString body = m_frame.breadcrumb(DemoSiteContent::GbkSection, QStringLiteral("留言详情")) +
                   QStringLiteral("<div class=\"article message\">\n<h1>") + DemoHtml::escape(m.title) +
                   QStringLiteral("</h1>\n<p class=\"meta\">留言人：") + m.asker + QStringLiteral("　") +
                   DemoHtml::askedLabel(m.asked) + QStringLiteral("</p>\n<div class=\"question\">") +
                   DemoHtml::escape(m.question) + QStringLiteral("</div>\n");
    if (m.answered()) {
        body += QStringLiteral("<p class=\"meta\">办理状态：已答复　答复单位：") + m.dept +
                QStringLiteral("　") + DemoHtml::repliedLabel(m.replied) +
                QStringLiteral("</p>\n<div class=\"reply\">") + DemoHtml::escape(m.reply) +
                QStringLiteral("</div>\n");
    } else {
        body += QStringLiteral("<p class=\"meta\">") + DemoHtml::unansweredStatus() +
                QStringLiteral("　承办单位：") + m.dept + QStringLiteral("</p>\n");
    }
    DemoPage page = columnPage(m.path(), DemoSiteContent::GbkSection, m.title);
    page.metas.append({QStringLiteral("ArticleTitle"), m.title});
    page.metas.append({QStringLiteral("PubDate"), DemoHtml::date(m.asked)});
    page.body = body + QStringLiteral("</div>\n");
    files.addPage(page.path, m_frame.render(page));
}

void DemoServicePages::renderGuides(DemoSiteFiles &files) const
{
    const QString column = QStringLiteral("bszn");
    QString rows;
    for (const DemoGuide &guide : m_content.guides) {
        QString dept;
        QString table = QStringLiteral("<table class=\"guide\">\n");
        for (const DemoField &e : guide.elements) {
            if (e.name == QStringLiteral("办理机构"))
                dept = e.value;
            table += QStringLiteral("<tr><th>") + e.name + QStringLiteral("</th><td>") +
                     DemoHtml::escape(e.value) + QStringLiteral("</td></tr>\n");
        }
        table += QStringLiteral("</table>\n");
        const QString href = QLatin1Char('/') + guide.path();
        rows += QStringLiteral("<tr><td><a href=\"") + href + QStringLiteral("\">") + guide.name +
                QStringLiteral("</a></td><td>") + dept + QStringLiteral("</td><td><a href=\"") + href +
                QStringLiteral("\">办事指南</a> <a href=\"") + guide.form.href +
                QStringLiteral("\">表格下载</a></td></tr>\n");

        DemoPage page = columnPage(guide.path(), column, guide.name);
        page.metas.append({QStringLiteral("ArticleTitle"), guide.name + QStringLiteral("办事指南")});
        page.body = m_frame.breadcrumb(column, guide.name) + QStringLiteral("<div class=\"article\">\n<h1>") +
                    guide.name + QStringLiteral("办事指南</h1>\n") + table +
                    QStringLiteral("<div class=\"attachments\"><h3>表格下载</h3><ul><li><a href=\"") +
                    guide.form.href + QStringLiteral("\">") + guide.form.title +
                    QStringLiteral("</a></li></ul></div>\n</div>\n");
        files.addPage(page.path, m_frame.render(page));
    }
    DemoPage index = columnPage(column + QStringLiteral("/index.html"), column, QStringLiteral("办事指南"));
    index.body =
        m_frame.breadcrumb(column) + QStringLiteral("<h2 class=\"list-title\">办事指南</h2>\n") +
        QStringLiteral(
            "<table class=\"services\">\n<tr><th>事项名称</th><th>办理机构</th><th>服务</th></tr>\n") +
        rows + QStringLiteral("</table>\n");
    files.addPage(index.path, m_frame.render(index));
}

} // namespace xj
