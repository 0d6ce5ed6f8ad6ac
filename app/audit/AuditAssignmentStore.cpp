// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditAssignmentStore.h"

#include "audit/AuditResultStore.h"
#include "checklist/ChecklistLoader.h"
#include "checklist/ChecklistSerializer.h"
#include "model/Round.h"
#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/SqlValues.h"
#include "storage/UnitRepository.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace xj {

AuditAssignmentStore::AuditAssignmentStore(const Database &database, const AuditPackage &package,
                                           const QString &packageSha256)
    : m_db(database)
    , m_package(package)
    , m_packageSha256(packageSha256)
{}

// The same assignment twice would give the team two rounds for one job, and its result could then
// come back twice under different local rounds.
Status AuditAssignmentStore::refuseRepeat() const
{
    auto earlier = m_db.selectAll(
        QStringLiteral("SELECT r.id, r.name, a.imported_at FROM audit_assignments a JOIN rounds r "
                       "ON r.id = a.round_id WHERE a.exporter = ? AND a.origin_round_id = ?"),
        {m_package.manifest.exporter, m_package.round.originId}, [](const QSqlQuery &q) {
            return QStringList{
                q.value(0).toString(), q.value(1).toString(),
                fromDbTime(q.value(2)).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        });
    if (!earlier)
        return earlier.error();
    if (earlier.value().isEmpty())
        return Status::success();
    const QStringList &r = earlier.value().first();
    return Error{tr("This assignment from “%1” was already imported on %2 as the round “%3” (no. %4). Work "
                    "in that round; it is not imported twice.")
                     .arg(m_package.manifest.exporter, r.at(2), r.at(1), r.at(0)),
                 {}};
}

// The checklist is parsed like a template file, so a damaged or hand-made one is refused before it
// becomes a snapshot; the snapshot keeps the package's exact JSON, as a round's snapshot does.
Result<qint64> AuditAssignmentStore::storeChecklist(const QString &json, SiteKind kind,
                                                    const QString &packagePath) const
{
    if (json.isEmpty())
        return qint64(0);
    const QByteArray bytes = json.toUtf8();
    auto checklist = ChecklistLoader::loadBytes(bytes, QFileInfo(packagePath).fileName());
    if (!checklist) {
        QString problem = checklist.error().message.trimmed();
        while (problem.endsWith(u'.') || problem.endsWith(u','))
            problem.chop(1);
        return Error{
            tr("The checklist in the assignment cannot be used (%1). Ask the sender for a new package.")
                .arg(problem),
            checklist.error().detail};
    }
    if (checklist.value().appliesTo != kind)
        return Error{tr("The assignment's checklist “%1” is not for %2. Ask the sender for a new package.")
                         .arg(checklist.value().name, SiteKinds.label(kind)),
                     {}};
    return ChecklistRepository(m_db).storeSnapshot(checklist.value(), bytes,
                                                   ChecklistSerializer::sha256(bytes), packagePath);
}

Result<qint64> AuditAssignmentStore::localSite(const AuditSite &site)
{
    if (const Site *found =
            AuditResultStore::findLocalSite(site, m_sites, AuditResultStore::SiteMatch::AddressOrName))
        return found->id;
    Site s;
    s.kind = SiteKinds.fromCode(site.kind).value_or(SiteKind::Website);
    s.name = site.name;
    s.url = site.url;
    s.platform = site.platform;
    s.accountId = site.accountId;
    s.siteCode = site.siteCode;
    // A registry site with the same 网站标识码 is the same site at a new address: use it rather
    // than have the registration refused as a duplicate.
    auto duplicate = SiteRepository(m_db).findDuplicate(s);
    if (!duplicate)
        return duplicate.error();
    if (duplicate.value())
        return duplicate.value()->id;
    auto unitId =
        UnitRepository(m_db).findOrCreate(site.unitName.trimmed().isEmpty() ? site.name : site.unitName);
    if (!unitId)
        return unitId.error();
    s.unitId = unitId.value();
    auto id = SiteRepository(m_db).create(s);
    if (!id)
        return Error{
            tr("The site “%1” of the assignment cannot be registered: %2").arg(site.name, id.error().message),
            id.error().detail};
    s.id = id.value();
    m_sites.append(s); // a later site of the package with the same address is this one
    return id;
}

Result<AuditImportOutcome> AuditAssignmentStore::store(const QString &packagePath)
{
    const AuditRound &ar = m_package.round;
    if (Status s = refuseRepeat(); !s)
        return s.error();
    auto sites = SiteRepository(m_db).all();
    if (!sites)
        return sites.error();
    m_sites = sites.value();

    Round round;
    round.name = ar.name;
    // A re-check continues a round the team does not have; for the team it is a peer check.
    const RoundKind kind = RoundKinds.fromCode(ar.kind).value_or(RoundKind::PeerCheck);
    round.kind = kind == RoundKind::Recheck ? RoundKind::PeerCheck : kind;
    round.period = ar.period;
    round.periodStart = ar.periodStart;
    round.periodEnd = ar.periodEnd;
    round.inspectionDate = ar.inspectionDate;
    round.team = ar.team;
    round.itemCodes = ar.itemCodes;
    auto website = storeChecklist(ar.websiteChecklist, SiteKind::Website, packagePath);
    if (!website)
        return website.error();
    auto newMedia = storeChecklist(ar.newMediaChecklist, SiteKind::NewMedia, packagePath);
    if (!newMedia)
        return newMedia.error();
    round.websiteTemplateId = website.value();
    round.newMediaTemplateId = newMedia.value();

    QList<std::pair<qint64, qint64>> links; // local site id, origin site id
    for (const AuditSite &site : ar.sites) {
        auto id = localSite(site);
        if (!id)
            return id.error();
        for (const auto &[local, origin] : std::as_const(links))
            if (local == id.value())
                return Error{
                    tr("The assignment lists two sites that are one site here (“%1”). Ask the sender "
                       "to check the addresses of the sites and send a new package.")
                        .arg(site.name),
                    QStringLiteral("origin sites %1 and %2").arg(origin).arg(site.originId)};
        links.append({id.value(), site.originId});
        for (const Site &s : std::as_const(m_sites))
            if (s.id == id.value() && !round.unitIds.contains(s.unitId))
                round.unitIds.append(s.unitId);
    }
    auto roundId = RoundRepository(m_db).create(round);
    if (!roundId)
        return Error{tr("The round of the assignment cannot be created: %1").arg(roundId.error().message),
                     roundId.error().detail};

    auto assignment = m_db.exec(QStringLiteral("INSERT INTO audit_assignments (round_id, exporter, "
                                               "origin_round_id, package_sha256) VALUES (?, ?, ?, ?)"),
                                {roundId.value(), m_package.manifest.exporter, ar.originId, m_packageSha256});
    if (!assignment)
        return assignment.error();
    const qint64 assignmentId = assignment.value().lastInsertId().toLongLong();
    for (const auto &[local, origin] : std::as_const(links)) {
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO audit_site_links (assignment_id, site_id, "
                                              "origin_site_id) VALUES (?, ?, ?)"),
                               {assignmentId, local, origin});
            !q)
            return q.error();
    }

    AuditImportOutcome outcome;
    outcome.kind = AuditPackageKind::Assignment;
    outcome.exporter = m_package.manifest.exporter;
    outcome.roundId = roundId.value();
    outcome.sites = int(links.size());
    outcome.signatureChecked = m_package.signatureChecked;
    return outcome;
}

} // namespace xj
