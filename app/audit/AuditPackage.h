// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditManifest.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

namespace xj {

/// The files of a peer-audit package (.xjaudit, a zip):
///
///     manifest.json        AuditManifest: kind, exporter, round, sites, checklist, every file's SHA-256
///     manifest.sig         optional: HMAC-SHA256 of manifest.json's bytes with the shared passphrase
///     round.json           AuditRound: the round, its checklist snapshots and the sites in detail
///     findings.json        result only: the team's findings, each with its evidence list
///     verdicts.json        result only: the team's item verdicts
///     evidence/<sha256>.<suffix>   result only: the evidence files, named by their hash
///
/// Every file except manifest.json and manifest.sig is listed in the manifest with its hash and size;
/// a package with any other entry is refused.
///
/// The data files are compact JSON with every field always present (and required when read): ids
/// as decimal strings, dates "yyyy-MM-dd", times ISO 8601 UTC with milliseconds, "" for none; a
/// finding's element box is an object {"x","y","w","h"} of CSS pixels (all zero: no box); enum
/// values are the stored codes of SiteKinds, RoundKinds, FindingSeverities, FindingStates,
/// VerdictValues, EvidenceKinds and CaptureModes. See AuditPackage.cpp for the field names.
namespace AuditPackageFiles {
inline const QString Manifest = QStringLiteral("manifest.json");
inline const QString Signature = QStringLiteral("manifest.sig");
inline const QString Round = QStringLiteral("round.json");
inline const QString Findings = QStringLiteral("findings.json");
inline const QString Verdicts = QStringLiteral("verdicts.json");
inline const QString EvidenceFolder = QStringLiteral("evidence/");
inline const QString Suffix = QStringLiteral("xjaudit");
} // namespace AuditPackageFiles

/// A site as the exporting database knows it. `originId` is its id there: the office's id travels
/// with the assignment to the team and comes back with the team's result, so both sides name the
/// same site whatever ids their own databases gave it.
struct AuditSite
{
    qint64 originId = 0;
    QString kind; ///< "website" / "newmedia" (SiteKinds keys)
    QString name;
    QString url;
    QString platform;
    QString accountId;
    QString siteCode;
    QString unitName;
    friend bool operator==(const AuditSite &, const AuditSite &) = default;
};

/// The round a package is about, with the checklists it judges against (the template JSON exactly
/// as the round's snapshot holds it) so a team without those templates judges by the same items.
struct AuditRound
{
    qint64 originId = 0; ///< the round's id in the office's database
    QString name;
    QString kind; ///< RoundKinds key, normally "peer"
    QString period;
    QDate periodStart;
    QDate periodEnd;
    QDate inspectionDate;
    QString team;              ///< the team the round is assigned to
    QString websiteChecklist;  ///< template JSON, empty when none
    QString newMediaChecklist; ///< template JSON, empty when none
    QStringList itemCodes;     ///< a special round's items; empty: every item
    QList<AuditSite> sites;
    friend bool operator==(const AuditRound &, const AuditRound &) = default;
};

/// One evidence file of a finding; the bytes are `evidence/<sha256>.<suffix>` in the package.
struct AuditEvidence
{
    QString kind;        ///< EvidenceKinds key
    QString captureMode; ///< CaptureModes key
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString suffix;
    int width = 0;
    int height = 0;
    double devicePixelRatio = 1;
    QString pageUrl;
    QString finalUrl;
    int httpStatus = 0;
    QDateTime capturedAt;
    QString caption;
    QString originalSha256; ///< an annotated copy: the screenshot it was drawn on
    friend bool operator==(const AuditEvidence &, const AuditEvidence &) = default;
};

struct AuditFinding
{
    qint64 originId = 0;     ///< the finding's id in the team's database
    qint64 siteOriginId = 0; ///< AuditSite::originId
    QString itemCode;
    QString url;
    QString pageTitle;
    QString description;
    QString severity; ///< FindingSeverities key
    QString state;    ///< FindingStates key
    QString inspector;
    QDateTime foundAt;
    QString elementSelector;
    QString elementText;
    QRectF elementBox;
    QString checkId;
    QList<AuditEvidence> evidence;
    friend bool operator==(const AuditFinding &, const AuditFinding &) = default;
};

struct AuditVerdict
{
    qint64 siteOriginId = 0;
    QString itemCode;
    QString value; ///< VerdictValues key: pass / fail / na
    double points = 0;
    QString note;
    QString inspector;
    friend bool operator==(const AuditVerdict &, const AuditVerdict &) = default;
};

/// A package's content once read and verified (or before it is written). The evidence bytes are not
/// held here: the reader keeps them in the zip until the store copies them.
struct AuditPackage
{
    AuditManifest manifest;
    bool signatureChecked = false; ///< a manifest.sig was present and the passphrase proved it
    AuditRound round;
    QList<AuditFinding> findings; ///< result only
    QList<AuditVerdict> verdicts; ///< result only

    /// JSON of round.json / findings.json / verdicts.json (compact, keys sorted by QJsonDocument).
    QByteArray roundBytes() const;
    QByteArray findingsBytes() const;
    QByteArray verdictsBytes() const;
    /// Parses the three files; refuses missing fields, unknown keys of kinds, states, severities
    /// and verdict values, evidence with a malformed hash or suffix, and findings or verdicts whose
    /// site is not one of the round's sites.
    static Result<AuditRound> parseRound(const QByteArray &bytes);
    static Result<QList<AuditFinding>> parseFindings(const QByteArray &bytes);
    static Result<QList<AuditVerdict>> parseVerdicts(const QByteArray &bytes);
    Status checkConsistency() const;
};

} // namespace xj
