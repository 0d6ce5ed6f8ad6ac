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
};

/// Content-addressed evidence files under <data>/evidence/<first two hex digits>/<sha256>.<suffix>.
/// A file's name is the SHA-256 of its bytes, so storing the same screenshot twice keeps one copy
/// and any later change to a file is visible by re-hashing it.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(xj::EvidenceStore)
public:
    explicit EvidenceStore(const QString &dataDirectory);

    QString rootPath() const; ///< <data>/evidence
    QString relativePathFor(const QString &sha256, const QString &suffix) const;
    QString absolutePathFor(const QString &sha256, const QString &suffix) const;

    /// Writes atomically (temporary file, then rename); an existing file with the same hash is
    /// kept as it is.
    Result<StoredFile> put(const QByteArray &bytes, const QString &suffix) const;
    /// The stored bytes, refused when they no longer match their hash.
    Result<QByteArray> read(const QString &sha256, const QString &suffix) const;

private:
    QString m_dataDirectory;
};

} // namespace xj
