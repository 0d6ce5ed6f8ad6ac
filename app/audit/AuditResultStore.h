// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditImporter.h"
#include "audit/AuditPackageReader.h"
#include "core/Result.h"
#include "evidence/EvidenceStore.h"
#include "model/Site.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace xj {

class Database;

/// The office's side of an import: files a verified result package under a local round as the
/// team's (audit_imports, audit_findings, audit_evidence, audit_verdicts), never touching the
/// office's own findings or verdicts. The evidence bytes go into the data folder's evidence store;
/// newFiles() lists the files this import created, so AuditImporter can remove them again when the
/// import does not go through (files the store already held are shared and left alone).
class AuditResultStore
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditResultStore)
public:
    AuditResultStore(const Database &database, const QString &dataDirectory, AuditPackageReader &reader);

    /// `targetRoundId` 0: the round the manifest names.
    Result<AuditImportOutcome> store(qint64 targetRoundId);
    const QList<StoredFile> &newFiles() const { return m_newFiles; }

    /// How a package's site is recognised among the local ones.
    enum class SiteMatch {
        /// The office's side: the site with the package's origin id when it has the same address
        /// (website) or name (new media), else by address or platform and account.
        OriginThenAddress,
        /// The team's side (origin ids are the office's): by address, platform and account, or
        /// the name of a new-media account.
        AddressOrName
    };
    static const Site *findLocalSite(const AuditSite &site, const QList<Site> &localSites, SiteMatch match);

private:
    Result<QHash<qint64, qint64>> mapSites() const;
    Status refuseRepeat(qint64 roundId, const QString &roundName) const;
    Status storeFindings(qint64 importId, const QHash<qint64, qint64> &sites, AuditImportOutcome &outcome);
    Status storeEvidence(qint64 auditFindingId, const QList<AuditEvidence> &evidence);
    Status storeVerdicts(qint64 importId, const QHash<qint64, qint64> &sites, AuditImportOutcome &outcome);

    const Database &m_db;
    EvidenceStore m_store;
    AuditPackageReader &m_reader;
    QList<StoredFile> m_newFiles;
    QSet<QString> m_filesSeen; ///< relative paths stored by this import
};

} // namespace xj
