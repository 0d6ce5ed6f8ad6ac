// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceRecorder.h"

#include "evidence/EvidenceStore.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>

namespace xj {

namespace {

// Qt's PNG writer maps its 0-100 "compression" to zlib levels 0-9 (times 9/91): 35 is zlib level 3.
// Measured with page-like 1280x800 and 1280x10000 pictures on the 2-core reference machine: levels
// 1 to 3 cost the same CPU time (libpng's row filtering dominates: about 30 ms and 260 ms), the
// default level 6 about 1.5 times as much for files 10-26% smaller, and level 3 makes files 6-13%
// smaller than level 1. An inspector waits for every capture; disk space is cheap.
constexpr int PngCompression = 35;

/// True when no pixel of an ARGB32 or ARGB32_Premultiplied image is transparent. One AND over each
/// row instead of a branch per pixel: a full-page capture has millions of them.
bool isOpaqueArgb32(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *pixel = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        const quint32 *end = pixel + image.width();
        quint32 all = 0xffffffffu;
        while (pixel != end)
            all &= *pixel++;
        if ((all >> 24) != 0xffu)
            return false;
    }
    return true;
}

/// Screenshots arrive as opaque ARGB32 (premultiplied or not), and an opaque pixel has the same
/// bits in RGB32. Seen as RGB32 - without copying the pixels - Qt's PNG writer emits 3-byte RGB
/// straight from the rows instead of converting each row to 4-byte RGBA: faster and smaller.
QImage opaqueView(const QImage &image)
{
    const bool argb32 =
        image.format() == QImage::Format_ARGB32 || image.format() == QImage::Format_ARGB32_Premultiplied;
    if (!argb32 || !isOpaqueArgb32(image))
        return image;
    return QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(),
                  QImage::Format_RGB32);
}

struct SuffixType
{
    const char *suffix;
    const char *mediaType;
};

constexpr SuffixType KnownTypes[] = {
    {"png", "image/png"},           {"jpg", "image/jpeg"},        {"jpeg", "image/jpeg"},
    {"mhtml", "multipart/related"}, {"mht", "multipart/related"},
};

} // namespace

EvidenceRecorder::EvidenceRecorder(const Database &database, const QString &dataDirectory)
    : m_db(database)
    , m_dataDirectory(dataDirectory)
{}

QString EvidenceRecorder::mediaTypeForSuffix(const QString &suffix)
{
    for (const SuffixType &t : KnownTypes) {
        if (suffix.compare(QLatin1String(t.suffix), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(t.mediaType);
    }
    return QStringLiteral("application/octet-stream");
}

Result<QByteArray> EvidenceRecorder::encodePng(const QImage &image)
{
    if (image.isNull())
        return Error{tr("The screenshot is empty, so there is nothing to save. Capture it again."), {}};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setCompression(PngCompression);
    if (!writer.write(opaqueView(image)))
        return Error{tr("Cannot encode the screenshot as PNG. Try capturing a smaller area."),
                     writer.errorString()};
    return bytes;
}

Result<Evidence> EvidenceRecorder::addImage(const QImage &image, Evidence meta) const
{
    auto png = encodePng(image);
    if (!png)
        return png.error();
    describeImage(image, meta);
    return record(png.value(), meta);
}

Result<QList<Evidence>> EvidenceRecorder::addScreenshot(const QImage &original, const QImage &annotated,
                                                        const Evidence &meta) const
{
    Evidence originalMeta = meta;
    originalMeta.kind = EvidenceKind::Screenshot;
    auto originalPng = encodePng(original);
    if (!originalPng)
        return originalPng.error();
    describeImage(original, originalMeta);
    if (annotated.isNull()) {
        auto row = record(originalPng.value(), originalMeta);
        if (!row)
            return row.error();
        return QList<Evidence>{row.value()};
    }

    Evidence annotatedMeta = meta;
    annotatedMeta.kind = EvidenceKind::Annotated;
    auto annotatedPng = encodePng(annotated);
    if (!annotatedPng)
        return annotatedPng.error();
    describeImage(annotated, annotatedMeta);

    const EvidenceStore store(m_dataDirectory);
    auto originalFile = store.put(originalPng.value(), originalMeta.fileSuffix);
    if (!originalFile)
        return originalFile.error();
    auto annotatedFile = store.put(annotatedPng.value(), annotatedMeta.fileSuffix);
    if (!annotatedFile) {
        store.discardNew(originalFile.value());
        return annotatedFile.error();
    }
    auto rows = withTransaction(m_db, [&]() -> Result<QList<Evidence>> {
        auto first = insert(originalFile.value(), originalMeta);
        if (!first)
            return first.error();
        annotatedMeta.originalId = first.value().id;
        auto second = insert(annotatedFile.value(), annotatedMeta);
        if (!second)
            return second.error();
        return QList<Evidence>{first.value(), second.value()};
    });
    if (!rows) {
        store.discardNew(annotatedFile.value());
        store.discardNew(originalFile.value());
    }
    return rows;
}

Result<Evidence> EvidenceRecorder::addBytes(const QByteArray &bytes, Evidence meta) const
{
    meta.fileSuffix = meta.fileSuffix.trimmed().toLower();
    if (meta.mediaType.isEmpty())
        meta.mediaType = mediaTypeForSuffix(meta.fileSuffix);
    if (meta.mediaType.startsWith(QLatin1String("image/"))) {
        // Only the header is read: the size of a phone photo without decoding it.
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid()) {
            meta.width = size.width();
            meta.height = size.height();
        }
    }
    return record(bytes, meta);
}

void EvidenceRecorder::describeImage(const QImage &image, Evidence &meta)
{
    meta.fileSuffix = QStringLiteral("png");
    meta.mediaType = QStringLiteral("image/png");
    meta.width = image.width();
    meta.height = image.height();
    meta.devicePixelRatio = image.devicePixelRatio();
}

Result<Evidence> EvidenceRecorder::record(const QByteArray &bytes, const Evidence &meta) const
{
    const EvidenceStore store(m_dataDirectory);
    auto file = store.put(bytes, meta.fileSuffix);
    if (!file)
        return file.error();
    auto row = insert(file.value(), meta);
    if (!row)
        store.discardNew(file.value());
    return row;
}

Result<Evidence> EvidenceRecorder::insert(const StoredFile &file, Evidence meta) const
{
    meta.sha256 = file.sha256;
    meta.size = file.size;
    meta.fileSuffix = file.suffix;
    if (!meta.capturedAt.isValid())
        meta.capturedAt = QDateTime::currentDateTimeUtc();
    const EvidenceRepository repository(m_db);
    auto id = repository.add(meta);
    if (!id)
        return id.error();
    // Read back, so the caller holds exactly what the database keeps (creation time included).
    return repository.get(id.value());
}

} // namespace xj
