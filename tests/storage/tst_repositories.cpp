// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QTest>

#include <memory>

using namespace xj;

// Every write of the repositories is one transaction: it happens whole or not at all.
class TestRepositories : public DatabaseTestCase
{
    Q_OBJECT

    qint64 addUnit(const QString &name)
    {
        Unit u;
        u.name = name;
        auto id = UnitRepository(db()).create(u);
        return id ? id.value() : 0;
    }

    static Site website(const QString &name, const QString &url, qint64 unitId, const QString &code = {})
    {
        Site s;
        s.name = name;
        s.url = url;
        s.unitId = unitId;
        s.siteCode = code;
        return s;
    }

    // A round whose website checklist has one veto and one deduction item.
    qint64 addRound()
    {
        ChecklistTemplate t;
        t.key = QStringLiteral("test");
        t.name = QStringLiteral("test");
        ChecklistItem veto;
        veto.code = QStringLiteral("W-V1");
        veto.kind = ItemKind::Veto;
        veto.title = QStringLiteral("严重问题");
        ChecklistItem deduction;
        deduction.code = QStringLiteral("W-D1");
        deduction.kind = ItemKind::Deduction;
        deduction.points = 5;
        deduction.title = QStringLiteral("概况信息");
        t.items = {veto, deduction};
        auto templateId = ChecklistRepository(db()).storeSnapshot(t, "{}", QStringLiteral("sha"), {});
        if (!templateId)
            return 0;
        Round r;
        r.name = QStringLiteral("2026Q4");
        r.inspectionDate = QDate(2026, 11, 24);
        r.websiteTemplateId = templateId.value();
        auto id = RoundRepository(db()).create(r);
        return id ? id.value() : 0;
    }

    // A finding on the website 甲 of a new unit, in a new round; the caller fills in the rest.
    Finding findingInNewRound()
    {
        const qint64 unit = addUnit(QStringLiteral("青禾县政府办"));
        Finding f;
        f.siteId = SiteRepository(db())
                       .create(website(QStringLiteral("甲"), QStringLiteral("http://a.gov.cn"), unit))
                       .value();
        f.roundId = addRound();
        return f;
    }

private slots:
    void failedTransactionLeavesNothing()
    {
        const qint64 unit = addUnit(QStringLiteral("青禾县政府办"));
        const Status s = withTransaction(db(), [&]() -> Status {
            auto created = SiteRepository(db()).create(
                website(QStringLiteral("甲"), QStringLiteral("http://a.gov.cn"), unit));
            if (!created)
                return created.error();
            // The second write of the same action fails: the first must disappear with it.
            auto broken = db().exec(
                QStringLiteral("INSERT INTO sites (kind, name, url, unit_id) VALUES ('bogus', 'x', 'y', ?)"),
                {unit});
            if (!broken)
                return broken.error();
            return Status::success();
        });
        QVERIFY(!s.ok());
        QCOMPARE(count(QStringLiteral("sites")), 0);
        QCOMPARE(count(QStringLiteral("units")), 1);
    }

    void nestedFailureRollsBackOuter()
    {
        const Status s = withTransaction(db(), [&]() -> Status {
            auto unit = UnitRepository(db()).findOrCreate(QStringLiteral("新单位"));
            if (!unit)
                return unit.error();
            auto dup = UnitRepository(db()).findOrCreate(QStringLiteral("新单位"));
            if (!dup || dup.value() != unit.value())
                return Error{QStringLiteral("findOrCreate created twice"), {}};
            return Error{QStringLiteral("the user cancelled"), {}};
        });
        QVERIFY(!s.ok());
        QCOMPARE(count(QStringLiteral("units")), 0);
    }

    void duplicateSitesAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("same url, other form") << QStringLiteral("HTTPS://WWW.QH.gov.cn/index.html")
                                              << QString() << QStringLiteral("same address");
        QTest::newRow("same code") << QStringLiteral("http://other.gov.cn") << QStringLiteral("3399990001")
                                   << QStringLiteral("site identifier code");
    }

    void duplicateSitesAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const qint64 unit = addUnit(QStringLiteral("青禾县政府办"));
        SiteRepository sites(db());
        QVERIFY(sites
                    .create(website(QStringLiteral("青禾县人民政府"), QStringLiteral("http://www.qh.gov.cn/"),
                                    unit, QStringLiteral("3399990001")))
                    .ok());
        auto second = sites.create(website(QStringLiteral("重复"), url, unit, code));
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(reason), qPrintable(second.error().message));
        QVERIFY(second.error().message.contains(QStringLiteral("青禾县人民政府")));
        QCOMPARE(count(QStringLiteral("sites")), 1);
    }

    void unitWithSitesCannotBeDeleted()
    {
        const qint64 unit = addUnit(QStringLiteral("青禾县政府办"));
        auto created = SiteRepository(db()).create(
            website(QStringLiteral("甲"), QStringLiteral("http://a.gov.cn"), unit));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
        const Status s = UnitRepository(db()).remove(unit);
        QVERIFY(!s.ok());
        QCOMPARE(count(QStringLiteral("units")), 1);
    }

    void verdictsUpsertAndSiteDeletionNeedsConfirmation()
    {
        const qint64 unit = addUnit(QStringLiteral("青禾县政府办"));
        auto site = SiteRepository(db()).create(
            website(QStringLiteral("甲"), QStringLiteral("http://a.gov.cn"), unit));
        QVERIFY(site.ok());
        const qint64 round = addRound();
        QVERIFY(round > 0);

        VerdictRepository verdicts(db());
        Verdict v;
        v.roundId = round;
        v.siteId = site.value();
        v.itemCode = QStringLiteral("W-D1");
        v.value = VerdictValue::Fail;
        v.points = 2;
        v.note = QStringLiteral("概况信息过时");
        QVERIFY(verdicts.save(v).ok());
        v.points = 3;
        QVERIFY(verdicts.save(v).ok());
        auto list = verdicts.forSite(round, site.value());
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().points, 3.0);
        QCOMPARE(list.value().first().note, QStringLiteral("概况信息过时"));

        v.itemCode = QStringLiteral("W-X9");
        QVERIFY(!verdicts.save(v).ok()); // not an item of this round's checklist
        v.itemCode = QStringLiteral("W-D1");
        v.points = -1;
        QVERIFY(!verdicts.save(v).ok());

        QVERIFY(!SiteRepository(db()).remove(site.value()).ok());
        QCOMPARE(count(QStringLiteral("sites")), 1);
        QVERIFY(SiteRepository(db()).remove(site.value(), true).ok());
        QCOMPARE(count(QStringLiteral("sites")), 0);
        QCOMPARE(count(QStringLiteral("verdicts")), 0);
    }

    void rebaseMovesOnlyMatchingAddresses()
    {
        const qint64 unit = addUnit(QStringLiteral("青禾县政府办"));
        Site s = website(QStringLiteral("演示"), QStringLiteral("http://127.0.0.1:18460/"), unit);
        auto site = SiteRepository(db()).create(s);
        QVERIFY(site.ok());
        QVERIFY(SiteRepository(db())
                    .setLastUrl(site.value(), QStringLiteral("http://127.0.0.1:18460/zwdt/a.html"))
                    .ok());
        const qint64 round = addRound();
        Finding f;
        f.siteId = site.value();
        f.roundId = round;
        f.url = QStringLiteral("http://127.0.0.1:18460/tzgg/b.html");
        f.description = QStringLiteral("死链");
        QVERIFY(FindingRepository(db()).create(f).ok());
        f.url = QStringLiteral("http://other.example/");
        QVERIFY(FindingRepository(db()).create(f).ok());

        QVERIFY(SiteRepository(db())
                    .rebaseUrls(site.value(), QStringLiteral("http://127.0.0.1:18460/"),
                                QStringLiteral("http://127.0.0.1:40000/"))
                    .ok());
        const Site moved = SiteRepository(db()).get(site.value()).value();
        QCOMPARE(moved.url, QStringLiteral("http://127.0.0.1:40000/"));
        QCOMPARE(moved.lastUrl, QStringLiteral("http://127.0.0.1:40000/zwdt/a.html"));
        QStringList urls;
        for (const Finding &g : FindingRepository(db()).list({round, site.value()}).value())
            urls.append(g.url);
        urls.sort();
        QCOMPARE(urls, (QStringList{QStringLiteral("http://127.0.0.1:40000/tzgg/b.html"),
                                    QStringLiteral("http://other.example/")}));
    }

    void findingsRoundTrip()
    {
        FindingRepository findings(db());
        Finding f = findingInNewRound();
        f.itemCode = QStringLiteral("W-V1");
        f.url = QStringLiteral("http://a.gov.cn/zwdt/1.html");
        f.description = QStringLiteral("领导姓名写错");
        f.severity = FindingSeverity::Veto;
        auto id = findings.create(f);
        QVERIFY(id.ok());
        auto stored = findings.get(id.value());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().itemCode, QStringLiteral("W-V1"));
        QCOMPARE(stored.value().severity, FindingSeverity::Veto);
        QVERIFY(stored.value().foundAt.isValid());

        Finding edited = stored.value();
        edited.description = QStringLiteral("   ");
        QVERIFY(!findings.update(edited).ok());
        edited.description = QStringLiteral("领导姓名写错(已核实)");
        edited.itemCode.clear();
        QVERIFY(findings.update(edited).ok());
        QCOMPARE(findings.get(id.value()).value().itemCode, QString());
        QCOMPARE(findings.list({f.roundId, f.siteId}).value().size(), 1);
        QVERIFY(findings.remove(id.value()).ok());
        QCOMPARE(findings.list({f.roundId, f.siteId}).value().size(), 0);
        QCOMPARE(count(QStringLiteral("findings")), 1); // soft: it waits in the undo history
    }

    void deletedFindingsCanBeRestoredOrPurged()
    {
        FindingRepository findings(db());
        Finding f = findingInNewRound();
        f.description = QStringLiteral("错别字");
        const qint64 kept = findings.create(f).value();
        const qint64 id = findings.create(f).value();
        QVERIFY(
            db().exec(QStringLiteral("INSERT INTO evidence (finding_id, kind, sha256, size, media_type, "
                                     "file_suffix, captured_at) VALUES (?, 'screenshot', ?, 1, 'image/png', "
                                     "'png', '2026-11-24T10:00:00Z')"),
                      {id, QString(64, u'a')})
                .ok());

        QVERIFY(findings.remove(id).ok());
        QVERIFY(findings.isDeleted(id).value());
        QCOMPARE(count(QStringLiteral("findings WHERE deleted_at <> ''")), 1);
        QList<qint64> listed;
        for (const Finding &g : findings.list().value())
            listed.append(g.id);
        QCOMPARE(listed, QList<qint64>{kept});
        QCOMPARE(findings.list({f.roundId, f.siteId, true}).value().size(), 2);
        QCOMPARE(findings.get(id).value().description, QStringLiteral("错别字")); // get() still finds it
        QCOMPARE(count(QStringLiteral("evidence")), 1); // its evidence stays while it can come back

        // A second delete keeps the first deletion time.
        QVERIFY(
            db().exec(QStringLiteral("UPDATE findings SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?"),
                      {id})
                .ok());
        QVERIFY(findings.remove(id).ok());
        QCOMPARE(count(QStringLiteral("findings WHERE deleted_at = '2026-01-01T00:00:00Z'")), 1);

        QVERIFY(findings.restore(id).ok());
        QVERIFY(!findings.isDeleted(id).value());
        QCOMPARE(findings.list().value().size(), 2);

        QVERIFY(findings.remove(id).ok());
        QVERIFY(findings.purge(id).ok());
        QVERIFY(!findings.get(id).ok());
        QCOMPARE(count(QStringLiteral("findings")), 1);
        QCOMPARE(count(QStringLiteral("evidence")), 0); // the rows go with it
        QVERIFY(!findings.restore(id).ok());
        QVERIFY(!findings.remove(id).ok());
        QVERIFY(!findings.isDeleted(id).ok());
    }

    void pickedElementRoundTrips()
    {
        FindingRepository findings(db());
        Finding f = findingInNewRound();
        f.description = QStringLiteral("领导姓名写错");
        f.elementSelector = QStringLiteral("#leaders > li:nth-child(2) > a");
        f.elementText = QStringLiteral("县长：张三丰");
        f.elementBox = QRectF(20.5, 12345.25, 300, 24.75);
        const qint64 id = findings.create(f).value();
        Finding stored = findings.get(id).value();
        QCOMPARE(stored.elementSelector, f.elementSelector);
        QCOMPARE(stored.elementText, f.elementText);
        QCOMPARE(stored.elementBox, f.elementBox);
        QCOMPARE(count(QStringLiteral("findings WHERE element_box = '20.5,12345.25,300,24.75'")), 1);

        stored.elementBox = QRectF();
        stored.elementSelector.clear();
        QVERIFY(findings.update(stored).ok());
        const Finding cleared = findings.get(id).value();
        QVERIFY(cleared.elementBox.isNull());
        QCOMPARE(cleared.elementSelector, QString());
        QCOMPARE(cleared.elementText, f.elementText);
        QCOMPARE(count(QStringLiteral("findings WHERE element_box = ''")), 1);
    }

    void elementBoxText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QRectF>("box");
        QTest::newRow("integers") << QStringLiteral("0,10,300,24") << QRectF(0, 10, 300, 24);
        QTest::newRow("deep in a long page")
            << QStringLiteral("8.125,98765.5,1264,18") << QRectF(8.125, 98765.5, 1264, 18);
        QTest::newRow("negative x") << QStringLiteral("-12,40,100,20") << QRectF(-12, 40, 100, 20);
        QTest::newRow("empty is null") << QString() << QRectF();
    }

    void elementBoxText()
    {
        QFETCH(QString, text);
        QFETCH(QRectF, box);
        QCOMPARE(FindingRepository::boxToText(box), text);
        QCOMPARE(FindingRepository::boxFromText(text), box);
    }

    void malformedElementBoxesReadAsNull_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("three numbers") << QStringLiteral("1,2,3");
        QTest::newRow("five numbers") << QStringLiteral("1,2,3,4,5");
        QTest::newRow("not a number") << QStringLiteral("1,2,wide,4");
        QTest::newRow("JSON") << QStringLiteral("{\"x\":1}");
    }

    void malformedElementBoxesReadAsNull()
    {
        QFETCH(QString, text);
        QVERIFY(FindingRepository::boxFromText(text).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
