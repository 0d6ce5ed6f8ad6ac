// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContentBuilder.h"

#include "demo/DemoArticleBuilder.h"

namespace xj {

DemoContentBuilder::DemoContentBuilder(const DemoSiteSpec &spec, const DemoCorpus &corpus)
    : m_corpus(corpus)
{
    m_content.spec = spec;
    m_content.siteName = spec.countyName + QStringLiteral("人民政府");
    m_content.organizer = spec.countyName + QStringLiteral("人民政府办公室");
}

DemoSiteContent DemoContentBuilder::build()
{
    addColumns();
    addLeaders();
    DemoArticleBuilder(m_corpus, m_content).build();
    addMessages();
    addGuides();
    addLinks();
    return m_content;
}

void DemoContentBuilder::addColumns()
{
    struct Row
    {
        const char *path;
        const char *name;
        DemoColumnKind kind;
    };
    // The usual first-level columns of a county portal, with the column codes real CMSs use.
    static const Row rows[] = {
        {"zwdt", "政务动态", DemoColumnKind::News},
        {"zwdt/zwyw", "政务要闻", DemoColumnKind::News},
        {"zwdt/bmdt", "部门动态", DemoColumnKind::News},
        {"zwdt/xzdt", "乡镇动态", DemoColumnKind::News},
        {"tzgg", "通知公告", DemoColumnKind::Notice},
        {"zcwj", "政策文件", DemoColumnKind::Policy},
        {"zcwj/xzfwj", "县政府文件", DemoColumnKind::Policy},
        {"zcwj/xzfbwj", "县政府办文件", DemoColumnKind::Policy},
        {"zcwj/zcjd", "政策解读", DemoColumnKind::Policy},
        {"rsxx", "人事信息", DemoColumnKind::Personnel},
        {"ghjh", "规划计划", DemoColumnKind::Plan},
        {"ghjh/fzgh", "发展规划", DemoColumnKind::Plan},
        {"ghjh/ndjh", "年度计划", DemoColumnKind::Plan},
        {"ghjh/zxgh", "专项规划", DemoColumnKind::Plan},
        {"bszn", "办事指南", DemoColumnKind::Guides},
        {"ldzc", "领导之窗", DemoColumnKind::Leaders},
        {"hdjl", "互动交流", DemoColumnKind::Messages},
    };
    for (const Row &row : rows) {
        DemoColumn column;
        column.path = QString::fromLatin1(row.path);
        column.name = QString::fromUtf8(row.name);
        column.parent = column.path.section(QLatin1Char('/'), 0, -2);
        column.kind = row.kind;
        column.listsArticles = row.kind != DemoColumnKind::Guides && row.kind != DemoColumnKind::Leaders &&
                               row.kind != DemoColumnKind::Messages;
        m_content.columns.append(column);
    }
}

void DemoContentBuilder::addLeaders()
{
    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(0x1ead);
    QList<DemoCorpusLeader> pool = m_corpus.leaders();
    for (qsizetype i = pool.size() - 1; i > 0; --i)
        pool.swapItemsAt(i, rng.bounded(int(i + 1)));
    const QList<DemoCorpusRole> roles = m_corpus.roles();
    const QStringList towns = m_corpus.strings(QStringLiteral("towns"));
    for (int i = 0; i < roles.size(); ++i) {
        DemoLeader leader;
        leader.number = i + 1;
        leader.name = pool.at(i).name;
        leader.misspelt = pool.at(i).misspelt;
        leader.title = roles.at(i).title;
        leader.mention = roles.at(i).mention;
        leader.duties = roles.at(i).duties;
        const int born = m_content.spec.today.year() - rng.range(42, 56);
        leader.resume = leader.name + QStringLiteral("，汉族，%1年%2月生，%3人，研究生学历，中共党员。历任%"
                                                     "4党委书记、县发展和改革局局长等职。现任%5人民政府%6。")
                                          .arg(born)
                                          .arg(rng.range(1, 12))
                                          .arg(m_content.spec.countyName, rng.pick(towns),
                                               m_content.spec.countyName, leader.title);
        m_content.leaders.append(leader);
    }
}

void DemoContentBuilder::addMessages()
{
    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(0x3e55);
    const QList<DemoCorpusMessage> corpus = m_corpus.messages();
    const QStringList towns = m_corpus.strings(QStringLiteral("towns"));
    const QStringList surnames = m_corpus.strings(QStringLiteral("surnames"));
    const int count = std::min(60, 12 + m_content.spec.articlePages / 10);
    // Newest first while drawing, so the gaps count back from today; ids are given oldest first.
    QDate asked = m_content.spec.today.addDays(-rng.range(5, 8));
    // The board covers about eleven months whatever the count, so there are old messages to age.
    const int meanGap = std::max(2, 330 / count);
    QList<DemoMessage> drawn;
    for (int i = 0; i < count; ++i) {
        const DemoCorpusMessage &source = corpus.at(i % corpus.size());
        const DemoVars vars{{QStringLiteral("town"), rng.pick(towns)}};
        DemoMessage message;
        message.title = DemoCorpus::fill(source.title, vars);
        message.question = DemoCorpus::fill(source.question, vars);
        message.reply = DemoCorpus::fill(source.reply, vars);
        message.dept = source.dept;
        message.asker =
            rng.pick(surnames) + (rng.chance(50) ? QStringLiteral("先生") : QStringLiteral("女士"));
        message.asked = asked;
        // Simple questions are answered within five working days, the yardstick of W-D8.
        message.replied = asked.addDays(rng.range(1, 5));
        drawn.prepend(message);
        asked = asked.addDays(-rng.range(meanGap / 2, meanGap * 3 / 2));
    }
    int id = 1000;
    for (DemoMessage &message : drawn) {
        id += rng.range(1, 9);
        message.id = id;
    }
    m_content.messages = drawn;
}

void DemoContentBuilder::addGuides()
{
    DemoRandom rng = DemoRandom(m_content.spec.seed).fork(0x6d1);
    const QString &county = m_content.spec.countyName;
    const QList<DemoCorpusGuide> guides = m_corpus.guides();
    for (int i = 0; i < guides.size(); ++i) {
        const DemoCorpusGuide &g = guides.at(i);
        DemoGuide guide;
        guide.number = i + 1;
        guide.name = g.name;
        guide.elements = {
            {QStringLiteral("事项名称"), g.name},
            {QStringLiteral("设定依据"), g.basis},
            {QStringLiteral("申请条件"), g.conditions},
            {QStringLiteral("办理材料"), g.materials},
            {QStringLiteral("办理地点"),
             county +
                 QStringLiteral("政务服务中心%1号窗口（%2人民路88号）").arg(rng.range(1, 40)).arg(county)},
            {QStringLiteral("办理机构"), g.dept},
            {QStringLiteral("收费标准"), g.fee},
            {QStringLiteral("办理时间"), QStringLiteral("法定工作日上午8:30—12:00，下午14:30—17:30")},
            {QStringLiteral("联系电话"),
             QStringLiteral("0599-86") + QString::number(rng.range(10000, 99999))},
            {QStringLiteral("办理流程"), g.steps},
        };
        guide.form.title = g.form + QLatin1Char('.') + g.formExt;
        guide.form.href = QStringLiteral("/bszn/files/form_%1.%2")
                              .arg(guide.number, 2, 10, QLatin1Char('0'))
                              .arg(g.formExt);
        m_content.guides.append(guide);
    }
}

void DemoContentBuilder::addLinks()
{
    m_content.specialTopics = {
        {QStringLiteral("政府信息公开"), QStringLiteral("/zcwj/index.html")},
        {QStringLiteral("优化营商环境"), QStringLiteral("/bszn/index.html")},
        {QStringLiteral("乡村振兴在行动"), QStringLiteral("/zwdt/xzdt/index.html")},
    };
    // Links to the internet are fine as hrefs; no test ever follows them.
    m_content.friendLinks = {
        {QStringLiteral("中国政府网"), QStringLiteral("https://www.gov.cn/")},
        {QStringLiteral("国家政务服务平台"), QStringLiteral("https://gjzwfw.www.gov.cn/")},
        {QStringLiteral("国务院政策文件库"), QStringLiteral("https://www.gov.cn/zhengce/")},
    };
}

} // namespace xj
