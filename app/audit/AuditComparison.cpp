// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditComparison.h"

#include "audit/AuditLocalFindings.h"
#include "audit/AuditRepository.h"
#include "matching/FindingMatcher.h"
#include "matching/FindingSubject.h"
#include "storage/Database.h"

#include <QMap>

#include <algorithm>
#include <utility>

namespace xj {

namespace {

/// The site (and round) a comparison is about: the first one any of its inputs names.
template<typename T>
void takeIds(const QList<T> &list, qint64 &siteId, qint64 &roundId)
{
    for (const T &entry : list) {
        if (siteId == 0 && entry.siteId > 0)
            siteId = entry.siteId;
        if (roundId == 0 && entry.roundId > 0)
            roundId = entry.roundId;
    }
}

QMap<QString, VerdictValue> verdictsOf(const QList<Verdict> &verdicts, qint64 siteId)
{
    QMap<QString, VerdictValue> byItem;
    for (const Verdict &v : verdicts) {
        if (siteId > 0 && v.siteId > 0 && v.siteId != siteId)
            continue;
        const QString code = v.itemCode.trimmed().toUpper();
        if (!code.isEmpty())
            byItem.insert(code, v.value);
    }
    return byItem;
}

} // namespace

int AuditSiteComparison::unmatchedCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.kind != RowKind::Matched; }));
}

int AuditSiteComparison::undecidedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) {
        return r.kind != RowKind::Matched && !r.decision.has_value();
    }));
}

AuditSiteComparison AuditComparison::compare(const QList<Finding> &left, const QList<Finding> &right,
                                             const QList<Verdict> &leftVerdicts,
                                             const QList<Verdict> &rightVerdicts)
{
    AuditSiteComparison c;
    c.left = left;
    c.right = right;
    takeIds(left, c.siteId, c.roundId);
    takeIds(right, c.siteId, c.roundId);
    takeIds(leftVerdicts, c.siteId, c.roundId);
    takeIds(rightVerdicts, c.siteId, c.roundId);

    const FindingMatcher::Matching matching =
        FindingMatcher::match(FindingSubject::of(left), FindingSubject::of(right));
    using Kind = AuditSiteComparison::RowKind;
    for (const FindingMatcher::Pair &pair : matching.pairs)
        c.rows.append({Kind::Matched, pair.left, pair.right, std::nullopt});
    for (int index : matching.unmatchedLeft)
        c.rows.append({Kind::OnlyLeft, index, -1, std::nullopt});
    for (int index : matching.unmatchedRight)
        c.rows.append({Kind::OnlyRight, -1, index, std::nullopt});

    const QMap<QString, VerdictValue> leftByItem = verdictsOf(leftVerdicts, c.siteId);
    const QMap<QString, VerdictValue> rightByItem = verdictsOf(rightVerdicts, c.siteId);
    for (auto it = leftByItem.cbegin(); it != leftByItem.cend(); ++it) { // QMap: sorted by item code
        const auto other = rightByItem.constFind(it.key());
        if (other == rightByItem.cend())
            continue;
        ++c.verdictsCompared;
        if (other.value() != it.value())
            c.verdictDisagreements.append({it.key(), it.value(), other.value()});
    }
    return c;
}

Result<AuditSiteComparison> AuditComparison::load(const Database &database, qint64 roundId, qint64 siteId,
                                                  qint64 leftImportId, qint64 rightImportId)
{
    const AuditRepository repository(database);
    auto left = repository.findings(roundId, siteId, leftImportId);
    if (!left)
        return left.error();
    auto right = repository.findings(roundId, siteId, rightImportId);
    if (!right)
        return right.error();
    for (auto [side, importId] : {std::pair{&left, leftImportId}, std::pair{&right, rightImportId}}) {
        if (importId != 0)
            continue;
        auto judged = AuditLocalFindings::asJudged(database, roundId, siteId, side->value());
        if (!judged)
            return judged.error();
        *side = judged.value();
    }
    auto leftVerdicts = repository.verdicts(roundId, siteId, leftImportId);
    if (!leftVerdicts)
        return leftVerdicts.error();
    auto rightVerdicts = repository.verdicts(roundId, siteId, rightImportId);
    if (!rightVerdicts)
        return rightVerdicts.error();
    // AuditReconciliations holds a writable database for decide(); current() only reads.
    auto decisions = AuditReconciliations(const_cast<Database &>(database))
                         .current(roundId, siteId, leftImportId, rightImportId);
    if (!decisions)
        return decisions.error();

    AuditSiteComparison c = compare(left.value(), right.value(), leftVerdicts.value(), rightVerdicts.value());
    c.roundId = roundId;
    c.siteId = siteId;
    c.leftImportId = leftImportId;
    c.rightImportId = rightImportId;
    for (AuditSiteComparison::Row &row : c.rows) {
        const qint64 leftId = row.left >= 0 ? c.left.at(row.left).id : 0;
        const qint64 rightId = row.right >= 0 ? c.right.at(row.right).id : 0;
        for (const AuditReconciliation &d : decisions.value()) {
            if (d.leftFindingId == leftId && d.rightFindingId == rightId) {
                row.decision = d;
                break;
            }
        }
    }
    return c;
}

} // namespace xj
