// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckDictionaryLoader.h"

#include "checks/CheckDictionaries.h"
#include "checks/typo/EnglishSpeller.h"
#include "storage/DictionaryRepository.h"
#include "storage/DismissalRepository.h"
#include "storage/SiteRepository.h"

#include <QUrl>

namespace xj {

namespace {

ProtectedTerm::Kind kindOf(const QString &detail)
{
    if (detail == QLatin1String("person"))
        return ProtectedTerm::Kind::Person;
    if (detail == QLatin1String("organisation"))
        return ProtectedTerm::Kind::Organisation;
    return ProtectedTerm::Kind::Political;
}

} // namespace

Result<std::shared_ptr<const CheckDictionaries>> CheckDictionaryLoader::load(const Database *database,
                                                                             qint64 siteId)
{
    // The bundled lists and the speller are the same for every site and every load: read once.
    static const Result<CheckDictionaries::Lists> lists = CheckDictionaries::bundledLists();
    if (!lists)
        return lists.error();
    static const auto english = std::make_shared<const EnglishSpeller>(
        lists.value().hunspellAffix, lists.value().hunspellDictionary, lists.value().englishWords);
    CheckDictionaries::Lists merged = lists.value();
    if (database) {
        auto entries = DictionaryRepository(*database).all();
        if (!entries)
            return entries.error();
        for (const DictionaryEntry &e : entries.value()) {
            if (e.siteId != 0 && e.siteId != siteId)
                continue;
            switch (e.list) {
            case DictionaryEntry::List::Protected:
                // The office's entry wins over a bundled one of the same term.
                merged.protectedTerms.removeIf([&e](const ProtectedTerm &t) { return t.term == e.term; });
                merged.protectedTerms.append({e.term, kindOf(e.detail), e.title, e.note});
                break;
            case DictionaryEntry::List::Confusion:
                merged.confusion.removeIf([&e](const ConfusionPair &p) { return p.wrong == e.term; });
                if (!e.detail.isEmpty())
                    merged.confusion.append({e.term, e.detail});
                break;
            case DictionaryEntry::List::Allow:
                // Words declared correct for the typo checks also keep the matcher from flagging
                // a wrong form inside them, on every site.
                if (e.checkId.isEmpty() || e.checkId == QLatin1String("typo.confusion"))
                    merged.confusionAllowed.append(e.term);
                break;
            case DictionaryEntry::List::Host:
                break;
            }
        }
    }
    return std::shared_ptr<const CheckDictionaries>(std::make_shared<CheckDictionaries>(merged, english));
}

Result<CheckOptions> CheckDictionaryLoader::options(const Database &database, qint64 siteId,
                                                    const QString &pageUrl)
{
    CheckOptions options;
    auto entries = DictionaryRepository(database).all();
    if (!entries)
        return entries.error();
    for (const DictionaryEntry &e : entries.value()) {
        if (e.siteId != 0 && e.siteId != siteId)
            continue;
        if (e.list == DictionaryEntry::List::Allow)
            options.allowList.add({e.checkId, e.term});
        else if (e.list == DictionaryEntry::List::Host)
            options.settings.allowedHosts.append(e.term);
    }
    if (!pageUrl.isEmpty()) {
        auto dismissed = DismissalRepository(database).keysFor(pageUrl);
        if (!dismissed)
            return dismissed.error();
        options.dismissed = dismissed.value();
    }
    return options;
}

QString CheckDictionaryLoader::parentPortalHost(const Database &database, const Site &site)
{
    if (site.parentSiteId <= 0)
        return {};
    auto parent = SiteRepository(database).get(site.parentSiteId);
    return parent ? QUrl::fromUserInput(parent.value().url).host() : QString();
}

} // namespace xj
