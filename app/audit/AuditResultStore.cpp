// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditResultStore.h"

#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace xj {

namespace {

bool sameAddress(const AuditSite &site, const Site &local)
{
    const QString url = normalizedSiteUrl(site.url);
    return !url.isEmpty() && url == normalizedSiteUrl(local.url);
}

bool sameAccount(const AuditSite &site, const Site &local)
{
    return !site.accountId.trimmed().isEmpty() && site.accountId.trimmed() == local.accountId.trimmed() &&
           site.platform.trimmed() == local.platform.trimmed();
}

} // namespace

AuditResultStore::AuditResultStore(const Database &database, const QString &dataDirectory,
                                   AuditPackageReader &reader)
    : m_db(database)
    , m_store(dataDirectory)
    , m_reader(reader)
{}

const Site *AuditResultStore::findLocalSite(const AuditSite &site, const QList<Site> &localSites,
                                            SiteMatch match)
{
    const bool website = SiteKinds.fromCode(site.kind).value_or(SiteKind::Website) == SiteKind::Website;
    const auto kindOf = [&](const Site &s) {
        return (s.kind == SiteKind::Website) == website;
    };
    // The office's id first, but only while it still names the same site: ids of a database that
    // was rebuilt or restored from elsewhere can point at another site.
    if (match == SiteMatch::OriginThenAddress) {
        for (const Site &s : localSites)
            if (s.id == site.originId && kindOf(s) &&
                (website ? sameAddress(site, s) : s.name.trimmed() == site.name.trimmed()))
                return &s;
    }
    for (const Site &s : localSites)
        if (kindOf(s) && (website ? sameAddress(site, s) : sameAccount(site, s)))
            return &s;
    if (match == SiteMatch::AddressOrName && !website) {
        for (const Site &s : localSites)
            if (kindOf(s) && s.platform.trimmed() == site.platform.trimmed() &&
                s.name.trimmed() == site.name.trimmed())
                return &s;
    }
    return nullptr;
}

Result<QHash<qint64, qint64>> AuditResultStore::mapSites() const
{
    auto sites = SiteRepository(m_db).all();
    if (!sites)
        return sites.error();
    QHash<qint64, qint64> originToLocal;
    QHash<qint64, QString> localNames;
    for (const AuditSite &site : m_reader.package().round.sites) {
        const Site *local = findLocalSite(site, sites.value(), SiteMatch::OriginThenAddress);
        if (!local)
            return Error{tr("The package has results for the site “%1” (%2), which this database does not "
                            "have. Register the site (or correct its address) and import the package again.")
                             .arg(site.name, site.url.isEmpty()
                                                 ? QString(site.platform + u' ' + site.accountId)
                                                 : site.url),
                         {}};
        if (localNames.contains(local->id))
            return Error{tr("The package has results for “%1” and “%2”, which are one site here (“%3”). Ask "
                            "the team to check the sites and send a new package.")
                             .arg(localNames.value(local->id), site.name, local->name),
                         {}};
        localNames.insert(local->id, site.name);
        originToLocal.insert(site.originId, local->id);
    }
    return originToLocal;
}

Status AuditResultStore::refuseRepeat(qint64 roundId, const QString &roundName) const
{
    auto earlier = m_db.selectAll(QStringLiteral("SELECT imported_at FROM audit_imports WHERE round_id = ? "
                                                 "AND package_sha256 = ?"),
                                  {roundId, m_reader.packageSha256()},
                                  [](const QSqlQuery &q) { return fromDbTime(q.value(0)); });
    if (!earlier)
        return earlier.error();
    if (earlier.value().isEmpty())
        return Status::success();
    return Error{tr("This package was already imported into the round “%1” on %2; it is not imported "
                    "twice. A corrected result needs a new package from the team.")
                     .arg(roundName,
                          earlier.value().first().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 {}};
}

Result<AuditImportOutcome> AuditResultStore::store(qint64 targetRoundId)
{
    const AuditPackage &package = m_reader.package();
    const qint64 roundId = targetRoundId > 0 ? targetRoundId : package.manifest.roundId;
    auto round = m_db.selectAll(QStringLiteral("SELECT name FROM rounds WHERE id = ?"), {roundId},
                                [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!round)
        return round.error();
    if (round.value().isEmpty() && targetRoundId > 0)
        return Error{tr("The round no. %1 to file the package under is not in this database. Choose another "
                        "round.")
                         .arg(targetRoundId),
                     {}};
    if (round.value().isEmpty())
        return Error{tr("This package is the result of round %1 (“%2”), which this database does not have. "
                        "Import it into the database that made the assignment, or choose the round to file "
                        "it under.")
                         .arg(QString::number(roundId), package.manifest.roundName),
                     {}};
    const QString roundName = round.value().first();
    if (package.manifest.exporter.trimmed().isEmpty())
        return Error{tr("The package does not say which team made it. Ask the team for a new package."), {}};
    if (Status s = refuseRepeat(roundId, roundName); !s)
        return s.error();
    auto sites = mapSites();
    if (!sites)
        return sites.error();

    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO audit_imports (round_id, team, package_sha256, manifest_json, signed, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {roundId, package.manifest.exporter.trimmed(), m_reader.packageSha256(),
         QString::fromUtf8(package.manifest.bytes()), package.signatureChecked ? 1 : 0,
         notNullText(toDbTime(package.manifest.createdAt))});
    if (!inserted)
        return inserted.error();

    AuditImportOutcome outcome;
    outcome.kind = AuditPackageKind::Result;
    outcome.exporter = package.manifest.exporter.trimmed();
    outcome.roundId = roundId;
    outcome.importId = inserted.value().lastInsertId().toLongLong();
    outcome.sites = int(sites.value().size());
    outcome.signatureChecked = package.signatureChecked;
    if (Status s = storeFindings(outcome.importId, sites.value(), outcome); !s)
        return s.error();
    if (Status s = storeVerdicts(outcome.importId, sites.value(), outcome); !s)
        return s.error();
    outcome.evidenceFiles = int(m_filesSeen.size());
    return outcome;
}

Status AuditResultStore::storeFindings(qint64 importId, const QHash<qint64, qint64> &sites,
                                       AuditImportOutcome &outcome)
{
    for (const AuditFinding &f : m_reader.package().findings) {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO audit_findings (import_id, site_id, origin_finding_id, item_code, url, "
                "page_title, description, severity, state, inspector, found_at, element_selector, "
                "element_text, element_box, check_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {importId, sites.value(f.siteOriginId), f.originId, notNullText(f.itemCode), notNullText(f.url),
             notNullText(f.pageTitle), notNullText(f.description), f.severity, notNullText(f.state),
             notNullText(f.inspector), notNullText(toDbTime(f.foundAt)), notNullText(f.elementSelector),
             notNullText(f.elementText), notNullText(FindingRepository::boxToText(f.elementBox)),
             notNullText(f.checkId)});
        if (!q)
            return q.error();
        if (Status s = storeEvidence(q.value().lastInsertId().toLongLong(), f.evidence); !s)
            return s;
        ++outcome.findings;
    }
    return Status::success();
}

// Each file is read from the zip and checked once more, then stored under its hash: a file the
// office already holds (the same screenshot in two packages) is shared, not copied again.
Status AuditResultStore::storeEvidence(qint64 auditFindingId, const QList<AuditEvidence> &evidence)
{
    int order = 0;
    for (const AuditEvidence &e : evidence) {
        const QString path = m_store.relativePathFor(e.sha256, e.suffix);
        if (!m_filesSeen.contains(path)) {
            auto bytes = m_reader.evidenceBytes(e);
            if (!bytes)
                return bytes.error();
            auto stored = m_store.put(bytes.value(), e.suffix);
            if (!stored)
                return stored.error();
            if (stored.value().created)
                m_newFiles.append(stored.value());
            m_filesSeen.insert(path);
        }
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO audit_evidence (audit_finding_id, kind, capture_mode, sha256, size, "
                           "media_type, file_suffix, width, height, device_pixel_ratio, page_url, final_url, "
                           "http_status, captured_at, caption, original_sha256, sort_order) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {auditFindingId, e.kind, notNullText(e.captureMode), e.sha256, e.size, notNullText(e.mediaType),
             e.suffix, e.width, e.height, e.devicePixelRatio, notNullText(e.pageUrl), notNullText(e.finalUrl),
             e.httpStatus, notNullText(toDbTime(e.capturedAt)), notNullText(e.caption),
             notNullText(e.originalSha256), order++});
        if (!q)
            return q.error();
    }
    return Status::success();
}

Status AuditResultStore::storeVerdicts(qint64 importId, const QHash<qint64, qint64> &sites,
                                       AuditImportOutcome &outcome)
{
    for (const AuditVerdict &v : m_reader.package().verdicts) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO audit_verdicts (import_id, site_id, item_code, value, "
                                          "points, note, inspector) VALUES (?,?,?,?,?,?,?)"),
                           {importId, sites.value(v.siteOriginId), v.itemCode, v.value, v.points,
                            notNullText(v.note), notNullText(v.inspector)});
        if (!q)
            return q.error();
        ++outcome.verdicts;
    }
    return Status::success();
}

} // namespace xj
