// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <minizip/zip.h>

namespace xj {

ZipWriter::~ZipWriter()
{
    if (m_zip) {
        zipClose(static_cast<zipFile>(m_zip), nullptr);
        QFile::remove(m_path);
    }
}

Status ZipWriter::open(const QString &path)
{
    m_path = path;
    m_zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!m_zip)
        return Error{
            tr("The file %1 cannot be created. Check that the folder exists and you may write to it.")
                .arg(QDir::toNativeSeparators(path)),
            {}};
    return {};
}

Status ZipWriter::add(const QString &name, const QByteArray &data, Compression compression,
                      const QDateTime &modified)
{
    Q_ASSERT(m_zip);
    zip_fileinfo info{};
    const QDateTime when = (modified.isValid() ? modified : QDateTime::currentDateTime()).toLocalTime();
    info.tmz_date.tm_year = when.date().year();
    info.tmz_date.tm_mon = when.date().month() - 1;
    info.tmz_date.tm_mday = when.date().day();
    info.tmz_date.tm_hour = when.time().hour();
    info.tmz_date.tm_min = when.time().minute();
    info.tmz_date.tm_sec = when.time().second();
    const QByteArray entry = name.toUtf8();
    const int method = compression == Compression::Store ? 0 : Z_DEFLATED;
    // Bit 11 of the general purpose flags marks the name as UTF-8, so Chinese file names survive
    // Windows' built-in unzip and WPS.
    constexpr uLong Utf8Names = 1 << 11;
    int rc =
        zipOpenNewFileInZip4_64(static_cast<zipFile>(m_zip), entry.constData(), &info, nullptr, 0, nullptr, 0,
                                nullptr, method, Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY, nullptr, 0, 0, Utf8Names, data.size() >= 0xffffffffLL);
    if (rc == ZIP_OK && !data.isEmpty())
        rc = zipWriteInFileInZip(static_cast<zipFile>(m_zip), data.constData(), unsigned(data.size()));
    if (rc == ZIP_OK)
        rc = zipCloseFileInZip(static_cast<zipFile>(m_zip));
    if (rc != ZIP_OK)
        return Error{tr("Writing %1 into %2 failed. Check the free disk space.")
                         .arg(name, QDir::toNativeSeparators(m_path)),
                     QStringLiteral("minizip error %1").arg(rc)};
    return {};
}

Status ZipWriter::addFile(const QString &name, const QString &sourcePath, Compression compression)
{
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(sourcePath)),
                     file.errorString()};
    return add(name, file.readAll(), compression, QFileInfo(file).lastModified());
}

Status ZipWriter::close()
{
    if (!m_zip)
        return {};
    const int rc = zipClose(static_cast<zipFile>(m_zip), nullptr);
    m_zip = nullptr;
    if (rc != ZIP_OK) {
        QFile::remove(m_path);
        return Error{tr("The archive %1 could not be finished. Check the free disk space.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     QStringLiteral("minizip error %1").arg(rc)};
    }
    return {};
}

} // namespace xj
