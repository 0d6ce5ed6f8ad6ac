// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace xj {

class Database;
struct StoredFile;

/// Stores evidence bytes in the EvidenceStore and records them in the database in one step. The
/// caller fills the descriptive fields of `meta` (finding or account record, kind, capture mode,
/// URLs, status, time); the recorder fills hash, size, suffix, media type and image size.
class EvidenceRecorder
{
    Q_DECLARE_TR_FUNCTIONS(xj::EvidenceRecorder)
public:
    EvidenceRecorder(const Database &database, const QString &dataDirectory);

    /// Encodes `image` as PNG (its devicePixelRatio goes into the row).
    Result<Evidence> addImage(const QImage &image, Evidence meta) const;
    /// A screenshot and, when `annotated` is not null, its annotated copy pointing back at it.
    /// Both rows are written in one transaction. Returns [original] or [original, annotated].
    Result<QList<Evidence>> addScreenshot(const QImage &original, const QImage &annotated,
                                          const Evidence &meta) const;
    /// Any other file: an MHTML archive, a phone photo (suffix and media type from `meta`).
    Result<Evidence> addBytes(const QByteArray &bytes, Evidence meta) const;

    /// image/png, image/jpeg, multipart/related (MHTML), else application/octet-stream.
    static QString mediaTypeForSuffix(const QString &suffix);
    /// PNG with a fast zlib level: the inspector waits for every capture.
    static Result<QByteArray> encodePng(const QImage &image);

private:
    static void describeImage(const QImage &image, Evidence &meta);
    Result<Evidence> record(const QByteArray &bytes, const Evidence &meta) const;
    Result<Evidence> insert(const StoredFile &file, Evidence meta) const;

    const Database &m_db;
    QString m_dataDirectory;
};

} // namespace xj
