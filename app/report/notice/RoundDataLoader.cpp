// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/notice/RoundDataLoader.h"

#include "evidence/EvidenceStore.h"
#include "inspection/SiteInspection.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

#include <QHash>

namespace xj {

int SiteRoundData::count(FindingSeverity severity) const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [severity](const ReportProblem &p) { return p.finding.severity == severity; }));
}

bool RoundDataLoader::needsRectification(FindingState state)
{
    return state == FindingState::Confirmed || state == FindingState::Notified ||
           state == FindingState::FedBack || state == FindingState::RecheckFailed;
}

namespace {

// The picture a document prints for a finding: the inspector's annotated copy wins over the raw
// screenshot it was drawn on; archives (MHTML) are not pictures.
QString pictureOf(const QList<Evidence> &evidence, const EvidenceStore &store)
{
    const Evidence *best = nullptr;
    for (const Evidence &e : evidence) {
        // The re-check's "after" picture is not the evidence of the problem.
        if (!e.isImage() || e.atRecheck)
            continue;
        if (!best || (e.kind == EvidenceKind::Annotated && best->kind != EvidenceKind::Annotated))
            best = &e;
    }
    return best ? store.absolutePathFor(best->sha256, best->fileSuffix) : QString();
}

} // namespace

Result<RoundData> RoundDataLoader::load(const Database &database, const QString &dataDirectory,
                                        qint64 roundId, const QSet<qint64> &siteIds)
{
    RoundData data;
    auto round = RoundRepository(database).get(roundId);
    if (!round)
        return round.error();
    data.round = round.value();
    auto sites = SiteRepository(database).all();
    if (!sites)
        return sites.error();
    auto units = UnitRepository(database).all();
    if (!units)
        return units.error();
    QHash<qint64, Unit> unitById;
    for (const Unit &u : units.value())
        unitById.insert(u.id, u);
    auto findings = FindingRepository(database).list({roundId, 0, false});
    if (!findings)
        return findings.error();
    QHash<qint64, QList<Finding>> findingsBySite;
    for (const Finding &f : findings.value())
        findingsBySite[f.siteId].append(f);

    const EvidenceStore store(dataDirectory);
    auto evidence = EvidenceRepository(database).forRound(roundId);
    if (!evidence)
        return evidence.error();
    for (const Site &site : sites.value()) {
        if (!siteIds.isEmpty() && !siteIds.contains(site.id))
            continue;
        const bool covered = (site.kind == SiteKind::Website ? data.round.websiteTemplateId
                                                             : data.round.newMediaTemplateId) > 0;
        auto inspection = SiteInspection::load(database, roundId, site);
        const bool hasRecords =
            findingsBySite.contains(site.id) || (inspection && !inspection.value().verdicts().isEmpty());
        if (!hasRecords && (!covered || site.status == SiteStatus::Closed))
            continue;
        SiteRoundData s;
        s.site = site;
        s.unit = unitById.value(site.unitId);
        if (inspection) {
            s.checklistName = inspection.value().checklist().name;
            s.score = inspection.value().score();
            s.verdictCount = int(inspection.value().verdicts().size());
        }
        for (const Finding &f : findingsBySite.value(site.id)) {
            if (!needsRectification(f.state))
                continue;
            ReportProblem p;
            p.finding = f;
            if (inspection) {
                if (const ChecklistItem *item = inspection.value().checklist().item(f.itemCode))
                    p.itemTitle = item->title;
            }
            p.screenshotPath = pictureOf(evidence.value().value(f.id), store);
            s.problems.append(p);
        }
        // Veto problems first, then deductions, then hints; the order found within each.
        std::stable_sort(s.problems.begin(), s.problems.end(),
                         [](const ReportProblem &a, const ReportProblem &b) {
                             return int(a.finding.severity) < int(b.finding.severity);
                         });
        data.sites.append(s);
    }
    return data;
}

} // namespace xj
