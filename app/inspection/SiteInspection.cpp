// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspection/SiteInspection.h"

#include "checklist/ChecklistLoader.h"
#include "checklist/ScoreCalculator.h"
#include "inspection/AccountJudgement.h"
#include "storage/AccountRecordRepository.h"
#include "storage/ChecklistRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"
#include "storage/VerdictRepository.h"

namespace xj {

Result<SiteInspection> SiteInspection::load(const Database &database, qint64 roundId, const Site &site)
{
    auto round = RoundRepository(database).get(roundId);
    if (!round)
        return round.error();
    const qint64 templateId =
        site.kind == SiteKind::Website ? round.value().websiteTemplateId : round.value().newMediaTemplateId;
    if (templateId <= 0)
        return Error{
            tr("The round \"%1\" has no checklist for %2. Choose another round or create one that covers "
               "this kind of site.")
                .arg(round.value().name, SiteKinds.label(site.kind)),
            {}};
    auto json = ChecklistRepository(database).snapshotJson(templateId);
    if (!json)
        return json.error();
    auto checklist =
        ChecklistLoader::loadBytes(json.value(), tr("checklist of round \"%1\"").arg(round.value().name));
    if (!checklist)
        return checklist.error();
    auto verdicts = VerdictRepository(database).forSite(roundId, site.id);
    if (!verdicts)
        return verdicts.error();

    SiteInspection inspection;
    inspection.m_roundId = roundId;
    inspection.m_site = site;
    inspection.m_checklist = std::move(checklist).value();
    // A special campaign judges only its own items: the others are not part of its checklist, so
    // they neither show as unchecked nor count in its result.
    if (!round.value().itemCodes.isEmpty()) {
        QList<ChecklistItem> &items = inspection.m_checklist.items;
        items.removeIf(
            [&](const ChecklistItem &item) { return !round.value().itemCodes.contains(item.code); });
    }
    for (const Verdict &v : verdicts.value())
        inspection.m_verdicts.insert(v.itemCode, v);
    return inspection;
}

ScoreResult SiteInspection::score() const
{
    return ScoreCalculator::calculate(m_checklist, m_verdicts, m_site.portal);
}

Status SiteInspection::record(const Database &database, Verdict verdict)
{
    const ChecklistItem *item = m_checklist.item(verdict.itemCode);
    if (!item)
        return Error{tr("The checklist has no item %1.").arg(verdict.itemCode), {}};
    if (verdict.points > item->points && item->kind != ItemKind::Veto)
        return Error{tr("Item %1 is worth at most %2 points.").arg(item->code).arg(item->points), {}};
    verdict.roundId = m_roundId;
    verdict.siteId = m_site.id;
    if (!verdictCarriesPoints(item->kind, verdict.value))
        verdict.points = 0;
    if (Status s = VerdictRepository(database).save(verdict); !s)
        return s;
    verdict.updatedAt = QDateTime::currentDateTimeUtc();
    m_verdicts.insert(verdict.itemCode, verdict);
    return Status::success();
}

Status SiteInspection::clear(const Database &database, const QString &itemCode)
{
    if (Status s = VerdictRepository(database).clear(m_roundId, m_site.id, itemCode); !s)
        return s;
    m_verdicts.remove(itemCode);
    return Status::success();
}

Result<std::pair<qint64, QList<Verdict>>>
SiteInspection::recordAccount(const Database &database, AccountRecord record, const QDate &inspectionDate)
{
    if (m_site.kind != SiteKind::NewMedia)
        return Error{tr("Only new-media accounts have an account record; %1 is a website.").arg(m_site.name),
                     {}};
    record.roundId = m_roundId;
    record.siteId = m_site.id;
    const QList<Verdict> verdicts = AccountJudgement::judge(record, m_checklist, inspectionDate);
    qint64 recordId = 0;
    const Status saved = withTransaction(database, [&]() -> Status {
        auto id = AccountRecordRepository(database).save(record);
        if (!id)
            return id.error();
        recordId = id.value();
        const VerdictRepository repository(database);
        for (const Verdict &v : verdicts)
            if (Status s = repository.save(v); !s)
                return s;
        return Status::success();
    });
    if (!saved)
        return saved.error();
    for (Verdict v : verdicts) {
        v.updatedAt = QDateTime::currentDateTimeUtc();
        m_verdicts.insert(v.itemCode, v);
    }
    return std::pair{recordId, verdicts};
}

} // namespace xj
