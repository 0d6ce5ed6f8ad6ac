// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspection/ProblemMarker.h"

#include "evidence/EvidenceRecorder.h"
#include "storage/FindingRepository.h"
#include "storage/Transaction.h"

namespace xj {

ProblemMarker::ProblemMarker(const Database &database, const QString &dataDirectory)
    : m_db(database)
    , m_dataDirectory(dataDirectory)
{}

Result<qint64> ProblemMarker::create(const Finding &finding, const QList<ScreenshotInput> &screenshots,
                                     const std::optional<ArchiveInput> &archive) const
{
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto id = FindingRepository(m_db).create(finding);
        if (!id)
            return id.error();
        for (const ScreenshotInput &shot : screenshots)
            if (Status s = addScreenshot(id.value(), shot); !s)
                return s.error();
        if (archive)
            if (Status s = addArchive(id.value(), *archive); !s)
                return s.error();
        return id.value();
    });
}

Status ProblemMarker::addScreenshot(qint64 findingId, const ScreenshotInput &screenshot) const
{
    if (screenshot.original.isNull())
        return Error{tr("The screenshot is empty; capture the page again."), {}};
    Evidence meta;
    meta.findingId = findingId;
    meta.kind = EvidenceKind::Screenshot;
    meta.captureMode = screenshot.mode;
    meta.capped = screenshot.capped;
    meta.pageUrl = screenshot.pageUrl;
    meta.finalUrl = screenshot.pageUrl;
    meta.capturedAt =
        screenshot.capturedAt.isValid() ? screenshot.capturedAt : QDateTime::currentDateTimeUtc();
    auto rows = EvidenceRecorder(m_db, m_dataDirectory)
                    .addScreenshot(screenshot.original, screenshot.annotated, meta);
    if (!rows)
        return rows.error();
    return Status::success();
}

Status ProblemMarker::addArchive(qint64 findingId, const ArchiveInput &archive) const
{
    if (archive.mhtml.isEmpty())
        return Error{tr("The archived page is empty; save the page again."), {}};
    Evidence meta;
    meta.findingId = findingId;
    meta.kind = EvidenceKind::Archive;
    meta.fileSuffix = QStringLiteral("mhtml");
    meta.mediaType = QStringLiteral("multipart/related");
    meta.pageUrl = archive.pageUrl;
    meta.finalUrl = archive.finalUrl.isEmpty() ? archive.pageUrl : archive.finalUrl;
    meta.httpStatus = archive.httpStatus;
    meta.capturedAt = archive.capturedAt.isValid() ? archive.capturedAt : QDateTime::currentDateTimeUtc();
    auto row = EvidenceRecorder(m_db, m_dataDirectory).addBytes(archive.mhtml, meta);
    if (!row)
        return row.error();
    return Status::success();
}

} // namespace xj
