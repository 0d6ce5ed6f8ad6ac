// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/PageCapture.h"

namespace xj {

ScreenshotInput PageCapture::toScreenshot(const QImage &annotated) const
{
    ScreenshotInput shot;
    shot.original = image;
    shot.annotated = annotated;
    shot.mode = mode;
    shot.capped = capped;
    shot.pageUrl = url.toString();
    shot.capturedAt = capturedAt.isValid() ? capturedAt : QDateTime::currentDateTimeUtc();
    return shot;
}

} // namespace xj
