// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/NoticeSites.h"

#include "report/notice/RoundDataLoader.h"

namespace xj {

Result<QList<NoticeSite>> noticeSites(const Database &database, const QString &dataDirectory, qint64 roundId)
{
    auto data = RoundDataLoader::load(database, dataDirectory, roundId);
    if (!data)
        return data.error();
    QList<NoticeSite> sites;
    for (const SiteRoundData &site : data.value().sites) {
        if (!site.needsNotice())
            continue;
        sites.append({site.site.id, site.site.name, int(site.problems.size())});
    }
    return sites;
}

} // namespace xj
