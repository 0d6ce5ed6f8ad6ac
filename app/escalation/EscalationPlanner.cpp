// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/EscalationPlanner.h"

#include "escalation/EscalationRepository.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "storage/Database.h"
#include "storage/MetaRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace xj {

QString EscalationPlanner::defaultAccountabilityWording()
{
    return QStringLiteral("建议{unit}对{site}主要负责人进行约谈，并依规依纪追究相关责任");
}

Result<QString> EscalationPlanner::accountabilityWording(const Database &database)
{
    auto value =
        MetaRepository(database).value(QLatin1String(AccountabilityKey), defaultAccountabilityWording());
    if (!value)
        return value.error();
    return value.value().trimmed().isEmpty() ? defaultAccountabilityWording() : value.value();
}

Status EscalationPlanner::setAccountabilityWording(const Database &database, const QString &wording)
{
    const QString text = wording.trimmed().isEmpty() ? defaultAccountabilityWording() : wording.trimmed();
    return MetaRepository(database).setValue(QLatin1String(AccountabilityKey), text);
}

QString EscalationPlanner::recommendation(const QString &wording, const QString &unitName,
                                          const QString &siteName)
{
    QString text = wording;
    text.replace(QLatin1String("{unit}"), unitName.isEmpty() ? QStringLiteral("主办单位") : unitName);
    text.replace(QLatin1String("{site}"), siteName);
    return text;
}

Result<QHash<qint64, int>> EscalationPlanner::failedFindingsBySite(const Database &database, qint64 roundId)
{
    // chain(root, id): every finding of the round, and every finding carried forward from it, however
    // many rounds on. UNION (not UNION ALL) ends the walk even if origins ever formed a loop.
    auto rows = database.selectAll(
        QStringLiteral("WITH RECURSIVE chain (root_id, id) AS ("
                       " SELECT id, id FROM findings WHERE round_id = ? AND deleted_at = ''"
                       " UNION"
                       " SELECT c.root_id, f.id FROM findings f JOIN chain c ON f.origin_finding_id = c.id) "
                       "SELECT r.site_id, COUNT(DISTINCT c.root_id) FROM chain c "
                       "JOIN findings f ON f.id = c.id JOIN findings r ON r.id = c.root_id "
                       "WHERE f.state = 'recheck_failed' AND f.deleted_at = '' GROUP BY r.site_id"),
        {roundId}, [](const QSqlQuery &q) {
            return std::pair{q.value(0).toLongLong(), q.value(1).toInt()};
        });
    if (!rows)
        return rows.error();
    QHash<qint64, int> bySite;
    for (const auto &[siteId, count] : rows.value())
        bySite.insert(siteId, count);
    return bySite;
}

Result<QList<EscalationProposal>> EscalationPlanner::propose(const Database &database, qint64 roundId)
{
    auto failed = failedFindingsBySite(database, roundId);
    if (!failed)
        return failed.error();
    auto saved = EscalationRepository(database).forRound(roundId);
    if (!saved)
        return saved.error();
    auto enrollments = TrainingEnrollmentRepository(database).forRound(roundId);
    if (!enrollments)
        return enrollments.error();
    auto wording = accountabilityWording(database);
    if (!wording)
        return wording.error();

    QList<qint64> siteIds = failed.value().keys();
    for (const Escalation &e : saved.value()) {
        if (!siteIds.contains(e.siteId))
            siteIds.append(e.siteId);
    }
    SiteRepository sites(database);
    UnitRepository units(database);
    QList<EscalationProposal> proposals;
    for (qint64 siteId : siteIds) {
        auto site = sites.get(siteId);
        if (!site)
            return site.error();
        EscalationProposal p;
        p.site = site.value();
        if (auto unit = units.get(p.site.unitId))
            p.unitName = unit.value().name;
        p.failedFindings = failed.value().value(siteId);
        for (const Escalation &e : saved.value()) {
            if (e.siteId == siteId)
                p.saved = e;
        }
        for (const TrainingEnrollment &t : enrollments.value()) {
            if (t.siteId == siteId && t.status != TrainingStatus::Cancelled)
                p.enrollment = t;
        }
        if (p.saved) {
            p.criticise = p.saved->criticised;
            p.accountability = p.saved->accountability;
            p.enroll = p.enrollment.has_value();
        } else {
            p.accountability = recommendation(wording.value(), p.unitName, p.site.name);
        }
        proposals.append(p);
    }
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const EscalationProposal &a, const EscalationProposal &b) {
                         return a.site.name.localeAwareCompare(b.site.name) < 0;
                     });
    return proposals;
}

} // namespace xj
