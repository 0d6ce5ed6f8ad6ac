// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace xj {

/// Writes a zip archive entry by entry (deflated, or stored for data that is already compressed
/// such as PNG and JPEG). Used for Word documents, batches of notices and exchange packages.
/// Entry names use forward slashes and are relative; the archive is complete only after close()
/// succeeds, and a writer destroyed without close() removes the half-written file.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::ZipWriter)
public:
    enum class Compression { Deflate, Store };

    ZipWriter() = default;
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    Status open(const QString &path);
    Status add(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate,
               const QDateTime &modified = {});
    /// Copies a file from disk into the archive under `name`.
    Status addFile(const QString &name, const QString &sourcePath,
                   Compression compression = Compression::Deflate);
    Status close();

private:
    void *m_zip = nullptr;
    QString m_path;
};

} // namespace xj
