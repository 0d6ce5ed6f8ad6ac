// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/notice/EscalationReportSection.h"

#include "model/Round.h"
#include "report/notice/NoticeDocumentBuilder.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace xj {

namespace {

ReportCell cell(const QString &text)
{
    return {text, {}, {}};
}

QString withUnit(const QString &site, const QString &unit)
{
    return unit.isEmpty() ? site : QStringLiteral("%1（%2）").arg(site, unit);
}

// The recommendation as a sentence of the report: one full stop, whatever the office typed.
QString sentence(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && QStringLiteral("。；;.").contains(text.back()))
        text.chop(1);
    return text + QStringLiteral("。");
}

} // namespace

QList<qint64> EscalationReportSection::roundsShown(const Round &round,
                                                   const std::optional<RecheckSummary> &recheck)
{
    QList<qint64> ids;
    for (qint64 id : {round.id, round.sourceRoundId, recheck ? recheck->previous.id : qint64(0)}) {
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Result<EscalationReport> EscalationReportSection::load(const Database &database,
                                                       const QList<qint64> &roundIds)
{
    EscalationReport report;
    if (roundIds.isEmpty())
        return report;
    QStringList marks;
    QVariantList ids;
    for (qint64 id : roundIds) {
        marks.append(QStringLiteral("?"));
        ids.append(id);
    }
    const QString in = marks.join(QLatin1Char(','));
    auto decisions = database.selectAll(
        QStringLiteral(
            "SELECT s.name, COALESCE(u.name, ''), e.failed_findings, e.criticised, e.accountability "
            "FROM escalations e JOIN sites s ON s.id = e.site_id LEFT JOIN units u ON u.id = s.unit_id "
            "WHERE e.round_id IN (%1) ORDER BY e.round_id, s.name")
            .arg(in),
        ids, [](const QSqlQuery &q) {
            return EscalationReport::Decision{q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toInt(), q.value(3).toBool(), q.value(4).toString()};
        });
    if (!decisions)
        return decisions.error();
    report.decisions = decisions.value();
    auto decided = database.selectAll(
        QStringLiteral("SELECT DISTINCT round_id FROM escalations WHERE round_id IN (%1)").arg(in), ids,
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!decided)
        return decided.error();
    report.decidedRounds = decided.value();
    auto trainees = database.selectAll(
        QStringLiteral(
            "SELECT t.person, COALESCE(u.name, ''), COALESCE(s.name, ''), t.start_date "
            "FROM training_enrollments t LEFT JOIN sites s ON s.id = t.site_id "
            "LEFT JOIN units u ON u.id = t.unit_id "
            "WHERE t.round_id IN (%1) AND t.status <> 'cancelled' ORDER BY t.start_date, s.name, t.id")
            .arg(in),
        ids, [](const QSqlQuery &q) {
            return EscalationReport::Trainee{q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), fromDbDate(q.value(3))};
        });
    if (!trainees)
        return trainees.error();
    report.trainees = trainees.value();
    return report;
}

Result<EscalationReport> EscalationReportSection::load(const Database &database, const Round &round,
                                                       const std::optional<RecheckSummary> &recheck)
{
    return load(database, roundsShown(round, recheck));
}

std::optional<RecheckSummary>
EscalationReportSection::withoutDecidedCriticism(const std::optional<RecheckSummary> &recheck,
                                                 const EscalationReport &report)
{
    if (!recheck || !report.decidedRounds.contains(recheck->previous.id))
        return recheck;
    RecheckSummary summary = *recheck;
    summary.failingSites.clear();
    return summary;
}

QList<ReportBlock> EscalationReportSection::blocks(const EscalationReport &report)
{
    QList<ReportBlock> blocks;
    QStringList criticised;
    ReportTable accountability;
    accountability.headers = {QStringLiteral("序号"), QStringLiteral("网站或账号名称"),
                              QStringLiteral("主办单位"), QStringLiteral("未整改问题数"),
                              QStringLiteral("问责建议")};
    accountability.widths = {0.6, 2.2, 2.2, 1.1, 4};
    for (const EscalationReport::Decision &d : report.decisions) {
        if (d.criticised)
            criticised.append(withUnit(d.site, d.unit));
        if (d.accountability.trimmed().isEmpty())
            continue;
        accountability.rows.append({cell(QString::number(accountability.rows.size() + 1)), cell(d.site),
                                    cell(d.unit), cell(QString::number(d.failedFindings)),
                                    cell(sentence(d.accountability))});
    }
    if (!criticised.isEmpty())
        blocks.append(ReportParagraph{
            BlockRole::Body, QStringLiteral("经研究，对复查仍未通过的%1个网站或账号予以通报批评：%2。")
                                 .arg(criticised.size())
                                 .arg(criticised.join(QStringLiteral("、")))});
    if (!accountability.rows.isEmpty()) {
        blocks.append(
            ReportParagraph{BlockRole::Body, QStringLiteral("对整改不到位的单位提出问责建议如下：")});
        blocks.append(accountability);
    }
    if (!report.trainees.isEmpty()) {
        ReportTable trainees;
        trainees.headers = {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("单位"),
                            QStringLiteral("网站或账号"), QStringLiteral("开始日期")};
        trainees.widths = {0.6, 1.2, 2.6, 2.6, 1.8};
        for (const EscalationReport::Trainee &t : report.trainees)
            trainees.rows.append({cell(QString::number(trainees.rows.size() + 1)), cell(t.person),
                                  cell(t.unit), cell(t.site),
                                  cell(t.startDate.isValid() ? NoticeDocumentBuilder::chineseDate(t.startDate)
                                                             : QStringLiteral("另行通知"))});
        blocks.append(ReportParagraph{
            BlockRole::Body,
            QStringLiteral("以下网站或账号主要负责人参加为期%1天的脱岗跟班学习：").arg(TrainingDays)});
        blocks.append(trainees);
    }
    return blocks;
}

} // namespace xj
