// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/CarryForward.h"

#include "model/FindingStateMachine.h"
#include "rounds/RoundScope.h"
#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingHistoryRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace xj {

namespace {

Q_LOGGING_CATEGORY(lcCarryForward, "xunjian.rounds", QtWarningMsg)

/// Whether `origin` was carried into `roundId` before. Deleted copies count too: an inspector
/// who threw one away does not want it back on the next run.
Result<bool> alreadyCarried(const Database &db, qint64 roundId, qint64 origin)
{
    auto q = db.exec(QStringLiteral("SELECT 1 FROM findings WHERE round_id = ? AND origin_finding_id = ?"),
                     {roundId, origin});
    if (!q)
        return q.error();
    return q.value().next();
}

/// New rows for the evidence of `from` on `to`; an annotated copy points at the copy of its original.
Status copyEvidence(const Database &db, qint64 from, qint64 to)
{
    const EvidenceRepository evidence(db);
    auto rows = evidence.forFinding(from);
    if (!rows)
        return rows.error();
    QHash<qint64, qint64> copyOf;
    // Originals first, so their copies exist before the annotated rows that refer to them.
    for (bool annotatedPass : {false, true}) {
        for (Evidence e : rows.value()) {
            if ((e.originalId > 0) != annotatedPass)
                continue;
            const qint64 oldId = e.id;
            e.id = 0;
            e.findingId = to;
            e.originalId = copyOf.value(e.originalId, 0);
            auto id = evidence.add(e);
            if (!id)
                return id.error();
            copyOf.insert(oldId, id.value());
        }
    }
    return Status::success();
}

} // namespace

Result<CarryForwardCounts> CarryForward::run(const Database &database, qint64 targetRoundId,
                                             const QString &actor)
{
    const RoundRepository rounds(database);
    auto target = rounds.get(targetRoundId);
    if (!target)
        return target.error();
    if (target.value().sourceRoundId <= 0)
        return Error{
            tr("The round \"%1\" names no earlier round to carry open findings forward from; choose a "
               "source round first.")
                .arg(target.value().name),
            {}};
    auto source = rounds.get(target.value().sourceRoundId);
    if (!source)
        return source.error();
    auto scope = RoundScope::of(database, target.value());
    if (!scope)
        return scope.error();
    const FindingRepository findings(database);
    FindingFilter filter;
    filter.roundId = source.value().id;
    auto open = findings.list(filter); // without the deleted ones
    if (!open)
        return open.error();

    return withTransaction(database, [&]() -> Result<CarryForwardCounts> {
        CarryForwardCounts counts;
        const ChecklistRepository checklists(database);
        const FindingHistoryRepository history(database);
        for (const Finding &original : open.value()) {
            if (!FindingStateMachine::isOpen(original.state))
                continue;
            if (!scope.value().covers(original.siteId) || !scope.value().countsItem(original.itemCode)) {
                ++counts.skipped;
                continue;
            }
            auto carried = alreadyCarried(database, targetRoundId, original.id);
            if (!carried)
                return carried.error();
            if (carried.value()) {
                ++counts.skipped;
                continue;
            }
            Finding copy = original;
            copy.id = 0;
            copy.roundId = targetRoundId;
            copy.originFindingId = original.id;
            // The target round may judge against another checklist; an item it lacks is left for
            // the inspector to choose again rather than refusing the whole carry-forward.
            if (!copy.itemCode.isEmpty() && !checklists.itemIdFor(targetRoundId, copy.siteId, copy.itemCode))
                copy.itemCode.clear();
            auto id = findings.create(copy, actor);
            if (!id)
                return id.error();
            if (Status s = copyEvidence(database, original.id, id.value()); !s)
                return s.error();
            FindingChange change;
            change.findingId = id.value();
            change.actor = actor.trimmed().isEmpty() ? original.inspector : actor.trimmed();
            change.field = QStringLiteral("carried_forward");
            change.newValue = FindingStates.code(original.state);
            change.note = tr("Carried forward from round \"%1\", finding %2.")
                              .arg(source.value().name)
                              .arg(original.id);
            if (Status s = history.append(change); !s)
                return s.error();
            ++counts.carried;
        }
        qCDebug(lcCarryForward) << "carried" << counts.carried << "skipped" << counts.skipped << "from round"
                                << source.value().id << "into" << targetRoundId;
        return counts;
    });
}

} // namespace xj
