// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>

#include <memory>

namespace xj {

class CheckDictionaries;
class Database;

/// The word lists of each site, loaded once and kept until the lists are edited (clear()): building
/// them (pinyin table, Aho–Corasick automata) costs far more than checking one page.
class CheckDictionaryCache
{
public:
    explicit CheckDictionaryCache(const Database &database);

    Result<std::shared_ptr<const CheckDictionaries>> forSite(qint64 siteId);
    void clear() { m_bySite.clear(); }

private:
    const Database &m_db;
    QHash<qint64, std::shared_ptr<const CheckDictionaries>> m_bySite;
};

} // namespace xj
