// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPageProblemPlanter.h"

#include "demo/DemoHtml.h"
#include "demo/DemoRandom.h"

namespace xj {

namespace {

// Checklist items of indicators.md §2 and §4 the categories count against.
constexpr auto SeriousError = "W-V1";
constexpr auto PoorInteraction = "W-V5";
// A reply that says nothing is poor handling of the message (留言办理), not the W-V5 veto.
constexpr auto MessageHandling = "W-D8";
constexpr auto UselessService = "W-V6";
constexpr auto SearchItem = "W-D10";
constexpr auto LinkItem = "W-D11";
constexpr auto MarkingItem = "W-D12";

QString anchor(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"") + href + QStringLiteral("\">") + text + QStringLiteral("</a>");
}

} // namespace

DemoPageProblemPlanter::DemoPageProblemPlanter(DemoSiteContent &content)
    : m_content(content)
{}

QList<DemoProblem> DemoPageProblemPlanter::plant()
{
    m_problems.clear();
    // One category per function, as in DemoProblemPlanter: a category left out leaves its pages clean.
    const DemoSiteSpec &spec = m_content.spec;
    if (spec.plants(QStringLiteral("P07")))
        plantHomeLinks();
    if (spec.plants(QStringLiteral("P08")))
        plantHiddenLinks();
    if (spec.plants(QStringLiteral("P10")))
        plantMessageProblems();
    if (spec.plants(QStringLiteral("P12")))
        plantServiceGuide();
    if (spec.plants(QStringLiteral("P13")))
        plantSearch();
    if (spec.plants(QStringLiteral("P14")))
        plantIdentifierProblems();
    if (spec.plants(QStringLiteral("P16")))
        plantAdvertisement();
    return m_problems;
}

void DemoPageProblemPlanter::plantHomeLinks()
{
    const DemoLink topic{QStringLiteral("学习贯彻专题"), QStringLiteral("/ztzl/xxgc/index.html")};
    m_content.specialTopics.append(topic);
    m_problems.append(
        DemoProblem::link("P07-dead-topic-link", "P07", LinkItem, QStringLiteral("index.html"), topic.href,
                          QStringLiteral("首页链接不可用：专题专栏“学习贯彻专题”指向的页面不存在。")));
    // The .invalid TLD is reserved: the host can never resolve, wherever the test runs.
    const DemoLink friendLink{QStringLiteral("青禾旅游网"),
                              QStringLiteral("http://www.qinghe-lvyou.invalid/")};
    m_content.friendLinks.append(friendLink);
    m_problems.append(DemoProblem::link("P07-dead-friend-link", "P07", LinkItem, QStringLiteral("index.html"),
                                        friendLink.href,
                                        QStringLiteral("友情链接不可用：“青禾旅游网”域名已无法访问。")));
}

void DemoPageProblemPlanter::plantHiddenLinks()
{
    struct Hidden
    {
        const char *id, *page, *style, *host, *text, *second, *description;
    };
    static const Hidden hidden[] = {
        {"P08-hidden-links", "index.html", "display:none", "http://www.qh-yule.invalid/", "线上娱乐城",
         "体育投注", "暗链：首页含display:none隐藏的博彩类外部链接。"},
        {"P08-offscreen-links", "tzgg/index.html", "position:absolute;left:-9999px;top:-9999px",
         "http://www.pj-caipiao.invalid/", "百家乐在线", "彩票平台",
         "暗链：页面含定位到屏幕之外的博彩类外部链接。"},
    };
    for (const Hidden &h : hidden) {
        const QString host = QString::fromLatin1(h.host);
        const QString first = anchor(host, QString::fromUtf8(h.text));
        m_content.injections[QString::fromLatin1(h.page)].append(
            QStringLiteral("<div style=\"") + QString::fromLatin1(h.style) + QStringLiteral("\">") + first +
            QLatin1Char(' ') + anchor(host + QStringLiteral("m/"), QString::fromUtf8(h.second)) +
            QStringLiteral("</div>"));
        DemoProblem p = DemoProblem::link(h.id, "P08", SeriousError, QString::fromLatin1(h.page), host,
                                          QString::fromUtf8(h.description));
        p.text = first;
        m_problems.append(p);
    }
    const QString script = QStringLiteral("http://cdn.tongji-js.invalid/stat.js");
    const QString tag = QStringLiteral("<script src=\"") + script + QStringLiteral("\"></script>");
    const QString page = QStringLiteral("zwdt/index.html");
    m_content.injections[page].append(tag);
    DemoProblem injected = DemoProblem::link("P08-injected-script", "P08", SeriousError, page, script,
                                             QStringLiteral("疑似挂马：页面被植入指向外部未知域名的脚本。"));
    injected.text = tag;
    m_problems.append(injected);
}

void DemoPageProblemPlanter::plantMessageProblems()
{
    const QDate today = m_content.spec.today;
    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(0x3e5a);
    const QList<int> order = m_content.messageOrder();
    // Newest first: the first message old enough for each problem, each message used once.
    int unanswered = -1, late = -1, perfunctory = -1;
    for (int index : order) {
        const qint64 age = m_content.messages.at(index).asked.daysTo(today);
        if (perfunctory < 0 && age >= 20)
            perfunctory = index;
        else if (unanswered < 0 && age >= 120)
            unanswered = index;
        else if (late < 0 && age >= 200)
            late = index;
    }
    if (unanswered >= 0) {
        DemoMessage &m = m_content.messages[unanswered];
        m.replied = {};
        m.reply.clear();
        m_problems.append(DemoProblem::make(
            "P10-unanswered", "P10", PoorInteraction, m.path(), DemoHtml::unansweredStatus(),
            QStringLiteral("留言超过3个月未答复：留言时间%1，至今未答复。").arg(DemoHtml::date(m.asked))));
    }
    if (late >= 0) {
        DemoMessage &m = m_content.messages[late];
        m.replied = m.asked.addDays(rng.range(100, 130));
        m_problems.append(DemoProblem::make(
            "P10-late-reply", "P10", PoorInteraction, m.path(), DemoHtml::repliedLabel(m.replied),
            QStringLiteral("留言答复不及时：留言时间%1，答复时间%2，超过3个月。")
                .arg(DemoHtml::date(m.asked), DemoHtml::date(m.replied))));
    }
    if (perfunctory >= 0) {
        DemoMessage &m = m_content.messages[perfunctory];
        m.reply = QStringLiteral("已收到。");
        m_problems.append(
            DemoProblem::make("P10-perfunctory-reply", "P10", MessageHandling, m.path(), m.reply,
                              QStringLiteral("答复敷衍：答复内容仅为“已收到。”，未回应留言诉求。")));
    }
}

void DemoPageProblemPlanter::plantServiceGuide()
{
    if (m_content.guides.size() < 3)
        return;
    DemoGuide &guide = m_content.guides[2];
    const QStringList missing{QStringLiteral("收费标准"), QStringLiteral("办理时间")};
    guide.elements.removeIf([&missing](const DemoField &e) { return missing.contains(e.name); });
    DemoProblem incomplete =
        DemoProblem::make("P12-missing-elements", "P12", UselessService, guide.path(), guide.name,
                          QStringLiteral("办事指南要素缺失：“%1”缺少收费标准、办理时间。").arg(guide.name));
    incomplete.absent = missing;
    m_problems.append(incomplete);

    guide.form.missing = true;
    m_problems.append(DemoProblem::link(
        "P12-dead-form", "P12", UselessService, guide.path(), guide.form.href,
        QStringLiteral("附件无法下载：办事指南“%1”的表格“%2”不存在。").arg(guide.name, guide.form.title)));
}

void DemoPageProblemPlanter::plantSearch()
{
    m_content.searchWorks = false;
    m_problems.append(
        DemoProblem::make("P13-search-unavailable", "P13", SearchItem, QStringLiteral("search/index.html"),
                          DemoHtml::searchMaintenance(),
                          QStringLiteral("搜索不可用：首页搜索框指向的页面提示搜索系统维护中。")));
}

void DemoPageProblemPlanter::plantIdentifierProblems()
{
    const QString page = DemoSiteContent::GbkSection + QStringLiteral("/index.html");
    const QString &code = m_content.spec.siteCode;
    m_content.gbkShowsPoliceRecord = false;
    DemoProblem noPolice = DemoProblem::make(
        "P14-missing-police-record", "P14", MarkingItem, page, QStringLiteral("网站标识码：") + code,
        QStringLiteral("备案信息不完整：“互动交流”栏目页面页脚缺少公安机关备案信息。"));
    noPolice.absent = {QStringLiteral("公网安备")};
    m_problems.append(noPolice);

    // The last four digits moved by one: a code that looks right but names another site.
    const int sequence = code.right(4).toInt();
    m_content.gbkSiteCodeMeta = code.left(code.size() - 4) +
                                QStringLiteral("%1").arg((sequence + 1) % 10000, 4, 10, QLatin1Char('0'));
    m_problems.append(
        DemoProblem::make("P14-site-code-mismatch", "P14", MarkingItem, page,
                          DemoHtml::meta(QStringLiteral("SiteIDCode"), m_content.gbkSiteCodeMeta),
                          QStringLiteral("标识不一致：页面SiteIDCode为%1，与页脚网站标识码%2不一致。")
                              .arg(m_content.gbkSiteCodeMeta, code)));
}

void DemoPageProblemPlanter::plantAdvertisement()
{
    const QString lender = QStringLiteral("http://www.kuaidai-loan.invalid/");
    const QString text = QStringLiteral("无抵押低息贷款，当天放款");
    const QString page = QStringLiteral("bszn/index.html");
    m_content.injections[page].append(
        QStringLiteral("<div class=\"ad-banner\"><span class=\"ad-tag\">广告</span>") + anchor(lender, text) +
        QStringLiteral("</div>"));
    DemoProblem ad = DemoProblem::link("P16-commercial-ad", "P16", MarkingItem, page, lender,
                                       QStringLiteral("商业广告：页面刊登贷款类商业广告并链接到外部网站。"));
    ad.text = text;
    m_problems.append(ad);
}

} // namespace xj
