// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistSerializer.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace xj;

namespace {

const QString WebsiteKey = QStringLiteral("national-2019-website");
const QString NewMediaKey = QStringLiteral("national-2019-newmedia");

QStringList keysOf(const ChecklistLibrary &library)
{
    QStringList keys;
    for (const ChecklistTemplate &t : library.templates())
        keys.append(t.key);
    return keys;
}

QString errorFor(const ChecklistLibrary &library, const QString &fileName)
{
    for (const ChecklistLibrary::FileError &e : library.errors()) {
        if (e.filePath.endsWith(QLatin1Char('/') + fileName))
            return e.error.message;
    }
    return {};
}

QString folder(const char *name)
{
    return testDataPath(QStringLiteral("checklists/") + QLatin1String(name));
}

} // namespace

// The library of bundled and local templates, extends chains, and the canonical JSON that storage
// snapshots with every round.
class TestChecklistLibrary : public QObject
{
    Q_OBJECT

private slots:
    void bundledOnly();
    void goodAndBadLocalFiles();
    void extendsChainInAnyFileOrder();
    void cycleAndUnknownBase();
    void problemsReported_data();
    void problemsReported();

    void roundTrip_data();
    void roundTrip();
    void hashIsStable();
    void hashIgnoresFileLayout();
    void hashChangesWithContent();
};

void TestChecklistLibrary::bundledOnly()
{
    ChecklistLibrary library;
    library.load(QStringLiteral("/nonexistent/checklists"));
    QVERIFY(library.errors().isEmpty());
    QCOMPARE(keysOf(library), (QStringList{NewMediaKey, WebsiteKey}));
    QVERIFY(library.find(WebsiteKey)->bundled);
    QCOMPARE(library.find(WebsiteKey)->filePath, QStringLiteral(":/checklists/national-2019-website.json"));
    QCOMPARE(library.templates(SiteKind::NewMedia).size(), 1);
    QVERIFY(library.find(QStringLiteral("nothing")) == nullptr);
    QVERIFY(library.canonicalJson(QStringLiteral("nothing")).isEmpty());
}

void TestChecklistLibrary::goodAndBadLocalFiles()
{
    ChecklistLibrary library;
    library.load(folder("library-mixed"));
    QCOMPARE(keysOf(library),
             (QStringList{NewMediaKey, WebsiteKey, QStringLiteral("test-province-2024-website")}));
    QCOMPARE(library.errors().size(), 1);
    const ChecklistLibrary::FileError &error = library.errors().constFirst();
    QVERIFY(error.filePath.endsWith(QStringLiteral("/bad-syntax.json")));
    QVERIFY2(error.error.message.contains(QStringLiteral("bad-syntax.json")),
             qPrintable(error.error.message));
    QVERIFY2(error.error.message.contains(QStringLiteral("line 5")), qPrintable(error.error.message));

    const ChecklistLibrary::Entry *local = library.find(QStringLiteral("test-province-2024-website"));
    QVERIFY(!local->bundled);
    QCOMPARE(local->checklist.extends, WebsiteKey);
    QCOMPARE(local->checklist.item(QStringLiteral("W-D3"))->points, 3.0);
}

void TestChecklistLibrary::extendsChainInAnyFileOrder()
{
    // a-county.json extends b-city.json, which is read after it.
    ChecklistLibrary library;
    library.load(folder("library-chain"));
    QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().value(0).error.message));
    const ChecklistLibrary::Entry *county = library.find(QStringLiteral("county-2025-website"));
    QVERIFY(county);
    QCOMPARE(county->checklist.extends, QStringLiteral("city-2025-website"));
    QCOMPARE(county->checklist.scoring.passMark, 70.0); // from the city
    QCOMPARE(county->checklist.item(QStringLiteral("W-D8"))->text, QStringLiteral("留言在3个工作日内答复。"));
    QCOMPARE(county->checklist.item(QStringLiteral("W-D8"))->points,
             library.find(WebsiteKey)->checklist.item(QStringLiteral("W-D8"))->points);
}

void TestChecklistLibrary::cycleAndUnknownBase()
{
    ChecklistLibrary library;
    library.load(folder("library-cycle"));
    QCOMPARE(keysOf(library), (QStringList{NewMediaKey, WebsiteKey}));
    QCOMPARE(library.errors().size(), 3);
    for (const char *file : {"a.json", "b.json"}) {
        const QString message = errorFor(library, QLatin1String(file));
        QVERIFY2(message.contains(QLatin1String(file)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(" in extends:")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("extend each other in a circle")), qPrintable(message));
    }
    QVERIFY(
        errorFor(library, QStringLiteral("a.json")).contains(QStringLiteral("cycle-a → cycle-b → cycle-a")));
    const QString c = errorFor(library, QStringLiteral("c.json"));
    QVERIFY2(c.contains(QStringLiteral("the template “cycle-a” that this one extends has a problem")),
             qPrintable(c));
}

void TestChecklistLibrary::problemsReported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown base")
        << "orphan.json"
        << "in extends: there is no template with the key “national-2015-website” to "
           "build on; the templates available are: ";
    QTest::newRow("key of a bundled template")
        << "copy-of-national.json"
        << "in key: the key “national-2019-website” is already used by "
           ":/checklists/national-2019-website.json";
}

void TestChecklistLibrary::problemsReported()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    ChecklistLibrary library;
    library.load(folder("library-problems"));
    QCOMPARE(keysOf(library), (QStringList{NewMediaKey, WebsiteKey}));
    QCOMPARE(library.errors().size(), 2); // notes.txt is not a template and is not read
    const QString message = errorFor(library, file);
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestChecklistLibrary::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("national website") << WebsiteKey;
    QTest::newRow("national new media") << NewMediaKey;
    QTest::newRow("local override") << QStringLiteral("test-province-2024-website");
}

void TestChecklistLibrary::roundTrip()
{
    QFETCH(QString, key);
    ChecklistLibrary library;
    library.load(folder("library-mixed"));
    const ChecklistLibrary::Entry *entry = library.find(key);
    QVERIFY(entry);
    QCOMPARE(entry->canonicalJson, ChecklistSerializer::canonicalJson(entry->checklist));

    // A snapshot is a stand-alone template: it loads without its base and gives the same template.
    auto reloaded = ChecklistLoader::loadBytes(entry->canonicalJson, QStringLiteral("snapshot.json"));
    QVERIFY2(reloaded.ok(), qPrintable(reloaded ? QString() : reloaded.error().message));
    QCOMPARE(ChecklistSerializer::canonicalJson(reloaded.value()), entry->canonicalJson);
    QVERIFY(reloaded.value() == entry->checklist);
    QCOMPARE(ChecklistSerializer::sha256(reloaded.value()), entry->sha256);
}

void TestChecklistLibrary::hashIsStable()
{
    ChecklistLibrary first;
    first.load({});
    ChecklistLibrary second;
    second.load({});
    const QString hash = first.sha256(WebsiteKey);
    QCOMPARE(hash.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch());
    QCOMPARE(second.sha256(WebsiteKey), hash);
    QCOMPARE(ChecklistSerializer::sha256(first.canonicalJson(WebsiteKey)), hash);
    QVERIFY(first.sha256(NewMediaKey) != hash);
}

void TestChecklistLibrary::hashIgnoresFileLayout()
{
    // The same template written compactly, with its fields in another order, has the same hash.
    QFile f(QStringLiteral(":/checklists/national-2019-website.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray compact = QJsonDocument::fromJson(f.readAll()).toJson(QJsonDocument::Compact);
    auto loaded = ChecklistLoader::loadBytes(compact, QStringLiteral("compact.json"));
    QVERIFY(loaded.ok());
    ChecklistLibrary library;
    library.load({});
    QCOMPARE(ChecklistSerializer::sha256(loaded.value()), library.sha256(WebsiteKey));
}

void TestChecklistLibrary::hashChangesWithContent()
{
    ChecklistLibrary library;
    library.load({});
    ChecklistTemplate changed = library.find(WebsiteKey)->checklist;
    changed.items[7].points += 0.5;
    QVERIFY(ChecklistSerializer::sha256(changed) != library.sha256(WebsiteKey));
    changed.items[7].points -= 0.5;
    QCOMPARE(ChecklistSerializer::sha256(changed), library.sha256(WebsiteKey));
}

QTEST_GUILESS_MAIN(TestChecklistLibrary)
#include "tst_checklistlibrary.moc"
