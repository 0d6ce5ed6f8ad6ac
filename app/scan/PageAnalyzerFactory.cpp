// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PageAnalyzerFactory.h"

#include "checks/CheckDictionaryLoader.h"
#include "scan/ScanRecord.h"
#include "storage/SiteRepository.h"

namespace xj {

Result<std::shared_ptr<const PageAnalyzer>> PageAnalyzerFactory::create(const Database *database,
                                                                        const ScanRecord &scan)
{
    PageAnalyzer::Context context;
    context.inspectionDate = scan.inspectionDate.isValid() ? scan.inspectionDate : QDate::currentDate();
    context.runPageChecks = scan.settings.runPageChecks;
    CheckOptions options;
    if (database && scan.siteId > 0) {
        auto site = SiteRepository(*database).get(scan.siteId);
        if (site) {
            context.site = site.value();
            context.parentPortalHost = CheckDictionaryLoader::parentPortalHost(*database, context.site);
        }
    }
    if (database) {
        // The office's allow-lists and switched-off checks; dismissals are per page and are
        // applied when the inspector looks at the results.
        auto loaded = CheckDictionaryLoader::options(*database, scan.siteId, QString());
        if (!loaded)
            return loaded.error();
        options = loaded.value();
    }
    auto dictionaries = CheckDictionaryLoader::load(database, scan.siteId);
    if (!dictionaries)
        return dictionaries.error();
    auto engine = std::make_shared<const CheckEngine>(dictionaries.value());
    return std::shared_ptr<const PageAnalyzer>(
        std::make_shared<const PageAnalyzer>(engine, options, context));
}

} // namespace xj
