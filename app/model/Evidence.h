// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>

namespace xj {

enum class EvidenceKind { Screenshot, Annotated, Archive, Photo };
enum class CaptureMode { None, Visible, FullPage, Region, Element, Upload };

inline constexpr EnumTable<EvidenceKind, 4> EvidenceKinds{
    "xj::Evidence",
    {{{EvidenceKind::Screenshot, "screenshot", QT_TRANSLATE_NOOP("xj::Evidence", "Screenshot")},
      {EvidenceKind::Annotated, "annotated", QT_TRANSLATE_NOOP("xj::Evidence", "Annotated screenshot")},
      {EvidenceKind::Archive, "archive", QT_TRANSLATE_NOOP("xj::Evidence", "Archived page")},
      {EvidenceKind::Photo, "photo", QT_TRANSLATE_NOOP("xj::Evidence", "Attached picture")}}}};

inline constexpr EnumTable<CaptureMode, 6> CaptureModes{
    "xj::Evidence",
    {{{CaptureMode::None, "", QT_TRANSLATE_NOOP("xj::Evidence", "None")},
      {CaptureMode::Visible, "visible", QT_TRANSLATE_NOOP("xj::Evidence", "Visible area")},
      {CaptureMode::FullPage, "full_page", QT_TRANSLATE_NOOP("xj::Evidence", "Full page")},
      {CaptureMode::Region, "region", QT_TRANSLATE_NOOP("xj::Evidence", "Region")},
      {CaptureMode::Element, "element", QT_TRANSLATE_NOOP("xj::Evidence", "Element")},
      {CaptureMode::Upload, "upload", QT_TRANSLATE_NOOP("xj::Evidence", "Attached file")}}}};

/// One evidence file behind a finding or a new-media account record. The bytes live in the
/// evidence store under their SHA-256; this row is what proves them unaltered later.
struct Evidence
{
    qint64 id = 0;
    qint64 findingId = 0;       ///< 0 when the evidence belongs to an account record
    qint64 accountRecordId = 0; ///< 0 when the evidence belongs to a finding
    EvidenceKind kind = EvidenceKind::Screenshot;
    CaptureMode captureMode = CaptureMode::None;
    qint64 originalId = 0; ///< for an annotated copy: the untouched screenshot it was drawn on
    QString sha256;        ///< lower-case hex
    qint64 size = 0;
    QString mediaType;  ///< image/png, multipart/related (MHTML), image/jpeg …
    QString fileSuffix; ///< png, mhtml, jpg … without the dot
    int width = 0;      ///< device pixels, for images
    int height = 0;
    double devicePixelRatio = 1;
    bool capped = false; ///< a full-page capture cut at the height limit
    QString pageUrl;     ///< the address the inspector was looking at
    QString finalUrl;    ///< after redirects
    int httpStatus = 0;  ///< 0 when unknown
    QDateTime capturedAt;
    QString caption;
    int sortOrder = 0;
    QDateTime createdAt;
    /// Taken at re-check (the "after" picture), not when the problem was found.
    bool atRecheck = false;

    bool isImage() const { return kind != EvidenceKind::Archive; }
};

} // namespace xj
