// SPDX-License-Identifier: GPL-3.0-or-later
// Applying an import plan: all or nothing, valid rows only, and rollback when a write fails midway.
#include "RegistryTestHelpers.h"
#include "TestDataDir.h"
#include "registry/SiteImporter.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

#include <QTest>

using namespace xj;

class TestRegistryApply : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void allOrNothingWritesEverything();
    void existingUnitsAreReused();
    void allOrNothingRefusesABadFile();
    void validRowsOnlyImportsExactlyTheValidRows();
    void validRowsOnlySkipsDuplicates();
    void validRowsOnlyWithNothingValid();
    void failureMidwayRollsEverythingBack_data();
    void failureMidwayRollsEverythingBack();

private:
    ImportPlan plan(const QString &fixture);
    void seed(const QString &fixture);

    std::unique_ptr<TestDataDir> m_dataDir;
    std::unique_ptr<Database> m_db;
};

void TestRegistryApply::init()
{
    m_dataDir = std::make_unique<TestDataDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dataDir->databasePath()).ok());
}

void TestRegistryApply::cleanup()
{
    m_db.reset();
    m_dataDir.reset();
}

ImportPlan TestRegistryApply::plan(const QString &fixture)
{
    auto planned = planImport(*m_db, registryFixture(fixture));
    if (!planned)
        qWarning() << planned.error().fullText();
    return planned ? planned.value() : ImportPlan{};
}

void TestRegistryApply::seed(const QString &fixture)
{
    const auto done = SiteImporter(*m_db).apply(plan(fixture));
    QVERIFY2(done, qPrintable(done.ok() ? QString() : done.error().fullText()));
}

void TestRegistryApply::allOrNothingWritesEverything()
{
    const ImportPlan planned = plan(QStringLiteral("sites_utf8.csv"));
    const auto done = SiteImporter(*m_db).apply(planned);
    QVERIFY2(done, qPrintable(done.ok() ? QString() : done.error().fullText()));
    QCOMPARE(done.value().sitesCreated, 4);
    QCOMPARE(done.value().unitsCreated, 3);
    QCOMPARE(done.value().rowsSkipped, 0);

    const auto sites = SiteRepository(*m_db).all();
    const UnitRepository units(*m_db);
    QVERIFY(sites);
    QCOMPARE(sites.value().size(), 4);
    for (const ImportRow &row : planned.rows) {
        const auto stored = std::find_if(sites.value().cbegin(), sites.value().cend(),
                                         [&](const Site &s) { return s.name == row.site.name; });
        QVERIFY(stored != sites.value().cend());
        QCOMPARE(stored->url, row.site.url);
        QCOMPARE(stored->siteCode, row.site.siteCode);
        QCOMPARE(stored->portal, row.site.portal);
        QCOMPARE(stored->phone, row.site.phone);
        const auto unit = units.get(stored->unitId);
        QVERIFY(unit);
        QCOMPARE(unit.value().name, row.unitName);
    }
}

void TestRegistryApply::existingUnitsAreReused()
{
    Unit education;
    education.name = QStringLiteral("示例市教育局");
    QVERIFY(UnitRepository(*m_db).create(education).ok());
    const auto done = SiteImporter(*m_db).apply(plan(QStringLiteral("sites_utf8.csv")));
    QVERIFY(done);
    QCOMPARE(done.value().unitsCreated, 2);
    QCOMPARE(rowCount(*m_db, QStringLiteral("units")), 3);
}

void TestRegistryApply::allOrNothingRefusesABadFile()
{
    seed(QStringLiteral("sites_utf8.csv"));
    const QStringList before = registrySnapshot(*m_db);
    const ImportPlan broken = plan(QStringLiteral("sites_broken.csv"));
    QCOMPARE(broken.invalidCount(), 12);

    const auto done = SiteImporter(*m_db).apply(broken, ImportMode::AllOrNothing);
    QVERIFY(!done);
    QVERIFY2(done.error().message.contains(QLatin1String("12 row(s)")), qPrintable(done.error().message));
    QVERIFY(done.error().message.contains(QLatin1String("nothing was imported")));
    QCOMPARE(registrySnapshot(*m_db), before);
    QCOMPARE(rowCount(*m_db, QStringLiteral("sites")), 4);
}

void TestRegistryApply::validRowsOnlyImportsExactlyTheValidRows()
{
    seed(QStringLiteral("sites_utf8.csv"));
    const QStringList before = registrySnapshot(*m_db);
    const auto done =
        SiteImporter(*m_db).apply(plan(QStringLiteral("sites_broken.csv")), ImportMode::ValidRowsOnly);
    QVERIFY2(done, qPrintable(done.ok() ? QString() : done.error().fullText()));
    QCOMPARE(done.value().sitesCreated, 1);
    QCOMPARE(done.value().unitsCreated, 1);
    QCOMPARE(done.value().rowsSkipped, 12);

    const QStringList after = registrySnapshot(*m_db);
    QCOMPARE(after.size(), before.size() + 2); // one unit, one site
    for (const QString &line : before)
        QVERIFY(after.contains(line));
    const auto sites = SiteRepository(*m_db).all();
    QVERIFY(sites);
    const auto added = std::find_if(sites.value().cbegin(), sites.value().cend(),
                                    [](const Site &s) { return s.name == QStringLiteral("网站好"); });
    QVERIFY(added != sites.value().cend());
    QCOMPARE(added->url, QStringLiteral("http://k.example.gov.cn"));
    QCOMPARE(added->siteCode, QStringLiteral("3399990009"));
    QCOMPARE(UnitRepository(*m_db).get(added->unitId).value().name, QStringLiteral("单位甲"));
}

void TestRegistryApply::validRowsOnlySkipsDuplicates()
{
    seed(QStringLiteral("sites_utf8.csv"));
    const auto done =
        SiteImporter(*m_db).apply(plan(QStringLiteral("sites_duplicates.csv")), ImportMode::ValidRowsOnly);
    QVERIFY(done);
    // Rows 2, 6 and 8 are new; 3, 4 and 7 repeat earlier rows, 5 repeats the registered portal.
    QCOMPARE(done.value().sitesCreated, 3);
    QCOMPARE(done.value().rowsSkipped, 4);
    QCOMPARE(rowCount(*m_db, QStringLiteral("sites")), 7);
}

void TestRegistryApply::validRowsOnlyWithNothingValid()
{
    seed(QStringLiteral("sites_utf8.csv"));
    const QStringList before = registrySnapshot(*m_db);
    const auto done =
        SiteImporter(*m_db).apply(plan(QStringLiteral("sites_gbk.csv")), ImportMode::ValidRowsOnly);
    QVERIFY(done);
    QCOMPARE(done.value().sitesCreated, 0);
    QCOMPARE(done.value().unitsCreated, 0);
    QCOMPARE(done.value().rowsSkipped, 4);
    QCOMPARE(registrySnapshot(*m_db), before);
}

void TestRegistryApply::failureMidwayRollsEverythingBack_data()
{
    QTest::addColumn<QString>("injection"); // SQL run after planning, before applying
    QTest::addColumn<int>("failingRow");

    // Rows 2 and 5 of sites_utf8.csv share a host unit, so a unique index on unit_id fails at row 5,
    // after three units and three sites were already written.
    QTest::newRow("unique index violation")
        << QStringLiteral("CREATE UNIQUE INDEX test_one_site_per_unit ON sites (unit_id)") << 5;
    QTest::newRow("database refuses a row")
        << QStringLiteral("CREATE TEMP TRIGGER test_refuse BEFORE INSERT ON sites WHEN NEW.name = "
                          "'示例市卫生健康委员会网站' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
        << 4;
    QTest::newRow("site registered after planning")
        << QStringLiteral("INSERT INTO sites (kind, name, url, unit_id) VALUES ('website', '同时录入', "
                          "'http://fgw.example.gov.cn', (SELECT min(id) FROM units))")
        << 5;
}

void TestRegistryApply::failureMidwayRollsEverythingBack()
{
    QFETCH(QString, injection);
    QFETCH(int, failingRow);
    seed(QStringLiteral("sites_synonyms.csv"));
    const ImportPlan planned = plan(QStringLiteral("sites_utf8.csv"));
    QCOMPARE(planned.validCount(), 4);

    QVERIFY(m_db->exec(injection).ok());
    const QStringList before = registrySnapshot(*m_db);
    const auto done = SiteImporter(*m_db).apply(planned);
    QVERIFY(!done);
    QVERIFY2(done.error().message.startsWith(QStringLiteral("Row %1 could not be saved").arg(failingRow)),
             qPrintable(done.error().fullText()));
    QCOMPARE(registrySnapshot(*m_db), before);

    // No transaction was left open: what is written next is committed and seen by another connection.
    Unit unit;
    unit.name = QStringLiteral("之后的单位");
    QVERIFY(UnitRepository(*m_db).create(unit).ok());
    Database other;
    QVERIFY(other.open(m_dataDir->databasePath()).ok());
    QCOMPARE(rowCount(other, QStringLiteral("units")), 3);
}

QTEST_GUILESS_MAIN(TestRegistryApply)
#include "tst_registryapply.moc"
