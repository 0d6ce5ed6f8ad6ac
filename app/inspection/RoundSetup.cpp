// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspection/RoundSetup.h"

#include "storage/ChecklistRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"

namespace xj {

Result<qint64> RoundSetup::create(const Database &database, Round round,
                                  const ChecklistLibrary::Entry *website,
                                  const ChecklistLibrary::Entry *newMedia, bool carryForward,
                                  CarryForwardCounts *carried)
{
    if (!website && !newMedia)
        return Error{tr("Choose at least one checklist for the round."), {}};
    for (const auto *entry : {website, newMedia}) {
        if (entry &&
            entry->checklist.appliesTo != (entry == website ? SiteKind::Website : SiteKind::NewMedia))
            return Error{tr("The checklist \"%1\" is not for %2.")
                             .arg(entry->checklist.name,
                                  SiteKinds.label(entry == website ? SiteKind::Website : SiteKind::NewMedia)),
                         {}};
    }
    return withTransaction(database, [&]() -> Result<qint64> {
        const ChecklistRepository checklists(database);
        auto snapshot = [&](const ChecklistLibrary::Entry *entry) -> Result<qint64> {
            if (!entry)
                return qint64(0);
            return checklists.storeSnapshot(entry->checklist, entry->canonicalJson, entry->sha256,
                                            entry->filePath);
        };
        auto websiteId = snapshot(website);
        if (!websiteId)
            return websiteId.error();
        auto newMediaId = snapshot(newMedia);
        if (!newMediaId)
            return newMediaId.error();
        round.websiteTemplateId = websiteId.value();
        round.newMediaTemplateId = newMediaId.value();
        auto id = RoundRepository(database).create(round);
        if (!id || round.sourceRoundId <= 0 || !(carryForward || round.kind == RoundKind::Recheck))
            return id;
        auto counts = CarryForward::run(database, id.value());
        if (!counts)
            return counts.error();
        if (carried)
            *carried = counts.value();
        return id;
    });
}

} // namespace xj
