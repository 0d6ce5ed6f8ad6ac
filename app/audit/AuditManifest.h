// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace xj {

enum class AuditPackageKind { Assignment, Result };

inline constexpr EnumTable<AuditPackageKind, 2> AuditPackageKinds{
    "xj::AuditManifest",
    {{{AuditPackageKind::Assignment, "assignment", QT_TRANSLATE_NOOP("xj::AuditManifest", "Assignment")},
      {AuditPackageKind::Result, "result", QT_TRANSLATE_NOOP("xj::AuditManifest", "Result")}}}};

/// The manifest of a peer-audit package (.xjaudit): what it is, who made it, for which round, sites
/// and checklist, and the SHA-256 of every other file in it. An office that shares a passphrase
/// with a team signs the manifest's exact bytes with HMAC-SHA256 (the passphrase's UTF-8 bytes as
/// the key), so a package can be shown to come from someone who holds the passphrase and to be
/// unchanged since.
struct AuditManifest
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditManifest)
public:
    static constexpr int FormatVersion = 1;

    struct Site
    {
        qint64 id = 0; ///< in the exporting database
        QString name;
        QString url;
        friend bool operator==(const Site &, const Site &) = default;
    };
    struct File
    {
        QString path; ///< inside the package, forward slashes
        QString sha256;
        qint64 size = 0;
        friend bool operator==(const File &, const File &) = default;
    };

    AuditPackageKind kind = AuditPackageKind::Assignment;
    QString exporter; ///< the office or team that made the package
    qint64 roundId = 0;
    QString roundName;
    QString checklistKey;
    QList<Site> sites;
    QDateTime createdAt;
    QList<File> files;

    QJsonObject toJson() const;
    /// The bytes that are written to the package and signed (compact JSON, keys sorted).
    QByteArray bytes() const;
    /// Refuses a missing or newer format, an unknown kind and files without a path or hash.
    static Result<AuditManifest> fromJson(const QJsonObject &json);
    static Result<AuditManifest> parse(const QByteArray &bytes);

    /// HMAC-SHA256 of `manifestBytes` with the passphrase, lower-case hex.
    static QString signature(const QByteArray &manifestBytes, const QString &passphrase);
    /// Whether `signatureHex` is the signature of `manifestBytes` (compared in constant time).
    static bool verify(const QByteArray &manifestBytes, const QString &passphrase,
                       const QString &signatureHex);

    friend bool operator==(const AuditManifest &, const AuditManifest &) = default;
};

} // namespace xj
