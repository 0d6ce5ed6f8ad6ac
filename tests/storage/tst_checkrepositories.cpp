// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "FindingPlace.h"
#include "checks/CheckDictionaries.h"
#include "checks/CheckDictionaryLoader.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"
#include "storage/DismissalRepository.h"
#include "storage/SiteRepository.h"

#include <QTest>

using namespace xj;

// The office's word lists and dismissed candidates in the database, and how the loader turns them
// into what the check engine uses.
class TestCheckRepositories : public DatabaseTestCase
{
    Q_OBJECT

    static DictionaryEntry entry(DictionaryEntry::List list, const QString &term, qint64 siteId = 0)
    {
        DictionaryEntry e;
        e.list = list;
        e.term = term;
        e.siteId = siteId;
        return e;
    }

private slots:
    void entriesAreSavedOncePerListSiteAndCheck()
    {
        const FindingPlace place = addFindingPlace(db());
        DictionaryRepository repo(db());
        DictionaryEntry person =
            entry(DictionaryEntry::List::Protected, QStringLiteral("林正和"), place.siteId);
        person.detail = QStringLiteral("person");
        person.title = QStringLiteral("县长");
        const auto first = repo.save(person);
        QVERIFY(first.ok());
        // The same term again updates the entry instead of adding a second one.
        person.title = QStringLiteral("县委副书记、县长");
        QCOMPARE(repo.save(person).value(), first.value());
        QVERIFY(
            repo.save(entry(DictionaryEntry::List::Protected, QStringLiteral("林正和"))).ok()); // every site
        QVERIFY(repo.save(entry(DictionaryEntry::List::Allow, QStringLiteral("林正和"))).ok());
        QCOMPARE(count(QStringLiteral("dictionary_entries")), 3);
        const auto protectedTerms = repo.entries(DictionaryEntry::List::Protected).value();
        QCOMPARE(protectedTerms.size(), 2);
        QVERIFY(!repo.save(entry(DictionaryEntry::List::Allow, QStringLiteral("  "))).ok());
        QVERIFY(repo.remove(first.value()).ok());
        QCOMPARE(count(QStringLiteral("dictionary_entries")), 2);
    }

    void manyEntriesAreOneTransaction()
    {
        DictionaryRepository repo(db());
        const QList<DictionaryEntry> batch{entry(DictionaryEntry::List::Allow, QStringLiteral("甲")),
                                           entry(DictionaryEntry::List::Allow, QStringLiteral("")),
                                           entry(DictionaryEntry::List::Allow, QStringLiteral("乙"))};
        QVERIFY(!repo.saveAll(batch).ok());
        QCOMPARE(count(QStringLiteral("dictionary_entries")), 0);
    }

    void dismissalsArePerPage()
    {
        const FindingPlace place = addFindingPlace(db());
        DismissalRepository repo(db());
        const QString url = QStringLiteral("http://127.0.0.1:18460/index.html#top");
        QVERIFY(repo.dismiss(place.siteId, url, QStringLiteral("typo.confusion"), QStringLiteral("布署"), {})
                    .ok());
        QVERIFY(repo.dismiss(place.siteId, url, QStringLiteral("typo.confusion"), QStringLiteral("布署"), {})
                    .ok());
        QCOMPARE(count(QStringLiteral("candidate_dismissals")), 1);
        // The fragment does not make another page.
        const auto keys = repo.keysFor(QStringLiteral("http://127.0.0.1:18460/index.html"));
        QVERIFY(keys.ok());
        QCOMPARE(keys.value(), QSet<QString>{QStringLiteral("typo.confusion\n布署")});
        QVERIFY(repo.keysFor(QStringLiteral("http://127.0.0.1:18460/other.html")).value().isEmpty());
        QVERIFY(repo.clear(url).ok());
        QCOMPARE(count(QStringLiteral("candidate_dismissals")), 0);
    }

    void loaderAddsTheOfficesEntries()
    {
        const FindingPlace place = addFindingPlace(db());
        DictionaryRepository repo(db());
        DictionaryEntry leader =
            entry(DictionaryEntry::List::Protected, QStringLiteral("林正和"), place.siteId);
        leader.detail = QStringLiteral("person");
        leader.title = QStringLiteral("县长");
        QVERIFY(repo.save(leader).ok());
        QVERIFY(repo.save(entry(DictionaryEntry::List::Allow, QStringLiteral("再接再励"))).ok());
        QVERIFY(
            repo.save(entry(DictionaryEntry::List::Host, QStringLiteral("*.tongji.example.cn"), place.siteId))
                .ok());

        const auto forSite = CheckDictionaryLoader::load(&db(), place.siteId);
        QVERIFY(forSite.ok());
        const auto &terms = forSite.value()->lists().protectedTerms;
        const auto it = std::find_if(terms.cbegin(), terms.cend(), [](const ProtectedTerm &t) {
            return t.term == QStringLiteral("林正和");
        });
        QVERIFY(it != terms.cend());
        QCOMPARE(it->kind, ProtectedTerm::Kind::Person);
        QCOMPARE(it->title, QStringLiteral("县长"));
        QVERIFY(forSite.value()->lists().confusionAllowed.contains(QStringLiteral("再接再励")));
        // Another site does not get this site's leaders.
        const auto other = CheckDictionaryLoader::load(&db(), place.siteId + 100);
        QVERIFY(std::none_of(other.value()->lists().protectedTerms.cbegin(),
                             other.value()->lists().protectedTerms.cend(),
                             [](const ProtectedTerm &t) { return t.term == QStringLiteral("林正和"); }));

        const auto options = CheckDictionaryLoader::options(db(), place.siteId, QStringLiteral("http://x/"));
        QVERIFY(options.ok());
        QCOMPARE(options.value().settings.allowedHosts, QStringList{QStringLiteral("*.tongji.example.cn")});
        QCOMPARE(options.value().allowList.entries().size(), 1);
        QVERIFY(CheckDictionaryLoader::options(db(), 0, {}).value().settings.allowedHosts.isEmpty());
    }

    void parentPortalIsKeptInTheRegistry()
    {
        const FindingPlace place = addFindingPlace(db());
        SiteRepository sites(db());
        Site department = sites.get(place.siteId).value();
        department.id = 0;
        department.name = QStringLiteral("青禾县水利局");
        department.url = QStringLiteral("http://slj.qhx-demo.gov.cn/");
        department.siteCode.clear();
        department.parentSiteId = place.siteId;
        const auto id = sites.create(department);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QCOMPARE(sites.get(id.value()).value().parentSiteId, place.siteId);
        QCOMPARE(CheckDictionaryLoader::parentPortalHost(db(), sites.get(id.value()).value()),
                 QUrl::fromUserInput(sites.get(place.siteId).value().url).host());
        // Deleting the portal leaves the department without a parent, not dangling.
        QVERIFY(db().exec(QStringLiteral("UPDATE sites SET parent_site_id = NULL WHERE id = ?"), {id.value()})
                    .ok());
        QCOMPARE(sites.get(id.value()).value().parentSiteId, 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckRepositories)
#include "tst_checkrepositories.moc"
