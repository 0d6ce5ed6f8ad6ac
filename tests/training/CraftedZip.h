// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <minizip/zip.h>

/// One entry as a hostile or broken archive may hold it; ZipWriter refuses to write such things.
struct CraftedEntry
{
    QByteArray name; ///< raw bytes, so "../x", "/etc/x" and "C:\\x" can be written
    QByteArray data;
    quint32 unixMode = 0;     ///< the high half of the external attributes: 0120777 makes a symlink
    qint64 declaredSize = -1; ///< >= 0: the uncompressed size the headers claim instead of the real one
};

inline quint32 craftedCrc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// Writes the entries with minizip directly; false when minizip fails.
inline bool writeCraftedZip(const QString &path, const QList<CraftedEntry> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const CraftedEntry &e : entries) {
        zip_fileinfo info{};
        info.external_fa = uLong(e.unixMode) << 16;
        if (e.declaredSize < 0) {
            ok = ok &&
                 zipOpenNewFileInZip(zip, e.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                     Z_DEFLATED, Z_DEFAULT_COMPRESSION) == ZIP_OK &&
                 (e.data.isEmpty() ||
                  zipWriteInFileInZip(zip, e.data.constData(), unsigned(e.data.size())) == ZIP_OK) &&
                 zipCloseFileInZip(zip) == ZIP_OK;
            continue;
        }
        // A raw entry: the deflate stream is written as is and the sizes in the headers are ours.
        // qCompress gives a 4-byte length, a 2-byte zlib header, the raw stream and a 4-byte Adler-32.
        const QByteArray zlib = qCompress(e.data, 9);
        const QByteArray raw = zlib.mid(6, zlib.size() - 10);
        ok = ok &&
             zipOpenNewFileInZip2(zip, e.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  9, 1) == ZIP_OK &&
             zipWriteInFileInZip(zip, raw.constData(), unsigned(raw.size())) == ZIP_OK &&
             zipCloseFileInZipRaw(zip, uLong(e.declaredSize), craftedCrc32(e.data)) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}
