// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/RecheckTarget.h"

#include "storage/Database.h"
#include "storage/FindingRepository.h"

#include <QSet>
#include <QSqlQuery>

namespace xj {

namespace {

/// Carried forward every quarter for years is still a short chain; a loop in bad data must not hang.
constexpr int MaxChain = 50;

} // namespace

Result<QUrl> RecheckTarget::addressToFetch(const Database &database, const Finding &finding)
{
    QSet<qint64> seen;
    qint64 id = finding.id;
    qint64 origin = finding.originFindingId;
    while (id > 0 && !seen.contains(id) && seen.size() < MaxChain) {
        seen.insert(id);
        auto rows = database.selectAll(
            QStringLiteral(
                "SELECT url FROM scan_candidates WHERE finding_id = ? AND url <> '' ORDER BY id DESC"),
            {id}, [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!rows)
            return rows.error();
        if (!rows.value().isEmpty())
            return QUrl(rows.value().first());
        if (origin <= 0)
            break;
        auto earlier = FindingRepository(database).get(origin);
        if (!earlier)
            break;
        id = earlier.value().id;
        origin = earlier.value().originFindingId;
    }
    const bool link = finding.checkId.startsWith(QLatin1String("link."));
    if (!link && !finding.url.isEmpty())
        return QUrl(finding.url);
    return Error{tr("The address to request again is no longer known (the scan that found it was deleted). "
                    "Open the page and try the link by hand."),
                 {}};
}

} // namespace xj
