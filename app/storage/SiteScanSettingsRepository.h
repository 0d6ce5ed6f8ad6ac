// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "crawler/CrawlSettings.h"

#include <QCoreApplication>

namespace xj {

class Database;

/// How each site is scanned (robots.txt on or off, extra hosts, path prefixes, limits), as the
/// inspector set it once; sites without a stored setting use the polite defaults.
class SiteScanSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::SiteScanSettingsRepository)
public:
    explicit SiteScanSettingsRepository(const Database &database);

    Result<CrawlSettings> settingsFor(qint64 siteId) const;
    Status save(qint64 siteId, const CrawlSettings &settings) const;

private:
    const Database &m_db;
};

} // namespace xj
