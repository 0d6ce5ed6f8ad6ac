// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLocalFindings.h"

#include "storage/Database.h"
#include "storage/FindingRepository.h"

#include <QSet>
#include <QSqlQuery>

namespace xj {

Result<QList<Finding>> AuditLocalFindings::asJudged(const Database &database, qint64 roundId, qint64 siteId,
                                                    QList<Finding> findings)
{
    const auto readId = [](const QSqlQuery &q) {
        return q.value(0).toLongLong();
    };
    auto adopted =
        database.selectAll(QStringLiteral("SELECT a.finding_id FROM audit_adoptions a JOIN findings f "
                                          "ON f.id = a.finding_id WHERE f.round_id = ?"),
                           {roundId}, readId);
    if (!adopted)
        return adopted.error();
    const QSet<qint64> copies(adopted.value().cbegin(), adopted.value().cend());
    findings.removeIf([&](const Finding &f) { return copies.contains(f.id); });

    auto withdrawn = database.selectAll(
        QStringLiteral(
            "SELECT DISTINCT f.id FROM findings f JOIN audit_reconciliations r ON r.round_id = f.round_id "
            "AND ((r.left_import_id = 0 AND r.left_finding_id = f.id) OR "
            "(r.right_import_id = 0 AND r.right_finding_id = f.id)) "
            "WHERE f.round_id = ? AND (? = 0 OR f.site_id = ?) AND f.deleted_at = '' "
            "AND f.state = 'false_positive' ORDER BY f.id"),
        {roundId, siteId, siteId}, readId);
    if (!withdrawn)
        return withdrawn.error();
    QSet<qint64> present;
    for (const Finding &f : std::as_const(findings))
        present.insert(f.id);
    const FindingRepository repository(database);
    for (qint64 id : withdrawn.value()) {
        if (present.contains(id) || copies.contains(id))
            continue;
        auto finding = repository.get(id);
        if (!finding)
            return finding.error();
        findings.append(finding.value());
    }
    return findings;
}

} // namespace xj
