// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditReportSection.h"

#include <QSet>
#include <QStringList>

#include <utility>

namespace xj {

namespace {

ReportCell cell(const QString &text)
{
    return {text, {}, {}};
}

QString number(int n)
{
    return QString::number(n);
}

QString chineseOrdinal(int n)
{
    static const QStringList Numerals{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                      QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                      QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九")};
    return n >= 1 && n <= Numerals.size() ? Numerals.at(n - 1) : QString::number(n);
}

QList<ReportCell> agreementCells(const AuditStatistics::Row &row)
{
    return {cell(AuditStatisticsBuilder::percentText(row.agreement.observed)),
            cell(AuditStatisticsBuilder::kappaText(row.agreement)), cell(number(row.matchedFindings)),
            cell(number(row.onlyLeft)), cell(number(row.onlyRight))};
}

} // namespace

ReportTable AuditReportSection::teamTable(const AuditStatistics &statistics)
{
    ReportTable t;
    t.headers = {QStringLiteral("检查组"),     QStringLiteral("对照方"),    QStringLiteral("网站数"),
                 QStringLiteral("判定一致率"), QStringLiteral("Kappa系数"), QStringLiteral("双方均发现"),
                 QStringLiteral("仅本方发现"), QStringLiteral("仅对方发现")};
    t.widths = {2, 2, 1, 1.2, 1.2, 1.2, 1.2, 1.2};
    // Rows name the team first: a team compared with this office is on the right of its pair.
    for (const AuditStatistics::Row &row : statistics.perTeam) {
        QList<ReportCell> cells{cell(row.rightTeam), cell(row.leftTeam), cell(number(row.sites))};
        AuditStatistics::Row swapped = row;
        std::swap(swapped.onlyLeft, swapped.onlyRight);
        cells += agreementCells(swapped);
        t.rows.append(cells);
    }
    return t;
}

ReportTable AuditReportSection::itemTable(const AuditStatistics &statistics)
{
    ReportTable t;
    t.headers = {QStringLiteral("指标"),       QStringLiteral("网站数"),    QStringLiteral("判定对数"),
                 QStringLiteral("判定一致率"), QStringLiteral("Kappa系数"), QStringLiteral("双方均发现"),
                 QStringLiteral("仅一方发现")};
    t.widths = {3.4, 1, 1, 1.2, 1.2, 1.2, 1.2};
    for (const AuditStatistics::Row &row : statistics.perItem) {
        const QString item =
            row.itemTitle.isEmpty() ? row.itemCode : QStringLiteral("%1 %2").arg(row.itemCode, row.itemTitle);
        t.rows.append({cell(item), cell(number(row.sites)), cell(number(row.agreement.pairs)),
                       cell(AuditStatisticsBuilder::percentText(row.agreement.observed)),
                       cell(AuditStatisticsBuilder::kappaText(row.agreement)),
                       cell(number(row.matchedFindings)), cell(number(row.onlyLeft + row.onlyRight))});
    }
    return t;
}

QList<ReportBlock> AuditReportSection::blocks(const AuditStatistics &statistics, int ordinal)
{
    if (statistics.isEmpty())
        return {};
    QSet<QString> sides;
    int pairs = 0;
    double agreed = 0;
    int matched = 0;
    int oneSided = 0;
    for (const AuditStatistics::Row &row : statistics.perTeam) {
        sides << row.leftTeam << row.rightTeam;
        pairs += row.agreement.pairs;
        agreed += row.agreement.observed * row.agreement.pairs;
        matched += row.matchedFindings;
        oneSided += row.onlyLeft + row.onlyRight;
    }
    const QString share = pairs > 0 ? AuditStatisticsBuilder::percentText(agreed / pairs)
                                    : QStringLiteral("暂无（尚无可对照的判定）");
    QList<ReportBlock> blocks{
        ReportParagraph{BlockRole::Heading2, QStringLiteral("（%1）互查情况").arg(chineseOrdinal(ordinal))},
        ReportParagraph{
            BlockRole::Body,
            QStringLiteral("本轮互查共有%1方的检查结果参与对照。各方对同一网站同一指标的判定共%2对，"
                           "判定一致率为%3；双方均发现的问题%4个，仅一方发现的问题%5个。"
                           "各检查组与对照方的一致情况如下：")
                .arg(sides.size())
                .arg(pairs)
                .arg(share)
                .arg(matched)
                .arg(oneSided)},
        teamTable(statistics)};
    if (!statistics.perItem.isEmpty()) {
        blocks.append(ReportParagraph{BlockRole::Body, QStringLiteral("按检查指标统计的一致情况如下：")});
        blocks.append(itemTable(statistics));
    }
    return blocks;
}

} // namespace xj
