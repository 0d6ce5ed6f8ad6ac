// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/docx/DocxImage.h"

#include "report/ReportLogging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace xj {

std::optional<DocxImage> DocxImage::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcReport) << "picture left out of the Word file:" << QDir::toNativeSeparators(path)
                            << file.errorString();
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    const bool native = format == "png" || format == "jpeg";
    // A JPEG turned by its EXIF orientation is re-encoded upright: Word and LibreOffice disagree
    // on whether to honour the tag.
    if (native && size.isValid() && !size.isEmpty() && size.width() <= MaxWidthPx &&
        reader.transformation() == QImageIOHandler::TransformationNone) {
        DocxImage image;
        image.m_data = bytes;
        image.m_extension = QString::fromLatin1(format);
        image.m_pixelSize = size;
        return image;
    }

    QImage decoded = reader.read();
    if (decoded.isNull()) {
        qCWarning(lcReport) << "picture left out of the Word file:" << QDir::toNativeSeparators(path)
                            << reader.errorString();
        return std::nullopt;
    }
    if (decoded.width() > MaxWidthPx)
        decoded = decoded.scaledToWidth(MaxWidthPx, Qt::SmoothTransformation);

    // Photographs stay JPEG; screenshots and drawings become PNG, which keeps text sharp.
    const bool jpeg = format == "jpeg";
    DocxImage image;
    QBuffer out(&image.m_data);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, jpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
    if (jpeg)
        writer.setQuality(85);
    if (!writer.write(jpeg ? decoded.convertToFormat(QImage::Format_RGB32) : decoded)) {
        qCWarning(lcReport) << "picture left out of the Word file:" << QDir::toNativeSeparators(path)
                            << writer.errorString();
        return std::nullopt;
    }
    image.m_extension = jpeg ? QStringLiteral("jpeg") : QStringLiteral("png");
    image.m_pixelSize = decoded.size();
    return image;
}

} // namespace xj
