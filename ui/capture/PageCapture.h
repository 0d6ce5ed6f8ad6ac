// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/ProblemMarker.h"
#include "model/Evidence.h"

#include <QDateTime>
#include <QImage>
#include <QMetaType>
#include <QRectF>
#include <QUrl>

namespace xj {

/// One screenshot taken from the embedded browser, with what is needed to record it as evidence:
/// where and when it was taken and, for an element capture, how to find the element again.
struct PageCapture
{
    CaptureMode mode = CaptureMode::None;
    QImage image; ///< device pixels; image.devicePixelRatio() == devicePixelRatio
    qreal devicePixelRatio = 1;
    bool capped = false; ///< a full page cut at the height limit
    QUrl url;
    QString title;
    QDateTime capturedAt; ///< UTC
    QString selector;     ///< element captures: a CSS selector matching exactly that element
    QString elementText;  ///< element captures: its visible text, trimmed, at most 500 characters
    QRectF elementBox;    ///< element captures: its box in CSS pixels of the document

    /// The capture as a screenshot to store with a finding (with its annotated copy, if any); a
    /// capture without a time is dated now.
    ScreenshotInput toScreenshot(const QImage &annotated = {}) const;
};

} // namespace xj

Q_DECLARE_METATYPE(xj::PageCapture)
