// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditImporter.h"

#include "audit/AuditAssignmentStore.h"
#include "audit/AuditResultStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>

namespace xj {

namespace {
Q_LOGGING_CATEGORY(lcAuditImport, "xunjian.audit.import", QtWarningMsg)
}

Result<AuditImportOutcome> AuditImporter::importFile(Database &database, const QString &dataDirectory,
                                                     const QString &packagePath, const Options &options)
{
    // Everything is verified before the first write: a package that fails any check leaves no trace.
    AuditPackageReader reader;
    if (Status opened = reader.open(packagePath, options.passphrase, options.limits, options.progress);
        !opened)
        return opened.error();
    const AuditPackage &package = reader.package();

    if (package.manifest.kind == AuditPackageKind::Assignment) {
        AuditAssignmentStore store(database, package, reader.packageSha256());
        auto outcome = withTransaction(database, [&] { return store.store(packagePath); });
        if (!outcome)
            qCInfo(lcAuditImport) << "assignment refused:" << outcome.error().fullText();
        return outcome;
    }

    AuditResultStore store(database, dataDirectory, reader);
    auto outcome = withTransaction(database, [&] { return store.store(options.targetRoundId); });
    if (!outcome) {
        qCInfo(lcAuditImport) << "result refused:" << outcome.error().fullText();
        // The rows are gone with the transaction; the files this import added to the store go too.
        const EvidenceStore evidence(dataDirectory);
        for (const StoredFile &file : store.newFiles())
            if (Status removed = evidence.discardNew(file); !removed)
                qCWarning(lcAuditImport)
                    << "cannot remove" << file.relativePath << removed.error().fullText();
    }
    return outcome;
}

} // namespace xj
