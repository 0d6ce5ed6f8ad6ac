// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditPackage.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace xj {

class Database;

/// Makes a peer-audit package from a database: an assignment (the office hands a team the round,
/// its checklists and the sites to check) or a result (a team sends back its findings, verdicts and
/// evidence for the round). A result of a round that came from an assignment names the office's
/// round and site ids (audit_assignments, audit_site_links), so the office can file it.
class AuditPackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditPackageWriter)
public:
    struct Request
    {
        AuditPackageKind kind = AuditPackageKind::Assignment;
        qint64 roundId = 0;
        QList<qint64> siteIds; ///< empty: every site the round covers
        QString exporter;      ///< the office or team, as the receiver will see it
        QString passphrase;    ///< empty: the package is not signed
        QString outPath;
    };

    /// Called with the bytes written so far and in all, from the calling thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// What the package will hold (read from the database; no file is written). Refuses an unknown
    /// round, sites the round does not cover, an empty exporter, and a result without any verdict
    /// or finding.
    static Result<AuditPackage> collect(const Database &database, const Request &request);
    /// collect() and write the zip: evidence files are copied from the data folder's evidence store
    /// and refused when missing or altered; the file appears at outPath only once complete.
    static Status write(const Database &database, const QString &dataDirectory, const Request &request,
                        const Progress &progress = {});
};

} // namespace xj
