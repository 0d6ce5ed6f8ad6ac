// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistFixtures.h"
#include "TestDataDir.h"
#include "checklist/ChecklistLoader.h"

#include <QTest>

using namespace xj;

// Local and provincial templates that extend the national one: items overridden by code, added and
// removed, scoring changed, and the merged result validated like a complete template.
class TestChecklistOverride : public QObject
{
    Q_OBJECT

    ChecklistTemplate m_national;

private slots:
    void initTestCase() { m_national = bundledChecklist(QStringLiteral("national-2019-website")); }
    void localOverrideMerges();
    void overrideProblems_data();
    void overrideProblems();
    void overrideCanSetNewTotal();
};

void TestChecklistOverride::localOverrideMerges()
{
    const ChecklistTemplate &national = m_national;
    const ChecklistTemplate local =
        loadChecklist(testDataPath(QStringLiteral("checklists/local-override.json")), &national);
    QCOMPARE(local.key, QStringLiteral("test-province-2024-website"));
    QCOMPARE(local.extends, national.key);
    QCOMPARE(local.version, QStringLiteral("2024"));
    QCOMPARE(local.source, national.source); // inherited

    // changed points; everything else of W-D3 comes from the base
    QCOMPARE(local.item(QStringLiteral("W-D3"))->points, 3.0);
    QCOMPARE(local.item(QStringLiteral("W-D3"))->text, national.item(QStringLiteral("W-D3"))->text);
    // removed item
    QVERIFY(!local.item(QStringLiteral("W-D13")));
    QVERIFY(national.item(QStringLiteral("W-D13")));
    // added item, placed after the last item of its area
    const ChecklistItem *added = local.item(QStringLiteral("L-D1"));
    QVERIFY(added);
    QCOMPARE(added->points, 5.0);
    QCOMPARE(added->categories, QStringList{QStringLiteral("P15")});
    QCOMPARE(local.items.indexOf(*added), local.items.indexOf(*local.item(QStringLiteral("W-D6"))) + 1);
    // threshold merged by key
    const ChecklistItem *w2 = local.item(QStringLiteral("W-V2"));
    QCOMPARE(w2->threshold(QStringLiteral("failure_ratio"))->value, QVariant(3.0));
    QCOMPARE(w2->threshold(QStringLiteral("failure_ratio"))->label,
             national.item(QStringLiteral("W-V2"))->threshold(QStringLiteral("failure_ratio"))->label);
    QCOMPARE(w2->thresholds.size(), 4);
    // scoring and areas
    QCOMPARE(local.scoring.passMark, 65.0);
    QCOMPARE(local.scoring.bonusThreshold, 80.0);
    QCOMPARE(local.area(QStringLiteral("publish"))->points, 43.0);
    QCOMPARE(local.area(QStringLiteral("publish"))->name, QStringLiteral("发布解读"));
    QCOMPARE(local.totalPoints(ItemKind::Deduction), 100.0);
    QCOMPARE(local.items.size(), national.items.size());
}

void TestChecklistOverride::overrideProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    const QByteArray head = "{ \"format\": 1, \"key\": \"local\", \"name\": \"本地\", "
                            "\"extends\": \"national-2019-website\", ";
    QTest::newRow("removal breaks the total")
        << head + "\"remove\": [\"W-D13\"] }"
        << "scoring.deduction_total"
        << "the deduction items add up to 97 points, but the template is scored out of 100";
    QTest::newRow("removal breaks the area")
        << head + "\"remove\": [\"W-D13\"], \"scoring\": {\"deduction_total\": 97} }"
        << "areas.points"
        << "the area “功能设计” (id function) add up to 12 points, but the area is worth 15";
    QTest::newRow("remove unknown item")
        << head + "\"remove\": [\"W-D99\"] }"
        << "remove[0]"
        << "there is no item “W-D99” in the template “national-2019-website”";
    QTest::newRow("remove and change") << head + "\"remove\": [\"W-D3\"], \"items\": [{\"code\": \"W-D3\", "
                                                 "\"points\": 1}] }"
                                       << "items[0].code"
                                       << "listed under \"remove\" and changed here";
    QTest::newRow("new item incomplete") << head + "\"items\": [{\"code\": \"L-1\", \"points\": 1}] }"
                                         << "items[0].area"
                                         << "required but missing";
    QTest::newRow("changed points break the total")
        << head + "\"items\": [{\"code\": \"W-D7\", \"points\": 20}] }"
        << "scoring.deduction_total"
        << "add up to 95 points";
    QTest::newRow("other kind of site")
        << head + "\"applies_to\": \"newmedia\" }"
        << "applies_to"
        << "a template for “newmedia” cannot extend the template “national-2019-website”";
    QTest::newRow("veto item given points") << head + "\"items\": [{\"code\": \"W-V2\", \"points\": 5}] }"
                                            << "items[0].points"
                                            << "veto item";
}

void TestChecklistOverride::overrideProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    auto result = ChecklistLoader::loadBytes(bytes, QStringLiteral("province.json"), &m_national);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("province.json")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" in ") + path + QLatin1Char(':')), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestChecklistOverride::overrideCanSetNewTotal()
{
    const QByteArray bytes = "{ \"format\": 1, \"key\": \"local\", \"name\": \"本地\", "
                             "\"extends\": \"national-2019-website\", \"remove\": [\"W-D13\"], "
                             "\"scoring\": {\"deduction_total\": 97}, "
                             "\"areas\": [{\"id\": \"function\", \"points\": 12}] }";
    auto result = ChecklistLoader::loadBytes(bytes, QStringLiteral("province.json"), &m_national);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().scoring.deductionTotal, 97.0);
    QCOMPARE(result.value().items.size(), m_national.items.size() - 1);
}

QTEST_GUILESS_MAIN(TestChecklistOverride)
#include "tst_checklistoverride.moc"
