// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/notice/NoticeDocumentBuilder.h"

#include "checklist/ScoreCalculator.h"

namespace xj {

QString NoticeDocumentBuilder::chineseDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("　　年　　月　　日");
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString NoticeDocumentBuilder::judgement(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Veto:
        return QStringLiteral("单项否决");
    case FindingSeverity::Deduction:
        return QStringLiteral("扣分");
    case FindingSeverity::Hint:
        break;
    }
    return QStringLiteral("提示");
}

QString NoticeDocumentBuilder::resultSummary(const SiteRoundData &site)
{
    const ScoreResult &score = site.score;
    switch (score.outcome) {
    case ScoreOutcome::Fail:
        if (!score.vetoFailedItems.isEmpty())
            return QStringLiteral("经检查，%1存在单项否决指标（%2）不达标的问题，检查结果为不合格。")
                .arg(site.site.name, score.vetoFailedItems.join(QStringLiteral("、")));
        if (score.total)
            return QStringLiteral("经检查，%1得分%2分，低于合格分数线，检查结果为不合格。")
                .arg(site.site.name, ScoreCalculator::formatPoints(*score.total));
        return QStringLiteral("经检查，%1检查结果为不合格。").arg(site.site.name);
    case ScoreOutcome::Pass:
        if (score.total)
            return QStringLiteral("经检查，%1得分%2分，检查结果为合格，但存在以下问题需要整改。")
                .arg(site.site.name, ScoreCalculator::formatPoints(*score.total));
        return QStringLiteral("经检查，%1检查结果为合格，但存在以下问题需要整改。").arg(site.site.name);
    case ScoreOutcome::Incomplete:
        break;
    }
    return QStringLiteral("经检查，%1存在以下问题需要整改。").arg(site.site.name);
}

ReportTable NoticeDocumentBuilder::problemTable(const SiteRoundData &site)
{
    ReportTable table;
    table.headers = {QStringLiteral("序号"),     QStringLiteral("指标"),     QStringLiteral("判定"),
                     QStringLiteral("问题描述"), QStringLiteral("页面地址"), QStringLiteral("发现时间"),
                     QStringLiteral("截图")};
    table.widths = {0.7, 1.5, 0.8, 2.6, 2.2, 1.35, 2.4};
    int number = 0;
    for (const ReportProblem &p : site.problems) {
        const Finding &f = p.finding;
        QList<ReportCell> row;
        row.append({QString::number(++number), {}, {}});
        row.append(
            {p.itemTitle.isEmpty() ? f.itemCode : f.itemCode + QLatin1Char(' ') + p.itemTitle, {}, {}});
        row.append({judgement(f.severity), {}, {}});
        row.append({f.description, {}, {}});
        const QUrl url(f.url);
        row.append({f.url, url.isValid() && !url.scheme().isEmpty() ? url : QUrl(), {}});
        row.append({f.foundAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), {}, {}});
        row.append({p.screenshotPath.isEmpty() ? QStringLiteral("（无）") : QString(), {}, p.screenshotPath});
        table.rows.append(row);
    }
    if (table.rows.isEmpty())
        table.rows.append({{QStringLiteral("—"), {}, {}},
                           {QStringLiteral("本轮检查未发现需要整改的问题。"), {}, {}},
                           {},
                           {},
                           {},
                           {},
                           {}});
    return table;
}

ReportTable NoticeDocumentBuilder::receiptTable()
{
    ReportTable table;
    table.headers = {QStringLiteral("项目"), QStringLiteral("填写内容")};
    table.widths = {1, 4};
    table.minimumRowHeightMm = 16;
    for (const char *label : {"整改措施", "完成时间", "整改后页面地址或截图", "整改责任人", "联系电话"})
        table.rows.append({{QString::fromUtf8(label), {}, {}}, {}});
    return table;
}

TemplateContext NoticeDocumentBuilder::context(const Round &round, const SiteRoundData &site,
                                               const Notice &notice, const NoticeSettings &settings)
{
    TemplateContext c;
    const QString none = QStringLiteral("无");
    auto orNone = [&none](const QString &text) {
        return text.trimmed().isEmpty() ? none : text.trimmed();
    };
    c.values = {
        {QStringLiteral("office.name"), settings.officeName},
        {QStringLiteral("office.contact"), orNone(settings.contactPerson)},
        {QStringLiteral("office.phone"), orNone(settings.contactPhone)},
        {QStringLiteral("notice.number"), notice.number},
        {QStringLiteral("notice.date"), chineseDate(notice.issuedOn)},
        {QStringLiteral("notice.deadline"), chineseDate(notice.deadline)},
        {QStringLiteral("notice.working_days"), QString::number(notice.workingDays)},
        {QStringLiteral("notice.requirements"),
         notice.requirements.trimmed().isEmpty() ? settings.requirements : notice.requirements},
        {QStringLiteral("notice.feedback"), settings.feedbackMethod},
        {QStringLiteral("round.name"), round.name},
        {QStringLiteral("round.period"), round.period},
        {QStringLiteral("round.inspection_date"), chineseDate(round.inspectionDate)},
        {QStringLiteral("site.name"), site.site.name},
        {QStringLiteral("site.url"), orNone(site.site.url)},
        {QStringLiteral("site.code"), orNone(site.site.siteCode)},
        {QStringLiteral("site.icp"), orNone(site.site.icpNumber)},
        {QStringLiteral("site.person_in_charge"), orNone(site.site.personInCharge)},
        {QStringLiteral("unit.name"), site.unit.name.isEmpty() ? site.site.name : site.unit.name},
        {QStringLiteral("result.summary"), resultSummary(site)},
        {QStringLiteral("result.score"),
         site.score.total ? ScoreCalculator::formatPoints(*site.score.total) : QStringLiteral("—")},
        {QStringLiteral("problems.count"), QString::number(site.problems.size())},
        {QStringLiteral("problems.veto"), QString::number(site.count(FindingSeverity::Veto))},
        {QStringLiteral("problems.deduction"), QString::number(site.count(FindingSeverity::Deduction))},
        {QStringLiteral("problems.hint"), QString::number(site.count(FindingSeverity::Hint))},
    };
    c.blocks.insert(QStringLiteral("problems"), {problemTable(site)});
    c.blocks.insert(QStringLiteral("receipt"), {receiptTable()});
    return c;
}

Result<ReportDocument> NoticeDocumentBuilder::build(const ReportTemplate &layout, const Round &round,
                                                    const SiteRoundData &site, const Notice &notice,
                                                    const NoticeSettings &settings)
{
    return layout.render(context(round, site, notice, settings),
                         QStringLiteral("%1 %2整改通知").arg(notice.number, site.site.name),
                         settings.officeName);
}

} // namespace xj
