// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditPackageReader.h"

#include <QList>
#include <QString>

/// One package an attacker or a careless sender could hand over, and what opening it must say.
/// Every case must be refused by AuditPackageReader::open(path, passphrase, limits) with an
/// Error whose message contains `expectedMessage` — and, for an importer, leave the database as it
/// was.
struct HostileAuditPackage
{
    QString name;       ///< short and unique, usable as a QTest data row tag
    QString path;       ///< the file, inside the folder given to makeHostileAuditPackages()
    QString passphrase; ///< the passphrase to open it with (the right one unless the case is about it)
    xj::AuditPackageReader::Limits limits; ///< lowered for the cases about size and count limits
    QString expectedMessage; ///< a fragment of the English Error::message (run with XUNJIAN_LANG=en)
};

/// Writes, from a valid signed RESULT package (with at least one evidence file) and its passphrase,
/// the hostile variants into `folder` and lists them: unsafe entry names (zip-slip, absolute,
/// Windows drive and "..\"), a symbolic link, an encrypted entry, too many entries, an oversized
/// entry, a zip bomb, too many bytes in total, a newer format version, an unknown kind, a tampered
/// evidence file, a tampered manifest, a wrong or missing passphrase, a passphrase for an unsigned
/// package, an unlisted extra file, a listed file missing, duplicate names (exact and by case),
/// malformed round.json, a finding on a site outside the round, not a zip, an empty file and a
/// truncated zip. Returns an empty list when the valid package cannot be read.
QList<HostileAuditPackage> makeHostileAuditPackages(const QString &validSignedPackage,
                                                    const QString &passphrase, const QString &folder);
