// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPageFrame.h"

#include "demo/DemoHtml.h"

namespace xj {

namespace {

QString weekday(QDate date)
{
    static const char *const names[] = {"一", "二", "三", "四", "五", "六", "日"};
    return QStringLiteral("星期") + QString::fromUtf8(names[date.dayOfWeek() - 1]);
}

} // namespace

DemoPageFrame::DemoPageFrame(const DemoSiteContent &content)
    : m_content(content)
{}

QString DemoPageFrame::render(const DemoPage &page) const
{
    const bool gbk = DemoSiteContent::usesGbk(page.path);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n") + head(page, gbk) +
                   QStringLiteral("<body>\n") + banner() + navigation(page.section) +
                   QStringLiteral("<div class=\"wrap\">\n") + page.body + QStringLiteral("</div>\n") +
                   footer(gbk);
    // Planted blocks go last in the body, where injected code usually sits.
    for (const QString &block : m_content.injections.value(page.path))
        html += block + QLatin1Char('\n');
    return html + QStringLiteral("</body>\n</html>\n");
}

QString DemoPageFrame::head(const DemoPage &page, bool gbk) const
{
    const DemoSiteSpec &spec = m_content.spec;
    const QString siteCode =
        gbk && !m_content.gbkSiteCodeMeta.isEmpty() ? m_content.gbkSiteCodeMeta : spec.siteCode;
    QString html =
        QStringLiteral("<head>\n<meta charset=\"") + (gbk ? QStringLiteral("gbk") : QStringLiteral("utf-8")) +
        QStringLiteral("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n") +
        QStringLiteral("<title>") + DemoHtml::escape(page.title) + QStringLiteral(" - ") +
        DemoHtml::escape(m_content.siteName) + QStringLiteral("</title>\n") +
        DemoHtml::meta(QStringLiteral("SiteName"), m_content.siteName) + QLatin1Char('\n') +
        DemoHtml::meta(QStringLiteral("SiteDomain"), spec.domain) + QLatin1Char('\n') +
        DemoHtml::meta(QStringLiteral("SiteIDCode"), siteCode) + QLatin1Char('\n');
    for (const DemoField &meta : page.metas)
        html += DemoHtml::meta(meta.name, meta.value) + QLatin1Char('\n');
    return html + QStringLiteral("<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n");
}

QString DemoPageFrame::banner() const
{
    const DemoSiteSpec &spec = m_content.spec;
    const QString today = spec.today.toString(QStringLiteral("yyyy年M月d日 ")) + weekday(spec.today);
    return QStringLiteral("<div class=\"topbar\"><div class=\"wrap\"><span>") + today +
           QStringLiteral("</span><span class=\"toplinks\"><a "
                          "href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=") +
           spec.siteCode +
           QStringLiteral(
               "\">我为政府网站找错</a> | <a href=\"/sitemap.html\">网站地图</a></span></div></div>\n") +
           QStringLiteral(
               "<div class=\"banner\"><div class=\"wrap\"><a class=\"logo\" href=\"/index.html\">") +
           QStringLiteral("<img src=\"/images/logo.svg\" alt=\"\" width=\"64\" height=\"64\"><span>") +
           DemoHtml::escape(m_content.siteName) + QStringLiteral("</span></a>") +
           QStringLiteral("<form class=\"search\" action=\"/search/index.html\" method=\"get\">") +
           QStringLiteral(
               "<input type=\"text\" name=\"q\" placeholder=\"请输入关键词\" aria-label=\"站内搜索\">") +
           QStringLiteral("<button type=\"submit\">搜索</button></form></div></div>\n");
}

QString DemoPageFrame::navigation(const QString &section) const
{
    QString html = QStringLiteral("<div class=\"nav\"><ul class=\"wrap\"><li") +
                   (section.isEmpty() ? QStringLiteral(" class=\"on\"") : QString()) +
                   QStringLiteral("><a href=\"/index.html\">首页</a></li>");
    for (const DemoColumn &c : m_content.columns) {
        if (!c.parent.isEmpty())
            continue;
        html += QStringLiteral("<li") + (c.path == section ? QStringLiteral(" class=\"on\"") : QString()) +
                QStringLiteral("><a href=\"") + c.url() + QStringLiteral("\">") + c.name +
                QStringLiteral("</a></li>");
    }
    return html + QStringLiteral("</ul></div>\n");
}

QString DemoPageFrame::breadcrumb(const QString &columnPath, const QString &last) const
{
    QString html = QStringLiteral("<div class=\"crumb\">当前位置：<a href=\"/index.html\">首页</a>");
    const QStringList parts = columnPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        if (const DemoColumn *c = m_content.column(parts.mid(0, i + 1).join(QLatin1Char('/'))))
            html += QStringLiteral(" &gt; <a href=\"") + c->url() + QStringLiteral("\">") + c->name +
                    QStringLiteral("</a>");
    }
    if (!last.isEmpty())
        html += QStringLiteral(" &gt; ") + DemoHtml::escape(last);
    return html + QStringLiteral("</div>\n");
}

QString DemoPageFrame::footer(bool gbk) const
{
    const DemoSiteSpec &spec = m_content.spec;
    QString record = QStringLiteral("网站标识码：") + spec.siteCode +
                     QStringLiteral("　<a href=\"https://beian.miit.gov.cn/\">") + spec.icpNumber +
                     QStringLiteral("</a>");
    // The GBK section comes from an older template without the police record: a fault the
    // planter switches on, so the clean site shows the full footer everywhere.
    if (!gbk || m_content.gbkShowsPoliceRecord) {
        record +=
            QStringLiteral("　<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=") +
            spec.policeRecordCode +
            QStringLiteral(
                "\"><img src=\"/images/police.svg\" alt=\"\" width=\"16\" height=\"16\">浙公网安备 ") +
            spec.policeRecordCode + QStringLiteral("号</a>");
    }
    return QStringLiteral("<div class=\"footer\"><div class=\"wrap\">") +
           QStringLiteral("<a class=\"conac\" href=\"https://bszs.conac.cn/sitename?method=show&amp;id=") +
           spec.siteCode +
           QStringLiteral(
               "\"><img src=\"/images/dzjg.svg\" alt=\"党政机关\" width=\"55\" height=\"66\"></a>") +
           QStringLiteral(
               "<p><a href=\"/about.html\">关于本网</a> | <a href=\"/sitemap.html\">网站地图</a> | ") +
           QStringLiteral("<a href=\"/contact.html\">联系我们</a></p>\n<p>主办单位：") + m_content.organizer +
           QStringLiteral("　承办单位：") + spec.countyName + QStringLiteral("大数据发展中心</p>\n<p>") +
           record + QStringLiteral("</p>\n<p>地址：") + spec.countyName +
           QStringLiteral("人民路1号　联系电话：0599-8612345</p></div></div>\n");
}

} // namespace xj
