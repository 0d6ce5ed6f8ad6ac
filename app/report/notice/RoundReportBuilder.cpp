// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/notice/RoundReportBuilder.h"

#include "audit/AuditReportSection.h"
#include "checklist/ScoreCalculator.h"
#include "report/notice/NoticeDocumentBuilder.h"

#include <QMap>

namespace xj {

namespace {

QString outcomeText(ScoreOutcome outcome)
{
    switch (outcome) {
    case ScoreOutcome::Pass:
        return QStringLiteral("合格");
    case ScoreOutcome::Fail:
        return QStringLiteral("不合格");
    case ScoreOutcome::Incomplete:
        break;
    }
    return QStringLiteral("未完成");
}

QString scoreText(const ScoreResult &score)
{
    return score.total ? ScoreCalculator::formatPoints(*score.total) : QStringLiteral("—");
}

ReportCell cell(const QString &text)
{
    return {text, {}, {}};
}

QString percent(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace

RoundFigures RoundFigures::of(const RoundData &data)
{
    RoundFigures f;
    for (const SiteRoundData &s : data.sites) {
        if (!s.checked())
            continue;
        ++f.checked;
        (s.site.kind == SiteKind::Website ? f.websites : f.newMedia) += 1;
        f.passed += s.score.outcome == ScoreOutcome::Pass;
        f.failed += s.score.outcome == ScoreOutcome::Fail;
        f.undecided += s.score.outcome == ScoreOutcome::Incomplete;
        f.problems += int(s.problems.size());
        f.vetoProblems += s.count(FindingSeverity::Veto);
    }
    return f;
}

QList<const SiteRoundData *> RoundReportBuilder::ranking(const RoundData &data)
{
    QList<const SiteRoundData *> sites;
    for (const SiteRoundData &s : data.sites) {
        if (s.checked() && s.score.outcome != ScoreOutcome::Incomplete)
            sites.append(&s);
    }
    std::stable_sort(sites.begin(), sites.end(), [](const SiteRoundData *a, const SiteRoundData *b) {
        if (a->score.outcome != b->score.outcome)
            return a->score.outcome == ScoreOutcome::Pass;
        return a->score.total.value_or(-1) > b->score.total.value_or(-1);
    });
    return sites;
}

ReportTable RoundReportBuilder::rankingTable(const RoundData &data)
{
    ReportTable t;
    t.headers = {QStringLiteral("名次"), QStringLiteral("网站或账号名称"), QStringLiteral("主办单位"),
                 QStringLiteral("类型"), QStringLiteral("得分"),           QStringLiteral("检查结果")};
    t.widths = {0.6, 2.6, 2.6, 1.1, 0.8, 1};
    int rank = 0;
    for (const SiteRoundData *s : ranking(data))
        t.rows.append({cell(QString::number(++rank)), cell(s->site.name), cell(s->unit.name),
                       cell(siteTypeLabel(s->site)), cell(scoreText(s->score)),
                       cell(outcomeText(s->score.outcome))});
    if (t.rows.isEmpty())
        t.rows.append({cell(QStringLiteral("—")),
                       cell(QStringLiteral("本轮尚无完成检查的网站或账号。")),
                       {},
                       {},
                       {},
                       {}});
    return t;
}

ReportTable RoundReportBuilder::vetoTable(const RoundData &data)
{
    ReportTable t;
    t.headers = {QStringLiteral("序号"), QStringLiteral("网站或账号名称"), QStringLiteral("主办单位"),
                 QStringLiteral("否决指标"), QStringLiteral("主要问题")};
    t.widths = {0.6, 2.2, 2.2, 1.4, 4};
    int number = 0;
    for (const SiteRoundData &s : data.sites) {
        if (s.score.vetoFailedItems.isEmpty())
            continue;
        QStringList problems;
        for (const ReportProblem &p : s.problems) {
            if (p.finding.severity == FindingSeverity::Veto)
                problems.append(p.finding.description);
        }
        t.rows.append(
            {cell(QString::number(++number)), cell(s.site.name), cell(s.unit.name),
             cell(s.score.vetoFailedItems.join(QStringLiteral("、"))),
             cell(problems.isEmpty() ? QStringLiteral("见检查记录") : problems.join(QStringLiteral("；")))});
    }
    if (t.rows.isEmpty())
        t.rows.append(
            {cell(QStringLiteral("—")), cell(QStringLiteral("本轮未发现单项否决问题。")), {}, {}, {}});
    return t;
}

QList<ReportBlock> RoundReportBuilder::categorySections(const RoundData &data)
{
    // Grouped by checklist item, most frequent first: the report's 主要问题 in the order that
    // matters, each with a few named examples as real 通报 do.
    struct Group
    {
        QString title;
        QList<std::pair<const SiteRoundData *, const ReportProblem *>> problems;
    };
    QMap<QString, Group> groups;
    for (const SiteRoundData &s : data.sites) {
        for (const ReportProblem &p : s.problems) {
            const QString key = p.finding.itemCode.isEmpty() ? QStringLiteral("~") : p.finding.itemCode;
            Group &g = groups[key];
            if (g.title.isEmpty())
                g.title = p.itemTitle.isEmpty() ? (p.finding.itemCode.isEmpty() ? QStringLiteral("其他问题")
                                                                                : p.finding.itemCode)
                                                : p.itemTitle;
            g.problems.append({&s, &p});
        }
    }
    QList<Group> ordered = groups.values();
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Group &a, const Group &b) { return a.problems.size() > b.problems.size(); });
    static const QStringList numerals{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                      QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                      QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"),
                                      QStringLiteral("十")};
    QList<ReportBlock> blocks;
    for (int i = 0; i < ordered.size(); ++i) {
        const Group &g = ordered.at(i);
        const QString numeral = i < numerals.size() ? numerals.at(i) : QString::number(i + 1);
        blocks.append(
            ReportParagraph{BlockRole::Heading2,
                            QStringLiteral("（%1）%2（%3个）").arg(numeral, g.title).arg(g.problems.size())});
        QStringList examples;
        for (int e = 0; e < std::min<qsizetype>(ExamplesPerCategory, g.problems.size()); ++e) {
            const auto &[site, problem] = g.problems.at(e);
            // The examples are joined into one sentence, so their own full stops go.
            QString description = problem->finding.description.trimmed();
            while (!description.isEmpty() && QStringLiteral("。；;.").contains(description.back()))
                description.chop(1);
            examples.append(QStringLiteral("%1（%2）").arg(description, site->site.name));
        }
        blocks.append(ReportParagraph{BlockRole::Body, QStringLiteral("如：") +
                                                           examples.join(QStringLiteral("；")) +
                                                           QStringLiteral("。")});
    }
    if (blocks.isEmpty())
        blocks.append(ReportParagraph{BlockRole::Body, QStringLiteral("本轮检查未发现需要整改的问题。")});
    return blocks;
}

QList<ReportBlock> RoundReportBuilder::recheckSection(const std::optional<RecheckSummary> &recheck)
{
    if (!recheck || recheck->total == 0)
        return {ReportParagraph{BlockRole::Body, QStringLiteral("本轮无需复查的上轮问题。")}};
    QList<ReportBlock> blocks;
    blocks.append(ReportParagraph{
        BlockRole::Body,
        QStringLiteral(
            "对%1发现的%2个问题进行了复查：已整改%3个，未整改或整改不到位%4个，尚待复查%5个，整改完成率%6。")
            .arg(recheck->previous.name)
            .arg(recheck->total)
            .arg(recheck->passed)
            .arg(recheck->failed)
            .arg(recheck->pending)
            .arg(percent(double(recheck->passed) / recheck->total))});
    if (!recheck->failingSites.isEmpty())
        blocks.append(
            ReportParagraph{BlockRole::Body, QStringLiteral("以下网站或账号复查仍未通过，予以通报批评：%1。")
                                                 .arg(recheck->failingSites.join(QStringLiteral("、")))});
    return blocks;
}

QList<ReportBlock> RoundReportBuilder::chartsSection(const QList<ReportChart> &charts)
{
    if (charts.isEmpty())
        return {};
    // A picture is a table cell in ReportDocument, so every writer (PDF, Word, preview) already
    // knows how to place and scale it; the header row carries the figure's title.
    QList<ReportBlock> blocks{ReportParagraph{BlockRole::Heading2, QStringLiteral("（三）统计图表")}};
    int number = 0;
    for (const ReportChart &chart : charts) {
        ReportTable t;
        t.headers = {QStringLiteral("图%1　%2").arg(++number).arg(chart.title)};
        t.widths = {1};
        t.rows.append({ReportCell{{}, {}, chart.pngPath}});
        blocks.append(t);
    }
    return blocks;
}

ReportTable RoundReportBuilder::resultsAnnex(const RoundData &data)
{
    ReportTable t;
    t.headers = {QStringLiteral("序号"),       QStringLiteral("网站或账号名称"), QStringLiteral("主办单位"),
                 QStringLiteral("网址或账号"), QStringLiteral("得分"),           QStringLiteral("结果"),
                 QStringLiteral("问题数")};
    t.widths = {0.6, 2.2, 2.2, 2.6, 0.8, 0.9, 0.8};
    int number = 0;
    for (const SiteRoundData &s : data.sites) {
        if (!s.checked())
            continue;
        const QString address = s.site.url.isEmpty() ? s.site.accountId : s.site.url;
        t.rows.append({cell(QString::number(++number)), cell(s.site.name), cell(s.unit.name), cell(address),
                       cell(scoreText(s.score)), cell(outcomeText(s.score.outcome)),
                       cell(QString::number(s.problems.size()))});
    }
    return t;
}

ReportTable RoundReportBuilder::problemsAnnex(const RoundData &data)
{
    ReportTable t;
    t.headers = {QStringLiteral("序号"), QStringLiteral("网站或账号名称"), QStringLiteral("指标"),
                 QStringLiteral("判定"), QStringLiteral("问题描述"),       QStringLiteral("页面地址")};
    t.widths = {0.6, 1.8, 1.6, 0.9, 3.2, 2.4};
    int number = 0;
    for (const SiteRoundData &s : data.sites) {
        for (const ReportProblem &p : s.problems) {
            const QUrl url(p.finding.url);
            t.rows.append({cell(QString::number(++number)),
                           cell(s.site.name),
                           cell(p.itemTitle.isEmpty() ? p.finding.itemCode
                                                      : p.finding.itemCode + QLatin1Char(' ') + p.itemTitle),
                           cell(NoticeDocumentBuilder::judgement(p.finding.severity)),
                           cell(p.finding.description),
                           {p.finding.url, url.isValid() && !url.scheme().isEmpty() ? url : QUrl(), {}}});
        }
    }
    return t;
}

TemplateContext RoundReportBuilder::context(const RoundData &data,
                                            const std::optional<RecheckSummary> &recheck,
                                            const NoticeSettings &settings, const QDate &issuedOn,
                                            const QDate &deadline, const EscalationReport &escalations,
                                            const QList<ReportChart> &charts,
                                            const QList<ReportBlock> &peerAudit)
{
    const RoundFigures f = RoundFigures::of(data);
    TemplateContext c;
    const QString undecided =
        f.undecided > 0 ? QStringLiteral("尚未完成判定%1个，").arg(f.undecided) : QString();
    c.values = {
        {QStringLiteral("office.name"), settings.officeName},
        {QStringLiteral("office.contact"),
         settings.contactPerson.trimmed().isEmpty() ? QStringLiteral("无") : settings.contactPerson},
        {QStringLiteral("office.phone"),
         settings.contactPhone.trimmed().isEmpty() ? QStringLiteral("无") : settings.contactPhone},
        {QStringLiteral("report.addressee"), settings.addressee},
        {QStringLiteral("report.date"), NoticeDocumentBuilder::chineseDate(issuedOn)},
        {QStringLiteral("report.deadline"), NoticeDocumentBuilder::chineseDate(deadline)},
        {QStringLiteral("report.requirements"), settings.requirements},
        {QStringLiteral("report.feedback"), settings.feedbackMethod},
        {QStringLiteral("round.name"), data.round.name},
        {QStringLiteral("round.period"), data.round.period},
        {QStringLiteral("round.inspection_date"),
         NoticeDocumentBuilder::chineseDate(data.round.inspectionDate)},
        {QStringLiteral("figures.websites"), QString::number(f.websites)},
        {QStringLiteral("figures.newmedia"), QString::number(f.newMedia)},
        {QStringLiteral("figures.checked"), QString::number(f.checked)},
        {QStringLiteral("figures.passed"), QString::number(f.passed)},
        {QStringLiteral("figures.failed"), QString::number(f.failed)},
        {QStringLiteral("figures.undecided"), undecided},
        {QStringLiteral("figures.pass_rate"),
         f.passed + f.failed > 0 ? percent(f.passRate()) : QStringLiteral("暂无（尚无完成判定的网站）")},
        {QStringLiteral("figures.problems"), QString::number(f.problems)},
        {QStringLiteral("figures.veto_problems"), QString::number(f.vetoProblems)},
    };
    c.blocks = {
        {QStringLiteral("ranking"), {rankingTable(data)}},
        {QStringLiteral("veto"), {vetoTable(data)}},
        {QStringLiteral("categories"), categorySections(data)},
        {QStringLiteral("recheck"),
         recheckSection(EscalationReportSection::withoutDecidedCriticism(recheck, escalations))},
        {QStringLiteral("charts"), chartsSection(charts)},
        {QLatin1String(AuditReportSection::BlockName), peerAudit},
        {QLatin1String(EscalationReportSection::BlockName), EscalationReportSection::blocks(escalations)},
        {QStringLiteral("annex_results"), {resultsAnnex(data)}},
        {QStringLiteral("annex_problems"), {problemsAnnex(data)}},
    };
    return c;
}

Result<ReportDocument> RoundReportBuilder::build(const ReportTemplate &layout, const RoundData &data,
                                                 const std::optional<RecheckSummary> &recheck,
                                                 const NoticeSettings &settings, const QDate &issuedOn,
                                                 const QDate &deadline, const EscalationReport &escalations,
                                                 const QList<ReportChart> &charts,
                                                 const QList<ReportBlock> &peerAudit)
{
    return layout.render(context(data, recheck, settings, issuedOn, deadline, escalations, charts, peerAudit),
                         QStringLiteral("%1检查情况通报").arg(data.round.name), settings.officeName);
}

} // namespace xj
