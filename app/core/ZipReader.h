// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace xj {

/// Reads a zip archive that came from someone else (an exercise, a peer-audit package) without
/// trusting it: the caller passes the limits, the entry list stops at a maximum count, every read
/// stops once more than the allowed bytes come out whatever the archive claims, and
/// safeEntryName() tells which names could be written to disk without leaving the target folder.
/// Nothing is extracted here; deciding what to write where is the caller's job.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(xj::ZipReader)
public:
    struct Entry
    {
        QString name;                 ///< as stored (UTF-8), forward slashes; check it with safeEntryName()
        quint64 uncompressedSize = 0; ///< as the archive claims it: a hint, never a guarantee
        quint64 compressedSize = 0;
        bool isDirectory = false;
        bool isSymlink = false;
        bool isEncrypted = false;
    };

    /// Why the last entries() or read() failed, so that a caller can word its own message.
    enum class Failure { None, NotFound, TooLarge, TooMany, Damaged };

    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /// Opens the archive; fails for a missing file and for anything that is not a zip.
    Status open(const QString &path);
    void close();

    /// Every entry in the order of the central directory; fails (Failure::TooMany) when there are
    /// more than `maxEntries`, without reading the rest.
    Result<QList<Entry>> entries(qsizetype maxEntries);

    /// The entry's content, failing (Failure::TooLarge) as soon as more than `maxBytes` would come
    /// out, and (Failure::Damaged) when the data does not match its checksum. Names are compared
    /// exactly; after entries() the lookup is by a table instead of a scan.
    Result<QByteArray> read(const QString &name, qint64 maxBytes);
    Failure lastFailure() const { return m_failure; }

    /// True for a relative name made of plain segments joined by "/": no absolute path ("/x",
    /// "C:\x", "\\server\x", "C:x"), no backslash, no "." or ".." segment, no empty segment, no NUL
    /// or other control character, no colon, no Windows device name ("con.html", "NUL"), no segment
    /// ending in a dot or a space. A trailing "/" (a directory entry) is allowed.
    static bool safeEntryName(const QString &name);

private:
    struct Position
    {
        quint64 inDirectory = 0;
        quint64 number = 0;
    };
    bool seek(const QString &name);
    Error damaged(const QString &detail) const;

    void *m_zip = nullptr; ///< minizip unzFile
    QString m_path;
    QHash<QString, Position> m_positions;
    Failure m_failure = Failure::None;
};

} // namespace xj
