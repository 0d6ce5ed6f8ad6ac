// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditPackageWriter.h"

#include "core/ZipWriter.h"
#include "evidence/EvidenceStore.h"
#include "model/Evidence.h"
#include "model/Finding.h"
#include "model/Round.h"
#include "model/Site.h"
#include "model/Unit.h"
#include "model/Verdict.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <filesystem>
#include <system_error>

namespace xj {

namespace {

Q_LOGGING_CATEGORY(lcAuditWriter, "xunjian.audit.writer", QtWarningMsg)

/// Where the round and its sites come from: the office's ids when this database imported the round
/// as an assignment, otherwise this database's own ids.
struct Origins
{
    bool fromAssignment = false;
    qint64 roundId = 0;
    QHash<qint64, qint64> siteIds; ///< local site id → origin site id (assignment only)
};

Result<Origins> originsOf(const Database &db, qint64 roundId)
{
    Origins o;
    o.roundId = roundId;
    auto assignment = db.selectAll(QStringLiteral("SELECT id, origin_round_id FROM audit_assignments "
                                                  "WHERE round_id = ?"),
                                   {roundId}, [](const QSqlQuery &q) {
                                       return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
                                   });
    if (!assignment)
        return assignment.error();
    if (assignment.value().isEmpty())
        return o;
    o.fromAssignment = true;
    o.roundId = assignment.value().first().second;
    auto links = db.selectAll(
        QStringLiteral("SELECT site_id, origin_site_id FROM audit_site_links WHERE assignment_id = ?"),
        {assignment.value().first().first}, [](const QSqlQuery &q) {
            return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
        });
    if (!links)
        return links.error();
    for (const auto &[site, origin] : links.value())
        o.siteIds.insert(site, origin);
    return o;
}

/// A checklist snapshot's JSON exactly as stored, and its template key; empty for no template.
Result<std::pair<QString, QString>> checklistOf(const Database &db, qint64 templateId)
{
    if (templateId <= 0)
        return std::pair<QString, QString>{};
    return db.selectOne(
        QStringLiteral("SELECT content_json, template_key FROM checklist_templates WHERE id = ?"),
        {templateId},
        [](const QSqlQuery &q) {
            return std::pair{q.value(0).toString(), q.value(1).toString()};
        },
        AuditPackageWriter::tr("The round's checklist is missing from the database."));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

AuditEvidence auditEvidence(const Evidence &e, const QList<Evidence> &siblings)
{
    AuditEvidence out;
    out.kind = EvidenceKinds.code(e.kind);
    out.captureMode = CaptureModes.code(e.captureMode);
    out.sha256 = e.sha256;
    out.size = e.size;
    out.mediaType = e.mediaType;
    out.suffix = e.fileSuffix;
    out.width = e.width;
    out.height = e.height;
    out.devicePixelRatio = e.devicePixelRatio;
    out.pageUrl = e.pageUrl;
    out.finalUrl = e.finalUrl;
    out.httpStatus = e.httpStatus;
    out.capturedAt = e.capturedAt;
    out.caption = e.caption;
    for (const Evidence &s : siblings)
        if (e.originalId > 0 && s.id == e.originalId)
            out.originalSha256 = s.sha256;
    return out;
}

AuditFinding auditFinding(const Finding &f, qint64 siteOriginId)
{
    AuditFinding out;
    out.originId = f.id;
    out.siteOriginId = siteOriginId;
    out.itemCode = f.itemCode;
    out.url = f.url;
    out.pageTitle = f.pageTitle;
    out.description = f.description;
    out.severity = FindingSeverities.code(f.severity);
    out.state = FindingStates.code(f.state);
    out.inspector = f.inspector;
    out.foundAt = f.foundAt;
    out.elementSelector = f.elementSelector;
    out.elementText = f.elementText;
    out.elementBox = f.elementBox;
    out.checkId = f.checkId;
    return out;
}

bool alreadyCompressed(const QString &suffix)
{
    return suffix == u"png" || suffix == u"jpg" || suffix == u"jpeg";
}

QString evidencePath(const AuditEvidence &e)
{
    return QString(AuditPackageFiles::EvidenceFolder + e.sha256 + u'.' + e.suffix);
}

/// The sites of the package with their origin ids: those the round covers (its units' sites, or
/// every site), narrowed to `requested`. A round imported as an assignment only carries the
/// office's sites (a site the team added itself has no origin id the office would know).
Result<QList<AuditSite>> packageSites(const Database &db, const Round &round, const Origins &origins,
                                      const QList<qint64> &requested, QHash<qint64, qint64> *localToOrigin)
{
    auto sites = SiteRepository(db).all();
    if (!sites)
        return sites.error();
    auto units = UnitRepository(db).all();
    if (!units)
        return units.error();
    QHash<qint64, QString> unitNames;
    for (const Unit &u : units.value())
        unitNames.insert(u.id, u.name);
    const QSet<qint64> roundUnits(round.unitIds.cbegin(), round.unitIds.cend());
    QHash<qint64, Site> covered;
    for (const Site &s : sites.value())
        if (roundUnits.isEmpty() || roundUnits.contains(s.unitId))
            covered.insert(s.id, s);
    for (qint64 id : requested)
        if (!covered.contains(id) || (origins.fromAssignment && !origins.siteIds.contains(id)))
            return Error{AuditPackageWriter::tr("A chosen site is not part of the round “%1”. Choose only "
                                                "sites the round covers.")
                             .arg(round.name),
                         QString::number(id)};
    QList<qint64> ids = requested.isEmpty() ? covered.keys() : requested;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QList<AuditSite> out;
    for (qint64 id : std::as_const(ids)) {
        if (origins.fromAssignment && !origins.siteIds.contains(id))
            continue;
        const Site &s = covered[id];
        const qint64 originId = origins.fromAssignment ? origins.siteIds.value(id) : id;
        localToOrigin->insert(id, originId);
        out.append({originId, SiteKinds.code(s.kind), s.name, s.url, s.platform, s.accountId, s.siteCode,
                    unitNames.value(s.unitId)});
    }
    if (out.isEmpty())
        return Error{AuditPackageWriter::tr("The round “%1” covers no site to put in the package. Add sites "
                                            "to the round first.")
                         .arg(round.name),
                     {}};
    return out;
}

/// The team's live findings (not deleted, not waiting for confirmation, not dismissed) with the
/// evidence taken when they were found (re-check pictures stay home), and its verdicts.
Status addResults(const Database &db, qint64 roundId, const QHash<qint64, qint64> &siteOrigins,
                  AuditPackage &package)
{
    FindingFilter filter;
    filter.roundId = roundId;
    auto findings = FindingRepository(db).list(filter);
    if (!findings)
        return findings.error();
    auto evidence = EvidenceRepository(db).forRound(roundId);
    if (!evidence)
        return evidence.error();
    QList<Finding> live;
    for (const Finding &f : findings.value())
        if (siteOrigins.contains(f.siteId) && f.state != FindingState::Candidate &&
            f.state != FindingState::FalsePositive)
            live.append(f);
    std::sort(live.begin(), live.end(), [](const Finding &a, const Finding &b) { return a.id < b.id; });
    for (const Finding &f : std::as_const(live)) {
        AuditFinding out = auditFinding(f, siteOrigins.value(f.siteId));
        const QList<Evidence> rows = evidence.value().value(f.id);
        for (const Evidence &e : rows)
            if (!e.atRecheck)
                out.evidence.append(auditEvidence(e, rows));
        package.findings.append(out);
    }
    QList<qint64> localSites = siteOrigins.keys();
    std::sort(localSites.begin(), localSites.end());
    for (qint64 siteId : std::as_const(localSites)) {
        auto verdicts = VerdictRepository(db).forSite(roundId, siteId);
        if (!verdicts)
            return verdicts.error();
        for (const Verdict &v : verdicts.value())
            package.verdicts.append({siteOrigins.value(siteId), v.itemCode, VerdictValues.code(v.value),
                                     v.points, v.note, v.inspector});
    }
    return {};
}

} // namespace

Result<AuditPackage> AuditPackageWriter::collect(const Database &database, const Request &request)
{
    if (request.exporter.trimmed().isEmpty())
        return Error{tr("Enter who sends the package (your office or team), so the receiver knows whose "
                        "package it is."),
                     {}};
    auto round = RoundRepository(database).get(request.roundId);
    if (!round)
        return Error{tr("The inspection round to put in the package does not exist. Choose another round."),
                     round.error().message};
    const Round &r = round.value();
    auto origins = originsOf(database, r.id);
    if (!origins)
        return origins.error();
    QHash<qint64, qint64> localToOrigin;
    auto sites = packageSites(database, r, origins.value(), request.siteIds, &localToOrigin);
    if (!sites)
        return sites.error();
    auto website = checklistOf(database, r.websiteTemplateId);
    if (!website)
        return website.error();
    auto newMedia = checklistOf(database, r.newMediaTemplateId);
    if (!newMedia)
        return newMedia.error();

    AuditPackage package;
    AuditRound &ar = package.round;
    ar.originId = origins.value().roundId;
    ar.name = r.name;
    ar.kind = RoundKinds.code(r.kind);
    ar.period = r.period;
    ar.periodStart = r.periodStart;
    ar.periodEnd = r.periodEnd;
    ar.inspectionDate = r.inspectionDate;
    ar.team = r.team;
    ar.websiteChecklist = website.value().first;
    ar.newMediaChecklist = newMedia.value().first;
    ar.itemCodes = r.itemCodes;
    ar.sites = sites.value();

    if (request.kind == AuditPackageKind::Result) {
        if (Status s = addResults(database, r.id, localToOrigin, package); !s)
            return s.error();
        if (package.findings.isEmpty() && package.verdicts.isEmpty())
            return Error{tr("The round “%1” has no findings and no verdicts for these sites yet, so there is "
                            "no result to send. Inspect the sites first.")
                             .arg(r.name),
                         {}};
    }

    AuditManifest &m = package.manifest;
    m.kind = request.kind;
    m.exporter = request.exporter.trimmed();
    m.roundId = ar.originId;
    m.roundName = ar.name;
    m.checklistKey = website.value().second;
    for (const AuditSite &s : std::as_const(ar.sites))
        m.sites.append({s.originId, s.name, s.url});
    m.createdAt = QDateTime::currentDateTimeUtc();
    const auto listBytes = [&m](const QString &path, const QByteArray &bytes) {
        m.files.append({path, sha256Hex(bytes), bytes.size()});
    };
    listBytes(AuditPackageFiles::Round, package.roundBytes());
    if (request.kind == AuditPackageKind::Result) {
        listBytes(AuditPackageFiles::Findings, package.findingsBytes());
        listBytes(AuditPackageFiles::Verdicts, package.verdictsBytes());
        QSet<QString> listed;
        for (const AuditFinding &f : std::as_const(package.findings))
            for (const AuditEvidence &e : f.evidence) {
                const QString path = evidencePath(e);
                if (!listed.contains(path))
                    m.files.append({path, e.sha256, e.size});
                listed.insert(path);
            }
    }
    return package;
}

namespace {

/// Writes every file of `package` to a zip at `path`; the caller removes the file on failure.
Status writeZip(const QString &path, const AuditPackage &package, const QString &passphrase,
                const EvidenceStore &store, const AuditPackageWriter::Progress &progress)
{
    const QByteArray manifest = package.manifest.bytes();
    qint64 total = manifest.size();
    for (const AuditManifest::File &f : package.manifest.files)
        total += f.size;
    qint64 done = 0;
    const auto advance = [&](qint64 bytes) {
        done += bytes;
        if (progress)
            progress(done, total);
    };

    ZipWriter zip;
    if (Status s = zip.open(path); !s)
        return s;
    if (Status s = zip.add(AuditPackageFiles::Manifest, manifest); !s)
        return s;
    if (!passphrase.isEmpty())
        if (Status s = zip.add(AuditPackageFiles::Signature,
                               AuditManifest::signature(manifest, passphrase).toLatin1());
            !s)
            return s;
    advance(manifest.size());
    const QList<std::pair<QString, QByteArray>> data{{AuditPackageFiles::Round, package.roundBytes()},
                                                     {AuditPackageFiles::Findings, package.findingsBytes()},
                                                     {AuditPackageFiles::Verdicts, package.verdictsBytes()}};
    QSet<QString> written;
    for (const auto &[name, bytes] : data) {
        if (name != AuditPackageFiles::Round && package.manifest.kind != AuditPackageKind::Result)
            continue;
        if (Status s = zip.add(name, bytes); !s)
            return s;
        advance(bytes.size());
    }
    for (const AuditFinding &f : package.findings)
        for (const AuditEvidence &e : f.evidence) {
            const QString name = evidencePath(e);
            if (written.contains(name))
                continue;
            written.insert(name);
            auto bytes = store.read(e.sha256, e.suffix);
            if (!bytes || bytes.value().size() != e.size)
                return Error{AuditPackageWriter::tr("An evidence file of the finding “%1” is missing or was "
                                                    "altered, so the package was not made. Run the evidence "
                                                    "integrity check and retake the evidence.")
                                 .arg(f.description),
                             bytes ? name : bytes.error().fullText()};
            const auto compression =
                alreadyCompressed(e.suffix) ? ZipWriter::Compression::Store : ZipWriter::Compression::Deflate;
            if (Status s = zip.add(name, bytes.value(), compression); !s)
                return s;
            advance(e.size);
        }
    return zip.close();
}

} // namespace

Status AuditPackageWriter::write(const Database &database, const QString &dataDirectory,
                                 const Request &request, const Progress &progress)
{
    if (request.outPath.trimmed().isEmpty())
        return Error{tr("Choose where to save the audit package."), {}};
    auto package = collect(database, request);
    if (!package)
        return package.error();
    // Written next to the target and renamed over it, so a half-written package never carries the
    // target's name (and an older package of that name survives a failure).
    const QString partPath = QString(request.outPath + QStringLiteral(".part"));
    QFile::remove(partPath);
    Status written =
        writeZip(partPath, package.value(), request.passphrase, EvidenceStore(dataDirectory), progress);
    if (written) {
        std::error_code error;
        std::filesystem::rename(QFileInfo(partPath).filesystemAbsoluteFilePath(),
                                QFileInfo(request.outPath).filesystemAbsoluteFilePath(), error);
        if (error)
            written = Error{tr("The audit package could not be saved as %1. Choose another folder or file "
                               "name.")
                                .arg(QFileInfo(request.outPath).fileName()),
                            QString::fromStdString(error.message())};
    }
    if (!written) {
        QFile::remove(partPath);
        qCWarning(lcAuditWriter) << "audit package not written:" << written.error().fullText();
        return written;
    }
    return {};
}

} // namespace xj
