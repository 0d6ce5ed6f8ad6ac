// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRoundFixture.h"
#include "DatabaseTestCase.h"
#include "audit/AuditReportSection.h"
#include "audit/AuditStatistics.h"
#include "audit/AuditStatisticsXlsxWriter.h"
#include "registry/XlsxReader.h"
#include "report/ExportPlanner.h"
#include "storage/Database.h"

#include <QFile>
#include <QTest>

using namespace xj;

namespace {

QStringList cellTexts(const QList<ReportCell> &cells)
{
    QStringList texts;
    for (const ReportCell &c : cells)
        texts << c.text;
    return texts;
}

/// Every paragraph text and every table's first header of a report, in order.
QStringList outline(const ReportDocument &document)
{
    QStringList lines;
    for (const ReportBlock &block : document.blocks) {
        if (const auto *p = std::get_if<ReportParagraph>(&block))
            lines << p->text;
        else if (const auto *t = std::get_if<ReportTable>(&block))
            lines << QStringLiteral("[table] ") + t->headers.value(0);
    }
    return lines;
}

} // namespace

/// What the peer-audit statistics look like outside the program: the workbook read back, the
/// round report's section and its place in an exported report.
class TestAuditReport : public DatabaseTestCase
{
    Q_OBJECT

    AuditRoundFixture m_fx;

    AuditStatistics statistics()
    {
        auto s = AuditStatisticsBuilder::build(db(), m_fx.roundId);
        return s ? s.value() : AuditStatistics();
    }
    QString localTeam() { return statistics().perTeam.value(0).leftTeam; }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_fx = AuditRoundFixture::create(db());
        QVERIFY(m_fx.roundId > 0);
    }

    void workbookReadsBack()
    {
        const AuditStatistics s = statistics();
        QVERIFY(!s.isEmpty());
        const QString path = dir().filePath(QStringLiteral("互查统计.xlsx"));
        const Status written = AuditStatisticsXlsxWriter::write(path, s);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().fullText()));
        QCOMPARE(XlsxReader::sheetNames(path).value(), AuditStatisticsXlsxWriter::sheetNames());

        const QStringList names = AuditStatisticsXlsxWriter::sheetNames();
        auto teams = XlsxReader::readFile(path, names.at(0));
        QVERIFY(teams.ok());
        QCOMPARE(teams.value().rows.size(), 3);
        QCOMPARE(teams.value().rows.at(0).cells, AuditStatisticsXlsxWriter::teamHeaders());
        // The team first; "only the team found" is the team's own one-sided finding (F2).
        QCOMPARE(teams.value().rows.at(1).cells,
                 (QStringList{QStringLiteral("第一检查组"), localTeam(), QStringLiteral("2"),
                              QStringLiteral("8"), QStringLiteral("75.0%"), QStringLiteral("0.600"),
                              QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}));
        QCOMPARE(teams.value().rows.at(2).cells,
                 (QStringList{QStringLiteral("第二检查组"), QStringLiteral("第一检查组"), QStringLiteral("1"),
                              QStringLiteral("2"), QStringLiteral("50.0%"), QStringLiteral("0.000"),
                              QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")}));

        auto items = XlsxReader::readFile(path, names.at(1));
        QVERIFY(items.ok());
        QCOMPARE(items.value().rows.size(), 5);
        QCOMPARE(items.value().rows.at(0).cells, AuditStatisticsXlsxWriter::itemHeaders());
        QCOMPARE(items.value().rows.at(1).cells,
                 (QStringList{QStringLiteral("W-A1"), QStringLiteral("首页信息更新"), QStringLiteral("3"),
                              QStringLiteral("3"), QStringLiteral("100.0%"), QStringLiteral("—"),
                              QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")}));

        auto unmatched = XlsxReader::readFile(path, names.at(2));
        QVERIFY(unmatched.ok());
        QCOMPARE(unmatched.value().rows.size(), 3);
        QCOMPARE(unmatched.value().rows.at(0).cells, AuditStatisticsXlsxWriter::unmatchedHeaders());
        QCOMPARE(unmatched.value().rows.at(2).cells,
                 (QStringList{QStringLiteral("网站1"), QStringLiteral("第一检查组"), localTeam(),
                              QStringLiteral("W-A4"), QStringLiteral("http://127.0.0.1:18460/c.html"),
                              QStringLiteral("其他问题")}));
    }

    void reportSectionBlocks()
    {
        QVERIFY(AuditReportSection::blocks(AuditStatistics()).isEmpty());
        const QList<ReportBlock> blocks = AuditReportSection::blocks(statistics());
        QCOMPARE(blocks.size(), 5);
        QCOMPARE(std::get<ReportParagraph>(blocks.at(0)).text, QStringLiteral("（三）互查情况"));
        QCOMPARE(std::get<ReportParagraph>(blocks.at(0)).role, BlockRole::Heading2);
        // 10 verdict pairs (8 + 2), 6 + 1 equal: 70.0%; pairs L1/F1 and F3/G1; L2 and F2 one-sided.
        QCOMPARE(std::get<ReportParagraph>(blocks.at(1)).text,
                 QStringLiteral(
                     "本轮互查共有3方的检查结果参与对照。各方对同一网站同一指标的判定共10对，判定一致率为"
                     "70.0%；双方均发现的问题2个，仅一方发现的问题2个。各检查组与对照方的一致情况如下："));
        const ReportTable teams = std::get<ReportTable>(blocks.at(2));
        QCOMPARE(teams.headers, (QStringList{QStringLiteral("检查组"), QStringLiteral("对照方"),
                                             QStringLiteral("网站数"), QStringLiteral("判定一致率"),
                                             QStringLiteral("Kappa系数"), QStringLiteral("双方均发现"),
                                             QStringLiteral("仅本方发现"), QStringLiteral("仅对方发现")}));
        QCOMPARE(teams.rows.size(), 2);
        QCOMPARE(cellTexts(teams.rows.at(0)),
                 (QStringList{QStringLiteral("第一检查组"), localTeam(), QStringLiteral("2"),
                              QStringLiteral("75.0%"), QStringLiteral("0.600"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("1")}));
        const ReportTable items = std::get<ReportTable>(blocks.at(4));
        QCOMPARE(items.rows.size(), 4);
        QCOMPARE(cellTexts(items.rows.at(1)),
                 (QStringList{QStringLiteral("W-A2 错别字"), QStringLiteral("3"), QStringLiteral("3"),
                              QStringLiteral("66.7%"), QStringLiteral("0.400"), QStringLiteral("1"),
                              QStringLiteral("0")}));
        QCOMPARE(std::get<ReportParagraph>(AuditReportSection::blocks(statistics(), 4).at(0)).text,
                 QStringLiteral("（四）互查情况"));
    }

    void exportedReportHasTheSectionOnlyWithData()
    {
        ExportRequest request;
        request.roundId = m_fx.roundId;
        request.kind = ExportKind::Report;
        request.format = ReportFormat::Pdf;
        request.folder = dir().filePath(QStringLiteral("out"));
        request.issuedOn = QDate(2026, 11, 28);
        auto plan = ExportPlanner::plan(db(), dir().path(), request);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().fullText()));
        QStringList lines = outline(plan.value().documents.at(0).document);
        const qsizetype heading = lines.indexOf(QStringLiteral("（三）互查情况"));
        QVERIFY2(heading > 0, qPrintable(lines.join(QLatin1Char('\n'))));
        // Under 一、总体情况, after the veto table and before 二、主要问题.
        QVERIFY(heading > lines.indexOf(QStringLiteral("（二）单项否决情况")));
        QVERIFY(heading < lines.indexOf(QStringLiteral("二、主要问题")));
        QCOMPARE(lines.at(heading + 2), QStringLiteral("[table] 检查组"));

        QVERIFY(
            db().exec(QStringLiteral("DELETE FROM audit_imports WHERE round_id = ?"), {m_fx.roundId}).ok());
        plan = ExportPlanner::plan(db(), dir().path(), request);
        QVERIFY(plan.ok());
        lines = outline(plan.value().documents.at(0).document);
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("互查情况")));
        QVERIFY(!lines.contains(QStringLiteral("[table] 检查组")));
    }
};

QTEST_GUILESS_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
