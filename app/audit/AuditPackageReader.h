// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditPackage.h"
#include "core/Result.h"
#include "core/ZipReader.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace xj {

/// Opens a peer-audit package from someone else and trusts nothing in it. open() checks, before
/// anyone writes anything: the zip itself, every entry name (zip-slip, absolute and Windows paths,
/// links, encrypted or duplicate entries), the number and sizes of entries, the manifest's format
/// version and kind, the signature (see Passphrase rules below), that the entries are exactly the
/// manifest's files plus manifest.json/manifest.sig, every file's SHA-256 and size, and that the
/// data files parse and agree with each other. Each failure is an Error whose message says what is
/// wrong with the package and what to do (ask the sender for a new one).
///
/// Passphrase rules: a signed package needs the passphrase (refused without it or with a wrong
/// one); a passphrase given for an unsigned package is refused too (the receiver expected proof).
/// How much a package may hold before it is refused unread (AuditPackageReader::Limits). Declared
/// outside the class because a nested struct with default member initialisers cannot be a default
/// argument of its enclosing class's functions (GCC).
struct AuditPackageLimits
{
    qsizetype maxEntries = 20000;
    qint64 maxEntryBytes = 50LL * 1024 * 1024;
    qint64 maxTotalBytes = 1024LL * 1024 * 1024;
};

class AuditPackageReader
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditPackageReader)
public:
    static constexpr qsizetype MaxEntries = 20000;
    static constexpr qint64 MaxEntryBytes = 50LL * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 1024LL * 1024 * 1024;

    using Limits = AuditPackageLimits;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    Status open(const QString &path, const QString &passphrase = {}, const Limits &limits = {},
                const Progress &progress = {});

    /// Valid after a successful open().
    const AuditPackage &package() const { return m_package; }
    /// SHA-256 of the whole package file (an import is recorded under it, so the same file is not
    /// imported twice).
    QString packageSha256() const { return m_packageSha256; }
    /// An evidence file's bytes, read again from the zip and checked against its hash once more.
    Result<QByteArray> evidenceBytes(const AuditEvidence &evidence);

private:
    ZipReader m_zip;
    Limits m_limits;
    AuditPackage m_package;
    QString m_packageSha256;
};

} // namespace xj
