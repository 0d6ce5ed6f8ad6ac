// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditPackageReader.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace xj {

class Database;

/// What an import did.
struct AuditImportOutcome
{
    AuditPackageKind kind = AuditPackageKind::Assignment;
    QString exporter;
    qint64 roundId = 0;  ///< the local round: created (assignment) or filed under (result)
    qint64 importId = 0; ///< result: the audit_imports row; 0 for an assignment
    int sites = 0;
    int findings = 0;
    int verdicts = 0;
    int evidenceFiles = 0;
    bool signatureChecked = false;
};

/// Imports a peer-audit package into a database: AuditPackageReader verifies the whole package
/// first; then one transaction writes it, so a refused or failed import leaves the database (and
/// the evidence store) as it was.
///
/// - An assignment (the team's side) creates a peer round with the office's checklists, finds or
///   registers the units and sites (by address, or platform and account for new media) and
///   remembers which local round and sites are the office's (audit_assignments, audit_site_links).
///   The same assignment twice is refused, naming the round it created.
/// - A result (the office's side) is filed under a local round as the team's: audit_imports,
///   audit_findings, audit_evidence, audit_verdicts — never into `findings` or `verdicts`. Sites are
///   found by the office's id when that site has the same address, else by address; a site the
///   office does not know, or a round it does not have, refuses the package. The same file twice
///   is refused; a later package of the same team is kept beside the earlier one and counts.
class AuditImporter
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditImporter)
public:
    struct Options
    {
        QString passphrase;
        qint64 targetRoundId = 0; ///< result only: file under this round; 0: the manifest's round
        AuditPackageReader::Limits limits;
        AuditPackageReader::Progress progress;
    };

    static Result<AuditImportOutcome> importFile(Database &database, const QString &dataDirectory,
                                                 const QString &packagePath, const Options &options);
};

} // namespace xj
