// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckDictionaryCache.h"

#include "checks/CheckDictionaryLoader.h"

namespace xj {

CheckDictionaryCache::CheckDictionaryCache(const Database &database)
    : m_db(database)
{}

Result<std::shared_ptr<const CheckDictionaries>> CheckDictionaryCache::forSite(qint64 siteId)
{
    if (const auto it = m_bySite.constFind(siteId); it != m_bySite.cend())
        return it.value();
    auto loaded = CheckDictionaryLoader::load(&m_db, siteId);
    if (!loaded)
        return loaded.error();
    m_bySite.insert(siteId, loaded.value());
    return loaded.value();
}

} // namespace xj
