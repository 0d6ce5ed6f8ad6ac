// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundFixture.h"

#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

using namespace xj;

namespace {

ChecklistItem item(const char *code, ItemKind kind, const char *title)
{
    ChecklistItem i;
    i.code = QString::fromLatin1(code);
    i.kind = kind;
    i.points = kind == ItemKind::Veto ? 0 : 5;
    i.title = QString::fromUtf8(title);
    return i;
}

qint64 addUnit(const Database &db, const QString &name)
{
    Unit u;
    u.name = name;
    auto id = UnitRepository(db).create(u);
    return id ? id.value() : 0;
}

qint64 addSite(const Database &db, const QString &name, const QString &url, qint64 unitId, SiteStatus status)
{
    Site s;
    s.name = name;
    s.url = url;
    s.unitId = unitId;
    s.status = status;
    auto id = SiteRepository(db).create(s);
    return id ? id.value() : 0;
}

} // namespace

ChecklistTemplate RoundFixture::fullChecklist()
{
    ChecklistTemplate t;
    t.key = QStringLiteral("rounds-full");
    t.name = QStringLiteral("rounds-full");
    t.appliesTo = SiteKind::Website;
    t.items = {item("W-V1", ItemKind::Veto, "站点无法访问"), item("W-D1", ItemKind::Deduction, "概况信息"),
               item("W-D2", ItemKind::Deduction, "政务动态")};
    return t;
}

ChecklistTemplate RoundFixture::shortChecklist()
{
    ChecklistTemplate t;
    t.key = QStringLiteral("rounds-short");
    t.name = QStringLiteral("rounds-short");
    t.appliesTo = SiteKind::Website;
    t.items = {item("W-D1", ItemKind::Deduction, "概况信息")};
    return t;
}

bool RoundFixture::create(const Database &db)
{
    unitA = addUnit(db, QStringLiteral("甲单位"));
    unitB = addUnit(db, QStringLiteral("乙单位"));
    siteA1 =
        addSite(db, QStringLiteral("甲一"), QStringLiteral("http://a1.gov.cn"), unitA, SiteStatus::Active);
    siteA2 =
        addSite(db, QStringLiteral("甲二"), QStringLiteral("http://a2.gov.cn"), unitA, SiteStatus::Suspended);
    siteB1 =
        addSite(db, QStringLiteral("乙一"), QStringLiteral("http://b1.gov.cn"), unitB, SiteStatus::Active);
    const ChecklistRepository checklists(db);
    auto full = checklists.storeSnapshot(fullChecklist(), "{}", QStringLiteral("sha-full"), {});
    auto brief = checklists.storeSnapshot(shortChecklist(), "{}", QStringLiteral("sha-short"), {});
    fullChecklistId = full ? full.value() : 0;
    shortChecklistId = brief ? brief.value() : 0;
    return unitA && unitB && siteA1 && siteA2 && siteB1 && fullChecklistId && shortChecklistId;
}

Round RoundFixture::round(RoundKind kind, const QString &name, const QDate &date) const
{
    Round r;
    r.name = name;
    r.kind = kind;
    r.period = QStringLiteral("2026Q4");
    r.inspectionDate = date;
    r.websiteTemplateId = fullChecklistId;
    return r;
}
