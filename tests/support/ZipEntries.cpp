// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipEntries.h"

#include <QFile>

#include <minizip/unzip.h>

QMap<QString, QByteArray> readZipEntries(const QString &path)
{
    QMap<QString, QByteArray> entries;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return entries;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        char name[1024] = {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK)
            break;
        QByteArray data(qsizetype(info.uncompressed_size), Qt::Uninitialized);
        if (unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        const int read = data.isEmpty() ? 0 : unzReadCurrentFile(zip, data.data(), unsigned(data.size()));
        unzCloseCurrentFile(zip);
        entries.insert(QString::fromUtf8(name), data.left(std::max(read, 0)));
    }
    unzClose(zip);
    return entries;
}
