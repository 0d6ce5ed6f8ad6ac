// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckEngine.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <memory>

namespace xj {

class CheckDictionaries;
struct Site;
class Database;

/// Puts together what the engine needs from the bundled word lists and an office's database:
/// the dictionaries (bundled lists with the office's protected terms, confusion pairs and
/// allow-listed words added) and, per page, the options (the site's allow-list and hosts, the
/// candidates dismissed on that page, the checks switched off).
class CheckDictionaryLoader
{
    Q_DECLARE_TR_FUNCTIONS(xj::CheckDictionaryLoader)
public:
    /// `database` may be null: the bundled lists only (the CLI without --data-dir). Entries an
    /// office scoped to one site (a county's leaders) count only for `siteId`.
    static Result<std::shared_ptr<const CheckDictionaries>> load(const Database *database, qint64 siteId = 0);
    /// The options for a page of a site (siteId 0: global entries only).
    static Result<CheckOptions> options(const Database &database, qint64 siteId, const QString &pageUrl);
    /// The host of a department site's parent portal in the registry; empty for other sites.
    static QString parentPortalHost(const Database &database, const Site &site);
};

} // namespace xj
