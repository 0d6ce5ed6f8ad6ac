// SPDX-License-Identifier: GPL-3.0-or-later
// Planning an import: reading files, mapping headers, checking rows, finding duplicates.
#include "RegistryTestHelpers.h"
#include "TestDataDir.h"
#include "XlsxFixtures.h"
#include "registry/SiteImporter.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

Q_DECLARE_METATYPE(xj::ImportIssue)

class TestRegistryImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void goodFiles_data();
    void goodFiles();
    void sameSitesWhateverTheEncoding_data();
    void sameSitesWhateverTheEncoding();
    void fieldsOfAGoodRow();
    void synonymsAndShuffledColumns();
    void newMediaAccounts();
    void xlsxNumbersKeepTheirDigits();
    void brokenRows_data();
    void brokenRows();
    void duplicatesWithinTheFile();
    void duplicatesAgainstTheDatabase();
    void parentPortalsByNameOrAddress();
    void siteCodePatternIsAParameter();
    void fileKindFollowsTheContent_data();
    void fileKindFollowsTheContent();
    void unusableFiles_data();
    void unusableFiles();

private:
    QString temp(const QString &name) const { return m_files.filePath(name); }

    QTemporaryDir m_files;
    std::unique_ptr<TestDataDir> m_dataDir;
    std::unique_ptr<Database> m_db;
};

void TestRegistryImport::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(writeFixtureWorkbooks(m_files.path()));
}

void TestRegistryImport::init()
{
    m_dataDir = std::make_unique<TestDataDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dataDir->databasePath()).ok());
}

void TestRegistryImport::cleanup()
{
    m_db.reset();
    m_dataDir.reset();
}

void TestRegistryImport::goodFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("rows");

    const QString none;
    QTest::newRow("utf-8") << registryFixture(QStringLiteral("sites_utf8.csv")) << none
                           << QStringLiteral("UTF-8") << 1 << 4;
    QTest::newRow("utf-8 BOM") << registryFixture(QStringLiteral("sites_utf8_bom.csv")) << none
                               << QStringLiteral("UTF-8 (BOM)") << 1 << 4;
    QTest::newRow("gbk") << registryFixture(QStringLiteral("sites_gbk.csv")) << none
                         << QStringLiteral("GB18030") << 1 << 4;
    QTest::newRow("quotes and line breaks")
        << registryFixture(QStringLiteral("sites_quoted.csv")) << none << QStringLiteral("UTF-8") << 1 << 3;
    QTest::newRow("synonyms below a title")
        << registryFixture(QStringLiteral("sites_synonyms.csv")) << none << QStringLiteral("UTF-8") << 2 << 2;
    QTest::newRow("new media") << registryFixture(QStringLiteral("newmedia.csv")) << none
                               << QStringLiteral("UTF-8") << 1 << 3;
    QTest::newRow("xlsx first sheet")
        << temp(QStringLiteral("registry.xlsx")) << none << QStringLiteral("worksheet \"网站\"") << 1 << 2;
    QTest::newRow("xlsx named sheet") << temp(QStringLiteral("registry.xlsx")) << QStringLiteral("新媒体")
                                      << QStringLiteral("worksheet \"新媒体\"") << 1 << 2;
}

void TestRegistryImport::goodFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, sheet);
    QFETCH(QString, source);
    QFETCH(int, headerRow);
    QFETCH(int, rows);
    const auto plan = planImport(*m_db, path, sheet);
    QVERIFY2(plan, qPrintable(plan.ok() ? QString() : plan.error().fullText()));
    QCOMPARE(plan.value().sourceDescription, source);
    QCOMPARE(plan.value().headerRowNumber, headerRow);
    QCOMPARE(plan.value().rows.size(), rows);
    QVERIFY2(plan.value().problemMessages().isEmpty(),
             qPrintable(plan.value().problemMessages().join(u'\n')));
    QCOMPARE(plan.value().validCount(), rows);
    QCOMPARE(plan.value().rows.first().rowNumber, headerRow + 1);
}

void TestRegistryImport::sameSitesWhateverTheEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("utf-8 BOM") << QStringLiteral("sites_utf8_bom.csv");
    QTest::newRow("gbk") << QStringLiteral("sites_gbk.csv");
}

void TestRegistryImport::sameSitesWhateverTheEncoding()
{
    QFETCH(QString, file);
    const auto reference = planImport(*m_db, registryFixture(QStringLiteral("sites_utf8.csv")));
    const auto plan = planImport(*m_db, registryFixture(file));
    QVERIFY(reference && plan);
    QCOMPARE(plan.value().rows.size(), reference.value().rows.size());
    for (qsizetype i = 0; i < plan.value().rows.size(); ++i) {
        const ImportRow &a = plan.value().rows.at(i);
        const ImportRow &b = reference.value().rows.at(i);
        QCOMPARE(a.rowNumber, b.rowNumber);
        QCOMPARE(a.unitName, b.unitName);
        QCOMPARE(a.site.name, b.site.name);
        QCOMPARE(a.site.url, b.site.url);
        QCOMPARE(a.site.siteCode, b.site.siteCode);
        QCOMPARE(a.site.icpNumber, b.site.icpNumber);
        QCOMPARE(a.site.policeNumber, b.site.policeNumber);
        QCOMPARE(a.site.personInCharge, b.site.personInCharge);
        QCOMPARE(a.site.portal, b.site.portal);
    }
}

void TestRegistryImport::fieldsOfAGoodRow()
{
    const auto plan = planImport(*m_db, registryFixture(QStringLiteral("sites_utf8.csv")));
    QVERIFY(plan);
    const ImportRow *portal = findRow(plan.value(), 2);
    QVERIFY(portal);
    QCOMPARE(portal->status(), ImportRowStatus::Valid);
    QCOMPARE(portal->site.name, QStringLiteral("示例市人民政府门户网站"));
    QCOMPARE(portal->site.kind, SiteKind::Website);
    QVERIFY(portal->site.portal);
    QCOMPARE(portal->site.url, QStringLiteral("http://www.example.gov.cn"));
    QCOMPARE(portal->unitName, QStringLiteral("示例市人民政府办公室"));
    QCOMPARE(portal->site.siteCode, QStringLiteral("3399990001"));
    QCOMPARE(portal->site.icpNumber, QStringLiteral("浙ICP备12345678号"));
    QCOMPARE(portal->site.policeNumber, QStringLiteral("浙公网安备 33010202000001号"));
    QCOMPARE(portal->site.personInCharge, QStringLiteral("张三"));
    QCOMPARE(portal->site.phone, QStringLiteral("0571-87654321"));

    QCOMPARE(findRow(plan.value(), 3)->site.url,
             QStringLiteral("http://www.edu.example.gov.cn")); // scheme added
    QVERIFY(!findRow(plan.value(), 3)->site.portal);
    QCOMPARE(findRow(plan.value(), 4)->site.kind, SiteKind::Website); // no type, but an address
    QCOMPARE(findRow(plan.value(), 5)->site.kind, SiteKind::Website); // 部门网站
    QVERIFY(!findRow(plan.value(), 5)->site.portal);

    const auto quoted = planImport(*m_db, registryFixture(QStringLiteral("sites_quoted.csv")));
    QVERIFY(quoted);
    QCOMPARE(quoted.value().rows.first().site.name, QStringLiteral("示例市\"数字政府\"网站"));
    QCOMPARE(quoted.value().rows.first().unitName, QStringLiteral("示例市大数据局,政务服务办"));
    QCOMPARE(quoted.value().rows.first().site.notes, QStringLiteral("第一行\n第二行"));
}

void TestRegistryImport::synonymsAndShuffledColumns()
{
    const auto plan = planImport(*m_db, registryFixture(QStringLiteral("sites_synonyms.csv")));
    QVERIFY(plan);
    QCOMPARE(plan.value().warnings.size(), 1);
    QVERIFY(plan.value().warnings.first().contains(QStringLiteral("运行状态")));
    const ImportRow *row = findRow(plan.value(), 3);
    QVERIFY(row);
    QCOMPARE(row->site.name, QStringLiteral("示例县人民政府门户网站"));
    QCOMPARE(row->site.url, QStringLiteral("http://www.county.example.gov.cn"));
    QCOMPARE(row->unitName, QStringLiteral("示例县人民政府办公室"));
    QCOMPARE(row->site.siteCode, QStringLiteral("3399990011"));
    QCOMPARE(row->site.icpNumber, QStringLiteral("浙ICP备00000011号"));
    QCOMPARE(row->site.policeNumber, QStringLiteral("浙公网安备 33010202000011号"));
    QCOMPARE(row->site.phone, QStringLiteral("0571-87000001"));
    QVERIFY(row->site.portal);
    QCOMPARE(findRow(plan.value(), 4)->site.phone, QStringLiteral("13900139000"));
}

void TestRegistryImport::newMediaAccounts()
{
    const auto plan = planImport(*m_db, registryFixture(QStringLiteral("newmedia.csv")));
    QVERIFY(plan);
    QStringList platforms, accounts;
    for (const ImportRow &row : plan.value().rows) {
        QCOMPARE(row.site.kind, SiteKind::NewMedia);
        QVERIFY(row.site.url.isEmpty());
        platforms.append(row.site.platform);
        accounts.append(row.site.accountId);
    }
    QCOMPARE(platforms,
             QStringList({QStringLiteral("微信"), QStringLiteral("微博"), QStringLiteral("抖音")}));
    QCOMPARE(accounts, QStringList({QStringLiteral("example_fabu"), QStringLiteral("examplefabu"),
                                    QStringLiteral("edu_example")}));
    QCOMPARE(plan.value().rows.first().site.personInCharge, QStringLiteral("赵六"));
}

void TestRegistryImport::xlsxNumbersKeepTheirDigits()
{
    const auto websites = planImport(*m_db, temp(QStringLiteral("registry.xlsx")));
    QVERIFY(websites);
    QCOMPARE(findRow(websites.value(), 2)->site.siteCode, QStringLiteral("3399990001"));
    QVERIFY(findRow(websites.value(), 2)->site.portal);
    QCOMPARE(findRow(websites.value(), 3)->site.phone, QStringLiteral("13800138000"));
    QCOMPARE(findRow(websites.value(), 3)->unitName, QStringLiteral("示例市教育局")); // after the gap column
    const auto accounts = planImport(*m_db, temp(QStringLiteral("registry.xlsx")), QStringLiteral("新媒体"));
    QVERIFY(accounts);
    QCOMPARE(findRow(accounts.value(), 3)->site.accountId, QStringLiteral("1234567890"));
    QCOMPARE(findRow(accounts.value(), 3)->site.platform, QStringLiteral("微博"));
}

void TestRegistryImport::brokenRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QList<ImportIssue>>("issues");
    using I = ImportIssue;
    QTest::newRow("no name") << 2 << QList<I>{I::MissingName};
    QTest::newRow("no unit") << 3 << QList<I>{I::MissingUnit};
    QTest::newRow("website without address") << 4 << QList<I>{I::MissingUrl};
    QTest::newRow("ftp address") << 5 << QList<I>{I::BadUrl};
    QTest::newRow("short site code") << 6 << QList<I>{I::BadSiteCode};
    QTest::newRow("bad phone") << 7 << QList<I>{I::BadPhone};
    QTest::newRow("ICP without ICP备") << 8 << QList<I>{I::BadIcp};
    QTest::newRow("police number too short") << 9 << QList<I>{I::BadPolice};
    QTest::newRow("code mangled by Excel") << 10 << QList<I>{I::MangledNumber};
    QTest::newRow("unknown type") << 11 << QList<I>{I::UnknownKind};
    QTest::newRow("new media without platform or account")
        << 12 << QList<I>{I::MissingPlatform, I::MissingAccount};
    QTest::newRow("good row") << 13 << QList<I>{};
    QTest::newRow("everything wrong (after a blank row)")
        << 15 << QList<I>{I::MissingName, I::MissingUnit, I::BadUrl, I::BadSiteCode, I::BadPhone};
}

void TestRegistryImport::brokenRows()
{
    QFETCH(int, row);
    QFETCH(QList<ImportIssue>, issues);
    const auto plan = planImport(*m_db, registryFixture(QStringLiteral("sites_broken.csv")));
    QVERIFY(plan);
    QCOMPARE(plan.value().rows.size(), 13); // the blank row 14 is not a row to import
    QCOMPARE(plan.value().validCount(), 1);
    const ImportRow *found = findRow(plan.value(), row);
    QVERIFY(found);
    QList<ImportIssue> actual;
    for (const ImportProblem &p : found->problems) {
        actual.append(p.issue);
        QVERIFY2(p.message.startsWith(QStringLiteral("Row %1:").arg(row)), qPrintable(p.message));
    }
    QCOMPARE(actual, issues);
    QCOMPARE(found->status(), issues.isEmpty() ? ImportRowStatus::Valid : ImportRowStatus::Invalid);
}

void TestRegistryImport::duplicatesWithinTheFile()
{
    const auto plan = planImport(*m_db, registryFixture(QStringLiteral("sites_duplicates.csv")));
    QVERIFY(plan);
    struct Expected
    {
        int row;
        int duplicateOf; // 0: not a duplicate
        const char *reason;
    };
    for (const Expected &e :
         {Expected{2, 0, ""}, Expected{3, 2, "the same address dup.example.gov.cn"},
          Expected{4, 2, "the same site identifier code 3399990101"}, Expected{5, 0, ""}, Expected{6, 0, ""},
          Expected{7, 6, "the same account wx_dup on 微信"}, Expected{8, 0, ""}}) {
        const ImportRow *row = findRow(plan.value(), e.row);
        QVERIFY(row);
        QCOMPARE(row->duplicateOfRow, e.duplicateOf);
        QCOMPARE(row->isValid(), e.duplicateOf == 0);
        if (e.duplicateOf) {
            QCOMPARE(row->problems.size(), 1);
            QCOMPARE(row->problems.first().issue, ImportIssue::DuplicateInFile);
            QVERIFY2(row->problems.first().message.startsWith(
                         QStringLiteral("Row %1 repeats row %2").arg(e.row).arg(e.duplicateOf)),
                     qPrintable(row->problems.first().message));
            QVERIFY2(row->problems.first().message.contains(QString::fromUtf8(e.reason)),
                     qPrintable(row->problems.first().message));
        }
    }
}

void TestRegistryImport::duplicatesAgainstTheDatabase()
{
    const auto seed = planImport(*m_db, registryFixture(QStringLiteral("sites_utf8.csv")));
    QVERIFY(seed);
    QVERIFY(SiteImporter(*m_db).apply(seed.value()).ok());
    const auto sites = SiteRepository(*m_db).all();
    QVERIFY(sites);
    qint64 portalId = 0;
    for (const Site &s : sites.value()) {
        if (s.name == QStringLiteral("示例市人民政府门户网站"))
            portalId = s.id;
    }
    QVERIFY(portalId > 0);

    const auto plan = planImport(*m_db, registryFixture(QStringLiteral("sites_duplicates.csv")));
    QVERIFY(plan);
    const ImportRow *copy = findRow(plan.value(), 5);
    QVERIFY(copy);
    QVERIFY(copy->has(ImportIssue::DuplicateInDatabase));
    QCOMPARE(copy->duplicateOfSiteId, portalId);
    QVERIFY2(copy->problems.first().message.startsWith(QStringLiteral("Row 5:")),
             qPrintable(copy->problems.first().message));
    QVERIFY(copy->problems.first().message.contains(QStringLiteral("示例市人民政府门户网站")));

    // The same file twice: every row is already registered.
    const auto again = planImport(*m_db, registryFixture(QStringLiteral("sites_gbk.csv")));
    QVERIFY(again);
    QCOMPARE(again.value().validCount(), 0);
    for (const ImportRow &row : again.value().rows)
        QVERIFY(row.has(ImportIssue::DuplicateInDatabase));
}

// A department site names its portal, registered already or a row of the same file, by name or
// address; a portal that is in neither is a problem of the row.
void TestRegistryImport::parentPortalsByNameOrAddress()
{
    const auto seed = planImport(*m_db, registryFixture(QStringLiteral("sites_utf8.csv")));
    QVERIFY(seed);
    QVERIFY(SiteImporter(*m_db).apply(seed.value()).ok());
    const auto plan = planImport(*m_db, registryFixture(QStringLiteral("sites_parents.csv")));
    QVERIFY(plan);
    QVERIFY(findRow(plan.value(), 2)->parentSiteId > 0);
    QCOMPARE(findRow(plan.value(), 4)->parentRow, 3);
    const ImportRow *unknown = findRow(plan.value(), 5);
    QVERIFY(unknown->has(ImportIssue::UnknownParent));
    QVERIFY2(unknown->problems.first().message.contains(QStringLiteral("不存在的门户")),
             qPrintable(unknown->problems.first().message));

    QVERIFY(SiteImporter(*m_db).apply(plan.value(), ImportMode::ValidRowsOnly).ok());
    QHash<QString, Site> byName;
    for (const Site &s : SiteRepository(*m_db).all().value())
        byName.insert(s.name, s);
    QCOMPARE(byName.value(QStringLiteral("示例市水利局网站")).parentSiteId,
             byName.value(QStringLiteral("示例市人民政府门户网站")).id);
    QCOMPARE(byName.value(QStringLiteral("新区建设局网站")).parentSiteId,
             byName.value(QStringLiteral("新区管委会门户网站")).id);
    QCOMPARE(byName.value(QStringLiteral("新区管委会门户网站")).parentSiteId, 0);
    QVERIFY(!byName.contains(QStringLiteral("示例市林业局网站")));
}

void TestRegistryImport::siteCodePatternIsAParameter()
{
    SiteImporter importer(*m_db);
    QCOMPARE(importer.siteCodePattern().pattern(), QStringLiteral("^(?:\\d{10}|bm\\d{8})$"));
    importer.setSiteCodePattern(QRegularExpression(QStringLiteral("^\\d{12}$")), QStringLiteral("12 digits"));
    const auto plan = importer.planFile(registryFixture(QStringLiteral("sites_utf8.csv")));
    QVERIFY(plan);
    QCOMPARE(plan.value().validCount(), 0);
    for (const ImportRow &row : plan.value().rows) {
        QVERIFY(row.has(ImportIssue::BadSiteCode));
        QVERIFY(row.problems.first().message.contains(QLatin1String("it should be 12 digits")));
    }
}

void TestRegistryImport::fileKindFollowsTheContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::newRow("xlsx named .csv") << QStringLiteral("workbook.csv")
                                     << QStringLiteral("worksheet \"网站\"");
    QTest::newRow("csv named .txt") << QStringLiteral("registry.txt") << QStringLiteral("UTF-8");
}

void TestRegistryImport::fileKindFollowsTheContent()
{
    QFETCH(QString, name);
    QFETCH(QString, source);
    const QString original = name.endsWith(QLatin1String(".csv"))
                                 ? temp(QStringLiteral("registry.xlsx"))
                                 : registryFixture(QStringLiteral("sites_utf8.csv"));
    QFile::remove(temp(name));
    QVERIFY(QFile::copy(original, temp(name)));
    const auto table = SiteImporter::readFile(temp(name));
    QVERIFY2(table, qPrintable(table.ok() ? QString() : table.error().fullText()));
    QCOMPARE(table.value().sourceDescription, source);
}

void TestRegistryImport::unusableFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a registry") << QByteArray("姓名,年龄\n张三,30\n") << QStringLiteral("csv")
                                    << QStringLiteral("does not have the columns");
    QTest::newRow("header only") << QByteArray("网站名称,网址,主办单位\r\n") << QStringLiteral("csv")
                                 << QStringLiteral("no sites below it");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("csv") << QStringLiteral("empty");
    QTest::newRow("old excel") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)
                               << QStringLiteral("xls") << QStringLiteral("Excel 97-2003");
    QTest::newRow("binary named csv") << QByteArray("\x7F"
                                                    "ELF\x02\x01\x01\0\0\0",
                                                    10)
                                      << QStringLiteral("csv") << QStringLiteral("not a text (CSV) file");
}

void TestRegistryImport::unusableFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, suffix);
    QFETCH(QString, message);
    const QString path = temp(QStringLiteral("unusable.") + suffix);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const auto plan = planImport(*m_db, path);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().fullText()));
}

QTEST_GUILESS_MAIN(TestRegistryImport)
#include "tst_registryimport.moc"
