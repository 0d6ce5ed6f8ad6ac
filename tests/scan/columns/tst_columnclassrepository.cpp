// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "FindingPlace.h"
#include "storage/ColumnClassRepository.h"
#include "storage/Database.h"

#include <QTest>

using namespace xj;

/// The column classes an inspector set, remembered per site.
class TestColumnClassRepository : public DatabaseTestCase
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const qint64 site = addFindingPlace(db()).siteId;
        QVERIFY(site > 0);
        ColumnClassRepository repo(db());
        QVERIFY(repo.classesFor(site).value().isEmpty());
        QVERIFY(repo.setClass(site, QStringLiteral("/zwdt/xzdt/"), QStringLiteral("乡镇动态"),
                              ColumnClass::Static)
                    .ok());
        QVERIFY(repo.setClass(site, QStringLiteral("/tzgg/"), QStringLiteral("通知公告"),
                              ColumnClass::NoticePolicy)
                    .ok());
        // Setting it again replaces the class.
        QVERIFY(
            repo.setClass(site, QStringLiteral("/zwdt/xzdt/"), QStringLiteral("乡镇动态"), ColumnClass::News)
                .ok());
        QCOMPARE(count(QStringLiteral("column_classes")), 2);
        const auto classes = repo.classesFor(site);
        QVERIFY(classes.ok());
        const QHash<QString, ColumnClass> expected{{QStringLiteral("/zwdt/xzdt/"), ColumnClass::News},
                                                   {QStringLiteral("/tzgg/"), ColumnClass::NoticePolicy}};
        QCOMPARE(classes.value(), expected);
        QCOMPARE(count(QStringLiteral(
                     "column_classes WHERE class = 'notice_policy' AND column_name = '通知公告'")),
                 1);

        QVERIFY(repo.clear(site, QStringLiteral("/tzgg/")).ok());
        QCOMPARE(repo.classesFor(site).value().keys(), QStringList{QStringLiteral("/zwdt/xzdt/")});
        QVERIFY(repo.clear(site, QStringLiteral("/never-set/")).ok());
    }

    void classesArePerSite()
    {
        const qint64 site = addFindingPlace(db()).siteId;
        ColumnClassRepository repo(db());
        QVERIFY(repo.setClass(site, QStringLiteral("/rsxx/"), QStringLiteral("人事信息"),
                              ColumnClass::PersonnelPlan)
                    .ok());
        QVERIFY(repo.classesFor(site + 1000).value().isEmpty());
        QVERIFY(!repo.setClass(site, QStringLiteral("  "), QString(), ColumnClass::News).ok());
        // A class this version does not know (from a newer one) is left out, not misread.
        QVERIFY(db().exec(QStringLiteral(
                              "INSERT INTO column_classes (site_id, column_key, class) VALUES (?, ?, ?)"),
                          {site, QStringLiteral("/x/"), QStringLiteral("weekly")})
                    .ok());
        QCOMPARE(repo.classesFor(site).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestColumnClassRepository)
#include "tst_columnclassrepository.moc"
