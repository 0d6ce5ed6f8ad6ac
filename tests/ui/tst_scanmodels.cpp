// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanColumnsModel.h"
#include "scan/ScanEvidence.h"
#include "scan/ScanListModel.h"
#include "scan/ScanResultsModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace xj;

namespace {

ScanCandidate candidate(qint64 id, const QString &checkId, const QString &url, const QJsonObject &detail = {})
{
    ScanCandidate c = ScanCandidate::make(checkId, url, QStringLiteral("message %1").arg(id));
    c.id = id;
    c.detail = detail;
    return c;
}

QJsonObject deadLink(int status, const QStringList &pages)
{
    QJsonArray sources;
    for (const QString &p : pages)
        sources.append(
            QJsonObject{{QStringLiteral("page"), p}, {QStringLiteral("anchor"), QStringLiteral("专题")}});
    return {{QStringLiteral("status"), status},
            {QStringLiteral("sourceCount"), int(pages.size())},
            {QStringLiteral("sources"), sources}};
}

} // namespace

// The scan views' models on their own: grouping and counts of the results tree, decisions
// changing rows in place, the columns' class editing, and the verdict lines of a summary.
class TestScanModels : public QObject
{
    Q_OBJECT

private slots:
    void resultsAreGroupedWithCounts()
    {
        ScanResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(
            {candidate(1, QStringLiteral("typo.confusion"), QStringLiteral("http://x/a.html")),
             candidate(2, QStringLiteral("link.broken"), QStringLiteral("http://x/dead.html"),
                       deadLink(404, {QStringLiteral("http://x/"), QStringLiteral("http://x/b.html")})),
             candidate(3, QStringLiteral("column.blank"), QStringLiteral("http://x/zxgh/")),
             candidate(4, QStringLiteral("link.broken"), QStringLiteral("http://x/gone.pdf"),
                       deadLink(500, {QStringLiteral("http://x/c.html")})),
             candidate(5, QStringLiteral("site.unavailable"), QStringLiteral("http://x/"))});
        // Links first, availability last, page checks in between.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(ScanResultsModel::KeyRole).toString(), QStringLiteral("link"));
        QCOMPARE(model.index(1, 0).data(ScanResultsModel::KeyRole).toString(), QStringLiteral("column"));
        QCOMPARE(model.index(2, 0).data(ScanResultsModel::KeyRole).toString(), QStringLiteral("typo"));
        QCOMPARE(model.index(3, 0).data(ScanResultsModel::KeyRole).toString(),
                 QStringLiteral("availability"));
        const QModelIndex links = model.groupIndex(QStringLiteral("link"));
        QVERIFY(links.data().toString().endsWith(QStringLiteral("(2)")));
        QCOMPARE(model.rowCount(links), 1);
        const QModelIndex dead = model.index(0, 0, links);
        QCOMPARE(model.rowCount(dead), 2);
        // Drill-down: the source pages with their anchor text; "open" on a dead link opens its source.
        const QModelIndex first = model.indexOf(2);
        QCOMPARE(model.rowCount(first), 2);
        QCOMPARE(model.index(1, ScanResultsModel::UrlColumn, first).data().toString(),
                 QStringLiteral("http://x/b.html"));
        QVERIFY(model.index(1, 0, first).data().toString().contains(QStringLiteral("专题")));
        QCOMPARE(first.data(ScanResultsModel::PageUrlRole).toUrl(), QUrl(QStringLiteral("http://x/")));
        QVERIFY(first.siblingAtColumn(ScanResultsModel::EvidenceColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("404")));
        // A group row stands for all of its candidates.
        QCOMPARE(model.candidatesUnder({links, first}).size(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCandidateState(4, ScanCandidate::State::Accepted, 77);
        QCOMPARE(changed.size(), 3); // the row, its check and its category
        QCOMPARE(model.indexOf(4).siblingAtColumn(ScanResultsModel::StateColumn).data().toString(),
                 QStringLiteral("Accepted"));
        QCOMPARE(links.siblingAtColumn(ScanResultsModel::StateColumn).data().toString(),
                 QStringLiteral("1 open"));
        QCOMPARE(model.candidates().at(3).findingId, 77);
    }

    void columnClassChoiceIsAsked()
    {
        ScanColumnsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ColumnSummary news;
        news.key = QStringLiteral("/zwdt/xzdt/");
        news.name = QStringLiteral("乡镇动态");
        news.cls = ColumnClass::News;
        news.stale = true;
        model.setColumns({news});
        QSignalSpy chosen(&model, &ScanColumnsModel::classChosen);
        const QModelIndex cell = model.index(0, ScanColumnsModel::ClassColumn);
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ScanColumnsModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(cell, QStringLiteral("no-such-class")));
        QVERIFY(model.setData(cell, QStringLiteral("static")));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(1).value<ColumnClass>(), ColumnClass::Static);
        QCOMPARE(cell.data(ScanColumnsModel::ClassKeyRole).toString(), QStringLiteral("news"));
    }

    void scanListKeepsRows()
    {
        ScanListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScanRecord a;
        a.id = 3;
        a.siteId = 9;
        a.summary =
            QJsonObject{{QStringLiteral("pagesRead"), 120},
                        {QStringLiteral("candidates"), QJsonObject{{QStringLiteral("link.broken"), 4},
                                                                   {QStringLiteral("column.blank"), 1}}}};
        model.setScans({a}, {{9, QStringLiteral("青禾县人民政府")}});
        QCOMPARE(model.index(0, ScanListModel::SiteColumn).data().toString(),
                 QStringLiteral("青禾县人民政府"));
        const QString result = model.index(0, ScanListModel::ResultColumn).data().toString();
        QVERIFY2(result.startsWith(QStringLiteral("120 page")) && result.endsWith(QStringLiteral("no veto")),
                 qPrintable(result));
        model.setState(3, ScanRecord::State::Paused);
        QCOMPARE(model.index(0, ScanListModel::StateColumn).data().toString(), QStringLiteral("Paused"));
    }

    void verdictLines()
    {
        const QJsonObject summary{
            {QStringLiteral("veto"),
             QJsonObject{{QStringLiteral("W-V4"), QJsonObject{{QStringLiteral("stale"), 6},
                                                              {QStringLiteral("staleVetoCount"), 5},
                                                              {QStringLiteral("veto"), true}}},
                         {QStringLiteral("W-V5"),
                          QJsonObject{{QStringLiteral("count"), 0},
                                      {QStringLiteral("unansweredMonths"), 3},
                                      {QStringLiteral("verdict"), QStringLiteral("pass")}}}}}};
        const auto lines = ScanEvidence::verdicts(summary);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).item, QStringLiteral("W-V4"));
        QVERIFY(lines.at(0).veto);
        QVERIFY(lines.at(0).text.contains(QStringLiteral("6 (veto from 5)")));
        QCOMPARE(lines.at(1).item, QStringLiteral("W-V5"));
        QVERIFY(!lines.at(1).veto);
    }
};

QTEST_MAIN(TestScanModels)
#include "tst_scanmodels.moc"
