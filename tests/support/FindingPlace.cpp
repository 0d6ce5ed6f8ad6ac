// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingPlace.h"

#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

using namespace xj;

FindingPlace addFindingPlace(const Database &db)
{
    Unit unit;
    unit.name = QStringLiteral("青禾县人民政府办公室");
    auto unitId = UnitRepository(db).create(unit);
    if (!unitId)
        return {};
    Site site;
    site.name = QStringLiteral("青禾县人民政府");
    site.url = QStringLiteral("http://127.0.0.1:18460/");
    site.unitId = unitId.value();
    auto siteId = SiteRepository(db).create(site);

    ChecklistTemplate t;
    t.key = QStringLiteral("evidence-test");
    t.name = QStringLiteral("evidence-test");
    ChecklistItem item;
    item.code = QStringLiteral("W-D1");
    item.kind = ItemKind::Deduction;
    item.points = 5;
    item.title = QStringLiteral("概况信息");
    t.items = {item};
    auto templateId = ChecklistRepository(db).storeSnapshot(t, "{}", QStringLiteral("sha"), {});
    if (!siteId || !templateId)
        return {};
    Round r;
    r.name = QStringLiteral("2026Q4");
    r.inspectionDate = QDate(2026, 11, 24);
    r.websiteTemplateId = templateId.value();
    auto roundId = RoundRepository(db).create(r);
    if (!roundId)
        return {};
    return {siteId.value(), roundId.value()};
}

qint64 addFinding(const Database &db, const FindingPlace &place, const QString &description,
                  const QString &itemCode)
{
    Finding f;
    f.siteId = place.siteId;
    f.roundId = place.roundId;
    f.itemCode = itemCode;
    f.url = QStringLiteral("http://127.0.0.1:18460/zwgk/index.html");
    f.description = description;
    auto id = FindingRepository(db).create(f);
    return id ? id.value() : 0;
}
