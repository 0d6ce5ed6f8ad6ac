// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoProblemPlanter.h"

#include "demo/DemoHtml.h"
#include "demo/DemoPageProblemPlanter.h"
#include "demo/DemoRandom.h"

#include <algorithm>

namespace xj {

namespace {

// Checklist items of indicators.md §2 and §4 the categories count against.
constexpr auto SeriousError = "W-V1";
constexpr auto StaleOrBlank = "W-V4";
constexpr auto LinkItem = "W-D11";

} // namespace

DemoProblemPlanter::DemoProblemPlanter(DemoSiteContent &content)
    : m_content(content)
{}

QList<DemoProblem> DemoProblemPlanter::plant()
{
    m_problems.clear();
    // Each plant function breaks one category only, so a category left out is simply not called
    // and its pages stay clean. Whole columns are emptied and aged first: that removes pages and
    // moves their paths, so every later problem records the page where it finally is.
    const DemoSiteSpec &spec = m_content.spec;
    if (spec.plants(QStringLiteral("P03")))
        plantBlankColumns();
    if (spec.plants(QStringLiteral("P04")))
        plantStaleColumns();
    if (spec.plants(QStringLiteral("P01")))
        plantTypos();
    if (spec.plants(QStringLiteral("P02")))
        plantTimeTravel();
    if (spec.plants(QStringLiteral("P07")))
        plantDeadLinks();
    if (spec.plants(QStringLiteral("P09")))
        plantPersonalData();
    m_problems += DemoPageProblemPlanter(m_content).plant();
    // Grouped by category for the reader; stable, so the order within a category is the planting order.
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const DemoProblem &a, const DemoProblem &b) { return a.category < b.category; });
    return m_problems;
}

QStringList DemoProblemPlanter::plantableCategories()
{
    return {QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P03"), QStringLiteral("P04"),
            QStringLiteral("P07"), QStringLiteral("P08"), QStringLiteral("P09"), QStringLiteral("P10"),
            QStringLiteral("P12"), QStringLiteral("P13"), QStringLiteral("P14"), QStringLiteral("P16")};
}

void DemoProblemPlanter::add(DemoProblem problem)
{
    m_problems.append(std::move(problem));
}

int DemoProblemPlanter::takeArticle(const QString &column,
                                    const std::function<bool(const DemoArticle &)> &test)
{
    for (int index : m_content.articlesIn(column)) {
        const DemoArticle &a = m_content.articles.at(index);
        if (m_used.contains(index) || !a.publicList.rows.isEmpty() || (test && !test(a)))
            continue;
        m_used.insert(index);
        return index;
    }
    return -1;
}

bool DemoProblemPlanter::replaceInText(DemoArticle &article, const QString &from, const QString &to)
{
    for (QString &paragraph : article.paragraphs) {
        const qsizetype at = paragraph.indexOf(from);
        if (at >= 0) {
            paragraph.replace(at, from.size(), to);
            return true;
        }
    }
    return false;
}

void DemoProblemPlanter::plantTypos()
{
    for (const DemoLeader &leader : std::as_const(m_content.leaders)) {
        const QString wrongName = leader.mention + leader.misspelt;
        const int index = takeArticle(QStringLiteral("zwdt/zwyw"), [&](const DemoArticle &a) {
            return a.leaderMention >= 0 && m_content.leaders.at(a.leaderMention).name == leader.name;
        });
        if (index >= 0 && replaceInText(m_content.articles[index], leader.mention + leader.name, wrongName)) {
            add(DemoProblem::make("P01-leader-name", "P01", SeriousError, m_content.articles.at(index).path(),
                                  wrongName,
                                  QStringLiteral("领导姓名错误：领导之窗中%1为“%2”，文中误写为“%3”。")
                                      .arg(leader.title, leader.name, leader.misspelt)));
            break;
        }
    }
    for (const DemoLeader &leader : std::as_const(m_content.leaders)) {
        if (leader.title != QStringLiteral("副县长"))
            continue;
        const QString wrongTitle = QStringLiteral("常务副县长") + leader.name;
        const int index = takeArticle(QStringLiteral("zwdt/zwyw"), [&](const DemoArticle &a) {
            return a.leaderMention >= 0 && m_content.leaders.at(a.leaderMention).name == leader.name;
        });
        if (index >= 0 &&
            replaceInText(m_content.articles[index], leader.mention + leader.name, wrongTitle)) {
            add(DemoProblem::make(
                "P01-leader-title", "P01", SeriousError, m_content.articles.at(index).path(), wrongTitle,
                QStringLiteral("领导职务错误：%1的职务为副县长，文中写作“常务副县长”。").arg(leader.name)));
            break;
        }
    }
    struct Typo
    {
        const char *id, *column, *right, *wrong;
    };
    static const Typo typos[] = {{"P01-typo-deploy", "zcwj", "周密部署", "周密布署"},
                                 {"P01-typo-persevere", "zwdt", "再接再厉", "再接再励"}};
    for (const Typo &typo : typos) {
        const QString right = QString::fromUtf8(typo.right);
        const QString wrong = QString::fromUtf8(typo.wrong);
        const int index = takeArticle(QString::fromLatin1(typo.column), [&right](const DemoArticle &a) {
            return a.paragraphs.join(QString()).contains(right);
        });
        if (index >= 0 && replaceInText(m_content.articles[index], right, wrong)) {
            add(DemoProblem::make(typo.id, "P01", SeriousError, m_content.articles.at(index).path(), wrong,
                                  QStringLiteral("错别字：“%1”应为“%2”。").arg(wrong, right)));
        }
    }
}

void DemoProblemPlanter::plantTimeTravel()
{
    const QDate today = m_content.spec.today;
    if (const int index = takeArticle(QStringLiteral("tzgg")); index >= 0) {
        DemoArticle &a = m_content.articles[index];
        a.urlDate = a.pubDate = a.listDate = today.addDays(12);
        add(DemoProblem::make("P02-future-date", "P02", SeriousError, a.path(),
                              DemoHtml::publishedLabel(a.pubDate),
                              QStringLiteral("时间穿越：发布日期%1晚于检查日期%2。")
                                  .arg(DemoHtml::date(a.pubDate), DemoHtml::date(today))));
    }
    if (const int index = takeArticle(QStringLiteral("zwdt/bmdt")); index >= 0) {
        DemoArticle &a = m_content.articles[index];
        a.listDate = a.pubDate.addDays(-2);
        add(DemoProblem::make("P02-list-date", "P02", SeriousError,
                              m_content.listPageOf(QStringLiteral("zwdt/bmdt"), index),
                              DemoHtml::listItemTail(a.title, a.listDate),
                              QStringLiteral("日期不一致：列表页显示%1，正文发布日期为%2（%3）。")
                                  .arg(DemoHtml::date(a.listDate), DemoHtml::date(a.pubDate), a.path())));
    }
    const QList<int> headlines = m_content.articlesIn(QStringLiteral("zwdt/zwyw"));
    for (int p = 3; p < headlines.size(); ++p) {
        const int index = headlines.at(p);
        if (m_used.contains(index))
            continue;
        m_used.insert(index);
        DemoArticle &a = m_content.articles[index];
        a.pubDate = a.listDate = a.urlDate.addDays(-3);
        add(DemoProblem::make("P02-url-date", "P02", SeriousError, a.path(),
                              DemoHtml::publishedLabel(a.pubDate),
                              QStringLiteral("日期不一致：网址中的日期为%1，页面发布日期为%2。")
                                  .arg(DemoHtml::date(a.urlDate), DemoHtml::date(a.pubDate))));
        break;
    }
}

void DemoProblemPlanter::plantBlankColumns()
{
    auto withdrawAll = [this](const QString &column) {
        for (int index : m_content.articlesIn(column))
            m_content.articles[index].withdrawn = true;
    };
    const QString noInfo = QStringLiteral("ghjh/zxgh");
    withdrawAll(noInfo);
    for (DemoColumn &c : m_content.columns) {
        if (c.path == noInfo)
            c.saysNoInformation = true;
    }
    add(DemoProblem::make("P03-no-information", "P03", StaleOrBlank, noInfo + QStringLiteral("/index.html"),
                          DemoHtml::noInformation(),
                          QStringLiteral("空白栏目：“专项规划”栏目页面显示“暂无信息”。")));
    const QString empty = QStringLiteral("zcwj/zcjd");
    withdrawAll(empty);
    add(DemoProblem::make("P03-empty-list", "P03", StaleOrBlank, empty + QStringLiteral("/index.html"),
                          DemoHtml::emptyList(), QStringLiteral("空白栏目：“政策解读”栏目列表为空。")));
}

void DemoProblemPlanter::ageColumn(const QString &column, int newestAge)
{
    const QList<int> order = m_content.articlesIn(column);
    if (order.isEmpty())
        return;
    const QDate newest = m_content.articles.at(order.first()).pubDate;
    const qint64 shift = newest.daysTo(m_content.spec.today.addDays(-newestAge));
    for (int index : order) {
        DemoArticle &a = m_content.articles[index];
        a.urlDate = a.urlDate.addDays(shift);
        a.pubDate = a.pubDate.addDays(shift);
        a.listDate = a.listDate.addDays(shift);
    }
}

void DemoProblemPlanter::plantStaleColumns()
{
    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(0x57a1e);
    struct Stale
    {
        const char *id, *column, *name;
        int minAge, maxAge;
        const char *window;
    };
    static const Stale stale[] = {{"P04-stale-news", "zwdt/xzdt", "乡镇动态", 25, 45, "2周"},
                                  {"P04-stale-personnel", "rsxx", "人事信息", 395, 455, "1年"}};
    for (const Stale &s : stale) {
        const QString column = QString::fromLatin1(s.column);
        ageColumn(column, rng.range(s.minAge, s.maxAge));
        const QList<int> order = m_content.articlesIn(column);
        if (order.isEmpty())
            continue;
        const DemoArticle &newest = m_content.articles.at(order.first());
        add(DemoProblem::make(s.id, "P04", StaleOrBlank, column + QStringLiteral("/index.html"),
                              DemoHtml::listItemTail(newest.title, newest.listDate),
                              QStringLiteral("栏目超期未更新：“%1”栏目最新信息发布于%2，超过%3未更新。")
                                  .arg(QString::fromUtf8(s.name), DemoHtml::date(newest.pubDate),
                                       QString::fromUtf8(s.window))));
    }
}

void DemoProblemPlanter::plantDeadLinks()
{
    // A policy document still links to its 解读, which went with the emptied 政策解读 column.
    // Without P03 nothing was emptied, so there is no dead 解读 to link to and this one is left out.
    const QList<int> gone = [this] {
        QList<int> out;
        for (int i = 0; i < m_content.articles.size(); ++i) {
            if (m_content.articles.at(i).withdrawn &&
                m_content.articles.at(i).column == QLatin1String("zcwj/zcjd"))
                out.append(i);
        }
        return out;
    }();
    if (const int index = takeArticle(QStringLiteral("zcwj/xzfwj")); index >= 0 && !gone.isEmpty()) {
        const DemoArticle &interpretation = m_content.articles.at(gone.first());
        m_content.articles[index].relatedLinks.append(
            {QStringLiteral("相关解读：") + interpretation.title, interpretation.url()});
        add(DemoProblem::link("P07-dead-related-link", "P07", LinkItem, m_content.articles.at(index).path(),
                              interpretation.url(),
                              QStringLiteral("死链：文件页面的“相关解读”链接指向已删除的页面。")));
    }
    if (const int index =
            takeArticle(QStringLiteral("zwdt"), [](const DemoArticle &a) { return a.hasImage; });
        index >= 0) {
        DemoArticle &a = m_content.articles[index];
        a.imageMissing = true;
        add(DemoProblem::link("P07-missing-image", "P07", LinkItem, a.path(), a.imageUrl(),
                              QStringLiteral("图片无法显示：正文配图文件不存在。")));
    }
    if (const int index = takeArticle(QStringLiteral("tzgg"),
                                      [](const DemoArticle &a) { return !a.attachments.isEmpty(); });
        index >= 0) {
        DemoArticle &a = m_content.articles[index];
        a.attachments[0].missing = true;
        add(DemoProblem::link(
            "P07-missing-attachment", "P07", LinkItem, a.path(), a.attachments.at(0).href,
            QStringLiteral("附件无法下载：“%1”链接的文件不存在。").arg(a.attachments.at(0).title)));
    }
}

void DemoProblemPlanter::plantPersonalData()
{
    for (DemoArticle &a : m_content.articles) {
        if (a.publicList.rows.size() < 2)
            continue;
        a.publicList.masked = false;
        const auto &rows = a.publicList.rows;
        add(DemoProblem::make("P09-id-number", "P09", SeriousError, a.path(), rows.at(0).idNumber,
                              QStringLiteral("个人隐私泄露：公示名单公开了完整的居民身份证号码。")));
        add(DemoProblem::make("P09-mobile", "P09", SeriousError, a.path(), rows.at(0).mobile,
                              QStringLiteral("个人隐私泄露：公示名单公开了完整的手机号码。")));
        add(DemoProblem::make("P09-bank-card", "P09", SeriousError, a.path(), rows.at(1).bankCard,
                              QStringLiteral("个人隐私泄露：公示名单公开了银行卡号。")));
        return;
    }
}

} // namespace xj
