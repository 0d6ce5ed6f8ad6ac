// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFixture.h"

#include "FindingPlace.h"
#include "evidence/EvidenceRecorder.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"

#include <QPainter>
#include <QTest>

using namespace xj;

namespace {

template<typename T>
bool succeeded(const Result<T> &result, const char *what)
{
    if (!result)
        qWarning() << what << result.error().fullText();
    return result.ok();
}

} // namespace

QImage EvidenceFixture::originalImage()
{
    QImage image(ImageSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(Block, originalColour());
    return image;
}

QImage EvidenceFixture::annotatedImage()
{
    QImage image = originalImage();
    QPainter painter(&image);
    painter.fillRect(Block, annotationColour());
    return image;
}

QByteArray EvidenceFixture::mhtml(const QString &text)
{
    const QByteArray html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>archived</title></head>"
        "<body><h1>" +
        text.toUtf8() + "</h1></body></html>";
    QByteArray body;
    const QByteArray encoded = html.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        body += encoded.mid(i, 76) + "\r\n";
    return "From: <Saved by Blink>\r\n"
           "Snapshot-Content-Location: http://127.0.0.1:9/archived.html\r\n"
           "Subject: archived\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/related;\r\n"
           "\ttype=\"text/html\";\r\n"
           "\tboundary=\"----MultipartBoundary--xj--\"\r\n"
           "\r\n"
           "------MultipartBoundary--xj--\r\n"
           "Content-Type: text/html\r\n"
           "Content-ID: <frame-main@mhtml.blink>\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Location: http://127.0.0.1:9/archived.html\r\n"
           "\r\n" +
           body +
           "\r\n"
           "------MultipartBoundary--xj----\r\n";
}

bool EvidenceFixture::createFinding(const Database &db)
{
    const FindingPlace place = addFindingPlace(db);
    if (place.siteId == 0 || place.roundId == 0) {
        QTest::qFail("the site and round to hang the finding on could not be created", __FILE__, __LINE__);
        return false;
    }
    siteId = place.siteId;
    roundId = place.roundId;

    Finding finding;
    finding.siteId = siteId;
    finding.roundId = roundId;
    finding.url = QStringLiteral("http://127.0.0.1:9/zwdt/1.html");
    finding.description = QStringLiteral("领导姓名写错");
    auto findingCreated = FindingRepository(db).create(finding);
    if (!succeeded(findingCreated, "finding"))
        return false;
    findingId = findingCreated.value();
    return true;
}

bool EvidenceFixture::recordEvidence(const Database &db, const QString &dataDirectory)
{
    const EvidenceRecorder recorder(db, dataDirectory);
    Evidence meta;
    meta.findingId = findingId;
    meta.captureMode = CaptureMode::Visible;
    meta.pageUrl = QStringLiteral("http://127.0.0.1:9/zwdt/1.html");
    meta.finalUrl = QStringLiteral("http://127.0.0.1:9/zwdt/1.html?from=redirect");
    meta.httpStatus = 200;
    meta.capturedAt = QDateTime::currentDateTimeUtc();
    auto pair = recorder.addScreenshot(originalImage(), annotatedImage(), meta);
    if (!succeeded(pair, "screenshot") || pair.value().size() != 2)
        return false;
    original = pair.value().at(0);
    annotated = pair.value().at(1);

    Evidence archiveMeta = meta;
    archiveMeta.kind = EvidenceKind::Archive;
    archiveMeta.captureMode = CaptureMode::None;
    archiveMeta.fileSuffix = QStringLiteral("mhtml");
    archiveMeta.mediaType = QStringLiteral("multipart/related");
    archiveMeta.sortOrder = 1;
    auto archived = recorder.addBytes(mhtml(archivedText()), archiveMeta);
    if (!succeeded(archived, "archive"))
        return false;
    archive = archived.value();
    return true;
}

QRect colourBox(const QImage &image, const QColor &colour)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = colour.rgb();
    QRect box;
    for (int y = 0; y < pixels.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x) {
            if ((line[x] & 0xffffff) == (wanted & 0xffffff))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}
