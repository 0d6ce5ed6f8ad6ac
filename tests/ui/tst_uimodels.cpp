// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistModel.h"
#include "checks/CandidatesModel.h"
#include "checks/DictionaryEntryModel.h"
#include "findings/FindingsModel.h"
#include "sites/ImportPreviewModel.h"
#include "sites/SiteFilterProxy.h"
#include "sites/SiteListModel.h"
#include "sites/UnitListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace xj;

// Every model of the UI passes Qt's model consistency checks, with data and through changes.
class TestUiModels : public QObject
{
    Q_OBJECT

    static QList<Site> sites()
    {
        Site a;
        a.id = 1;
        a.name = QStringLiteral("青禾县人民政府");
        a.url = QStringLiteral("http://127.0.0.1:1/");
        a.unitId = 10;
        a.siteCode = QStringLiteral("3399990001");
        Site b;
        b.id = 2;
        b.kind = SiteKind::NewMedia;
        b.platform = QStringLiteral("微信");
        b.name = QStringLiteral("青禾发布");
        b.accountId = QStringLiteral("qinghefabu");
        b.unitId = 11;
        return {a, b};
    }

    static QList<Unit> units()
    {
        return {Unit{10, QStringLiteral("青禾县人民政府办公室"), {}, {}, {}},
                Unit{11, QStringLiteral("青禾县教育局"), {}, {}, {}}};
    }

private slots:
    void candidates()
    {
        CandidatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Candidate typo;
        typo.checkId = QStringLiteral("typo.confusion");
        typo.itemCode = QStringLiteral("W-V1");
        typo.text = QStringLiteral("周密布署");
        typo.suggestion = QStringLiteral("周密部署");
        typo.confidence = 0.9;
        Candidate missing;
        missing.checkId = QStringLiteral("identifier.police");
        model.setCandidates({typo, missing});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CandidatesModel::SuggestionColumn).data().toString(),
                 QStringLiteral("周密部署"));
        QCOMPARE(model.index(0, CandidatesModel::ConfidenceColumn).data().toString(), QStringLiteral("90%"));
        QCOMPARE(model.index(1, CandidatesModel::TextColumn).data().toString(), QStringLiteral("(missing)"));
        QCOMPARE(model.index(1, 0).data(CandidatesModel::CheckIdRole).toString(),
                 QStringLiteral("identifier.police"));
        model.removeCandidate(0);
        QCOMPARE(model.rowCount(), 1);
        model.removeCandidate(5);
        QCOMPARE(model.rowCount(), 1);
    }

    void dictionaryEntries()
    {
        DictionaryEntryModel model(DictionaryEntry::List::Protected);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DictionaryEntry person;
        person.list = DictionaryEntry::List::Protected;
        person.term = QStringLiteral("林正和");
        person.detail = QStringLiteral("person");
        person.title = QStringLiteral("县长");
        person.siteId = 1;
        DictionaryEntry allowed;
        allowed.list = DictionaryEntry::List::Allow;
        allowed.term = QStringLiteral("布署");
        model.setEntries({person, allowed}, {{1, QStringLiteral("青禾县人民政府")}});
        QCOMPARE(model.rowCount(), 1); // only its own list
        QCOMPARE(model.index(0, DictionaryEntryModel::DetailColumn).data().toString(),
                 QStringLiteral("Person: 县长"));
        QCOMPARE(model.index(0, DictionaryEntryModel::ScopeColumn).data().toString(),
                 QStringLiteral("青禾县人民政府"));
    }

    void siteListAndFilter()
    {
        SiteListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSites(sites(), units());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, SiteListModel::KindColumn).data().toString(), QStringLiteral("微信"));
        QCOMPARE(model.index(0, SiteListModel::UnitColumn).data().toString(),
                 QStringLiteral("青禾县人民政府办公室"));

        SiteFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("教育 微信"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("3399990001"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("青禾县人民政府"));
        proxy.setSearchText({});
        proxy.setKindFilter(SiteKind::NewMedia);
        QCOMPARE(proxy.rowCount(), 1);
        model.setSites({}, {});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void checklistTree()
    {
        ChecklistLibrary library;
        library.load(QString());
        const ChecklistLibrary::Entry *entry = library.find(QStringLiteral("national-2019-website"));
        QVERIFY(entry);
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Verdict fail;
        fail.itemCode = QStringLiteral("W-D11");
        fail.value = VerdictValue::Fail;
        fail.points = 2;
        model.setChecklist(entry->checklist, {fail});
        QVERIFY(model.rowCount() >= 5); // veto, four deduction areas, bonus
        int items = 0;
        for (int g = 0; g < model.rowCount(); ++g)
            items += model.rowCount(model.index(g, 0));
        QCOMPARE(items, entry->checklist.items.size());
        const QModelIndex veto = model.indexOf(QStringLiteral("W-V1"));
        QVERIFY(veto.isValid());
        QCOMPARE(model.parent(veto).row(), 0);
        QCOMPARE(model.indexOf(QStringLiteral("W-D11"), ChecklistModel::VerdictColumn).data().toString(),
                 VerdictValues.label(VerdictValue::Fail));
        QVERIFY(model.indexOf(QStringLiteral("W-D11"), ChecklistModel::PointsColumn)
                    .data()
                    .toString()
                    .contains(u'2'));
        // [R] items say so in the tooltip.
        QVERIFY(model.indexOf(QStringLiteral("W-D1")).data(ChecklistModel::UnverifiedRole).toBool());
        QVERIFY(model.indexOf(QStringLiteral("W-D1"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Unverified")));
        QVERIFY(!model.indexOf(QStringLiteral("W-V2")).data(ChecklistModel::UnverifiedRole).toBool());
        model.clearVerdict(QStringLiteral("W-D11"));
        QVERIFY(!model.verdict(QStringLiteral("W-D11")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void findingsAndUnitsAndImportPreview()
    {
        FindingsModel findings;
        QAbstractItemModelTester t1(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Finding f;
        f.id = 5;
        f.description = QStringLiteral("时间穿越");
        f.itemCode = QStringLiteral("W-V1");
        findings.setFindings({f});
        QCOMPARE(findings.rowOf(5), 0);
        QCOMPARE(findings.index(0, FindingsModel::DescriptionColumn).data().toString(),
                 QStringLiteral("时间穿越"));

        UnitListModel unitModel;
        QAbstractItemModelTester t2(&unitModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        unitModel.setUnits(units());
        QCOMPARE(unitModel.rowOf(11), 1);

        ImportPreviewModel preview;
        QAbstractItemModelTester t3(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportPlan plan;
        ImportRow good;
        good.rowNumber = 2;
        good.site.name = QStringLiteral("甲");
        ImportRow bad;
        bad.rowNumber = 3;
        bad.problems.append({ImportIssue::MissingName, QStringLiteral("第 3 行:缺少网站名称")});
        plan.rows = {good, bad};
        preview.setPlan(plan);
        QCOMPARE(preview.rowCount(), 2);
        QCOMPARE(preview.index(1, ImportPreviewModel::ProblemColumn).data().toString(),
                 QStringLiteral("第 3 行:缺少网站名称"));
        QVERIFY(preview.index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!preview.index(0, 0).data(Qt::BackgroundRole).isValid());
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
