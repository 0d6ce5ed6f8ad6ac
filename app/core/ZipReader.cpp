// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <minizip/unzip.h>

namespace xj {

namespace {

constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixSymlink = 0120000;
constexpr quint32 UnixDirectory = 0040000;
constexpr quint32 DosDirectory = 0x10;
constexpr uLong EncryptedFlag = 1;

/// Names Windows opens as devices whatever the extension: "con.html" is the console.
bool isWindowsDeviceName(QStringView segment)
{
    static const QStringList devices{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                     QStringLiteral("nul")};
    const QStringView base = segment.left(segment.indexOf(u'.')).trimmed();
    if (devices.contains(base.toString(), Qt::CaseInsensitive))
        return true;
    const bool numbered =
        base.size() == 4 && base.at(3).isDigit() &&
        (base.startsWith(u"com", Qt::CaseInsensitive) || base.startsWith(u"lpt", Qt::CaseInsensitive));
    return numbered;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

/// The current entry's header and its full name. minizip's own lookup truncates names at 255
/// bytes, which a deep path of Chinese folder names exceeds, so names are always read here.
bool currentInfo(unzFile zip, unz_file_info64 &info, QString &name)
{
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    QByteArray raw(qsizetype(info.size_filename) + 1, '\0');
    if (unzGetCurrentFileInfo64(zip, &info, raw.data(), uLong(raw.size()), nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    raw.truncate(qsizetype(info.size_filename)); // keeps an embedded NUL, which safeEntryName refuses
    // Our writer sets the UTF-8 flag; Info-ZIP on Linux and macOS write UTF-8 without it, and the
    // rest (old Windows tools writing GBK) would be unreadable either way.
    name = QString::fromUtf8(raw);
    return true;
}

} // namespace

ZipReader::~ZipReader()
{
    close();
}

void ZipReader::close()
{
    if (m_zip)
        unzClose(m_zip);
    m_zip = nullptr;
    m_positions.clear();
}

Error ZipReader::damaged(const QString &detail) const
{
    return Error{tr("The archive %1 is damaged and cannot be unpacked. Ask whoever sent it for a new copy.")
                     .arg(QFileInfo(m_path).fileName()),
                 detail};
}

Status ZipReader::open(const QString &path)
{
    close();
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be opened. Check that it still exists and that you may read it.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    file.close();
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        return Error{tr("%1 is not a zip archive, or it is damaged.").arg(QFileInfo(path).fileName()),
                     QStringLiteral("minizip cannot open %1").arg(path)};
    return {};
}

Result<QList<ZipReader::Entry>> ZipReader::entries(qsizetype maxEntries)
{
    Q_ASSERT(m_zip);
    const Error tooMany{tr("The archive %1 holds more than %2 entries. It is damaged or was made to "
                           "exhaust the computer, so it was not unpacked.")
                            .arg(QFileInfo(m_path).fileName())
                            .arg(maxEntries),
                        {}};
    m_failure = Failure::None;
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK) {
        m_failure = Failure::Damaged;
        return damaged(QStringLiteral("unreadable central directory"));
    }
    if (global.number_entry > quint64(maxEntries)) {
        m_failure = Failure::TooMany;
        return tooMany;
    }

    QList<Entry> out;
    m_positions.clear();
    int rc = unzGoToFirstFile(m_zip);
    while (rc == UNZ_OK) {
        if (out.size() >= maxEntries) {
            m_failure = Failure::TooMany;
            return tooMany;
        }
        unz_file_info64 info{};
        Entry e;
        unz64_file_pos pos{};
        if (!currentInfo(m_zip, info, e.name) || unzGetFilePos64(m_zip, &pos) != UNZ_OK) {
            m_failure = Failure::Damaged;
            return damaged(QStringLiteral("unreadable entry %1").arg(out.size()));
        }
        e.uncompressedSize = info.uncompressed_size;
        e.compressedSize = info.compressed_size;
        // The Unix mode sits in the high half of the external attributes. It is read whatever the
        // "made by" host says: minizip's own writer records MS-DOS even when given Unix modes, and
        // a genuine DOS or NTFS entry leaves the high half zero.
        const quint32 unixMode = quint32(info.external_fa >> 16);
        e.isSymlink = (unixMode & UnixTypeMask) == UnixSymlink;
        e.isDirectory = e.name.endsWith(u'/') || (unixMode & UnixTypeMask) == UnixDirectory ||
                        (unixMode == 0 && (info.external_fa & DosDirectory));
        e.isEncrypted = info.flag & EncryptedFlag;
        if (!m_positions.contains(e.name)) // like minizip's lookup, the first of duplicates wins
            m_positions.insert(e.name, Position{pos.pos_in_zip_directory, pos.num_of_file});
        out.append(e);
        rc = unzGoToNextFile(m_zip);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE) {
        m_failure = Failure::Damaged;
        return damaged(QStringLiteral("central directory ends early (minizip error %1)").arg(rc));
    }
    return out;
}

bool ZipReader::seek(const QString &name)
{
    if (!m_positions.isEmpty()) {
        const auto it = m_positions.constFind(name);
        if (it == m_positions.cend())
            return false;
        const unz64_file_pos pos{it->inDirectory, it->number};
        return unzGoToFilePos64(m_zip, &pos) == UNZ_OK;
    }
    // Without the table from entries(): a scan that keeps one name at a time.
    for (int rc = unzGoToFirstFile(m_zip); rc == UNZ_OK; rc = unzGoToNextFile(m_zip)) {
        unz_file_info64 info{};
        QString current;
        if (!currentInfo(m_zip, info, current))
            return false;
        if (current == name)
            return true;
    }
    return false;
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes)
{
    Q_ASSERT(m_zip);
    m_failure = Failure::None;
    const auto fail = [this](Failure failure, Error error) -> Result<QByteArray> {
        m_failure = failure;
        return error;
    };
    if (!seek(name))
        return fail(
            Failure::NotFound,
            Error{tr("%1 is missing from the archive %2.").arg(name, QFileInfo(m_path).fileName()), {}});
    const Error tooLarge{tr("%1 inside the archive %2 unpacks to more than %3. The archive is damaged or "
                            "was made to exhaust memory, so it was not unpacked.")
                             .arg(name, QFileInfo(m_path).fileName(), sizeText(maxBytes)),
                         {}};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return fail(Failure::Damaged, damaged(QStringLiteral("%1: unreadable header").arg(name)));
    if (info.uncompressed_size > quint64(maxBytes))
        return fail(Failure::TooLarge, tooLarge);
    if (info.flag & EncryptedFlag)
        return fail(Failure::Damaged, damaged(QStringLiteral("%1: encrypted").arg(name)));

    if (const int rc = unzOpenCurrentFile(m_zip); rc != UNZ_OK)
        return fail(Failure::Damaged,
                    damaged(QStringLiteral("%1: cannot unpack (minizip error %2)").arg(name).arg(rc)));
    QByteArray data;
    data.reserve(qsizetype(info.uncompressed_size)); // bounded by maxBytes above
    // The declared size can lie, so the read itself stops at the limit too.
    constexpr int ChunkSize = 64 * 1024;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip, chunk.data(), ChunkSize)) > 0) {
        if (data.size() + n > maxBytes) {
            unzCloseCurrentFile(m_zip);
            return fail(Failure::TooLarge, tooLarge);
        }
        data.append(chunk.constData(), n);
    }
    // unzCloseCurrentFile reports a CRC mismatch of an entry read to its end.
    const int closed = unzCloseCurrentFile(m_zip);
    if (n < 0 || closed != UNZ_OK)
        return fail(Failure::Damaged,
                    damaged(QStringLiteral("%1: minizip error %2").arg(name).arg(n < 0 ? n : closed)));
    if (quint64(data.size()) != info.uncompressed_size)
        return fail(Failure::Damaged, damaged(QStringLiteral("%1: %2 bytes unpacked, %3 declared")
                                                  .arg(name)
                                                  .arg(data.size())
                                                  .arg(info.uncompressed_size)));
    return data;
}

bool ZipReader::safeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/'))
        return false;
    for (const QChar c : name) {
        // A backslash is a separator on Windows ("..\x", "\\server\x"); a colon makes a drive
        // ("C:x") or an NTFS alternate stream ("a.html:x").
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'\\' || c == u':')
            return false;
    }
    QStringView body(name);
    if (body.endsWith(u'/'))
        body.chop(1); // a directory entry
    for (const QStringView segment : body.split(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
        // Windows drops trailing dots and spaces from a name, so ". ." or "... " could end up as
        // ".."; such names never come from a real site.
        if (segment.endsWith(u'.') || segment.endsWith(u' ') || isWindowsDeviceName(segment))
            return false;
    }
    return true;
}

} // namespace xj
