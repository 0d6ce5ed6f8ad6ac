// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/PictureFile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace xj {

namespace {

struct PictureFormat
{
    const char *readerFormat;
    const char *suffix;
    const char *mediaType;
};

constexpr PictureFormat Formats[] = {{"png", "png", "image/png"},  {"jpeg", "jpg", "image/jpeg"},
                                     {"jpg", "jpg", "image/jpeg"}, {"webp", "webp", "image/webp"},
                                     {"bmp", "bmp", "image/bmp"},  {"gif", "gif", "image/gif"}};

} // namespace

Result<PictureFile> PictureFile::load(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open \"%1\": %2. Check that the file exists and that you may read it.")
                         .arg(info.fileName(), file.errorString()),
                     {}};
    if (file.size() > MaxBytes)
        return Error{tr("\"%1\" is larger than %2 MB; attach a smaller screenshot.")
                         .arg(info.fileName())
                         .arg(MaxBytes / (1024 * 1024)),
                     {}};
    PictureFile picture;
    picture.bytes = file.readAll();
    picture.fileName = info.fileName();
    picture.lastModified = info.lastModified().toUTC();

    QBuffer buffer(&picture.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    for (const PictureFormat &f : Formats) {
        if (format == f.readerFormat) {
            // Decoding once proves the file is a whole picture, not a truncated download.
            if (reader.read().isNull())
                break;
            picture.suffix = QString::fromLatin1(f.suffix);
            picture.mediaType = QString::fromLatin1(f.mediaType);
            picture.size = size;
            return picture;
        }
    }
    return Error{tr("\"%1\" is not a picture that can be attached (PNG, JPEG, WebP, BMP or GIF), or it is "
                    "damaged. Take the screenshot again and attach the saved picture.")
                     .arg(info.fileName()),
                 reader.errorString()};
}

Evidence PictureFile::evidence() const
{
    Evidence meta;
    meta.kind = EvidenceKind::Photo;
    meta.captureMode = CaptureMode::Upload;
    meta.fileSuffix = suffix;
    meta.mediaType = mediaType;
    meta.width = size.width();
    meta.height = size.height();
    meta.caption = fileName;
    meta.capturedAt = lastModified;
    return meta;
}

} // namespace xj
