// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace xj {

/// Where a blob landed in the store.
struct StoredFile
{
    QString sha256; ///< lower-case hex of the bytes
    qint64 size = 0;
    QString suffix;       ///< without the dot
    QString relativePath; ///< to the data folder: evidence/ab/abcdef….png
    bool created = false; ///< false when the store already held these bytes
};

/// Content-addressed evidence files under <data>/evidence/<first two hex digits>/<sha256>.<suffix>.
/// A file's name is the SHA-256 of its bytes, so storing the same screenshot twice keeps one copy
/// and any later change to a file is visible by re-hashing it.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(xj::EvidenceStore)
public:
    /// The hash and length of a file's bytes as found on disk.
    struct FileDigest
    {
        QString sha256;
        qint64 size = 0;
    };

    explicit EvidenceStore(const QString &dataDirectory);

    /// 1 to 8 lower-case ASCII letters or digits: nothing that could leave the store's folder.
    static bool isValidSuffix(const QString &suffix);
    static bool isValidSha256(const QString &sha256);
    static QString sha256Of(const QByteArray &bytes);
    /// Hashes a file without loading it whole (full-page screenshots can be large).
    static Result<FileDigest> digestOfFile(const QString &path);

    QString rootPath() const; ///< <data>/evidence
    QString relativePathFor(const QString &sha256, const QString &suffix) const;
    QString absolutePathFor(const QString &sha256, const QString &suffix) const;

    /// Writes atomically (temporary file, then rename); an existing file with the same hash is
    /// kept as it is (one that no longer matches its name is replaced by the correct bytes).
    Result<StoredFile> put(const QByteArray &bytes, const QString &suffix) const;
    /// The stored bytes, refused when they no longer match their hash.
    Result<QByteArray> read(const QString &sha256, const QString &suffix) const;
    /// Removes a file that put() has just created, when the row that was to refer to it could not
    /// be written; a file that was already there is left alone, as other rows may refer to it.
    Status discardNew(const StoredFile &file) const;

private:
    static Status checkName(const QString &sha256, const QString &suffix);

    QString m_dataDirectory;
};

} // namespace xj
