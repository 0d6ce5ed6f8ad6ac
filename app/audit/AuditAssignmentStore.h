// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditImporter.h"
#include "audit/AuditPackage.h"
#include "core/Result.h"
#include "model/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xj {

class Database;

/// The team's side of an import: turns a verified assignment package into a local peer round with
/// the office's checklists, the units and sites it covers (found by address or account, else
/// registered) and the links back to the office's round and site ids. AuditImporter runs it inside
/// its one transaction; on any error nothing it wrote remains.
class AuditAssignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditAssignmentStore)
public:
    AuditAssignmentStore(const Database &database, const AuditPackage &package, const QString &packageSha256);

    Result<AuditImportOutcome> store(const QString &packagePath);

private:
    Status refuseRepeat() const;
    Result<qint64> storeChecklist(const QString &json, SiteKind kind, const QString &packagePath) const;
    Result<qint64> localSite(const AuditSite &site);

    const Database &m_db;
    const AuditPackage &m_package;
    QString m_packageSha256;
    QList<Site> m_sites; ///< the registry, loaded once
};

} // namespace xj
