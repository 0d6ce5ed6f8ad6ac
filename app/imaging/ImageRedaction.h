// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRect>

namespace xj {

/// Pixel operations that remove information from a screenshot for good, so that personal data
/// (ID card and phone numbers, names) never leaves the inspector's machine in a saved finding.
/// They work on device pixels and change the image in place; nothing is painted over that a
/// viewer could peel off.
namespace ImageRedaction {

/// Blocks smaller than this leave digits of ordinary web text guessable from the block averages.
inline constexpr int MinimumBlockSize = 8;

/// Block edge for pixelating a screenshot: 12 logical pixels, so that a line of body text turns
/// into one or two rows of blocks whatever the screen's devicePixelRatio, never below
/// MinimumBlockSize device pixels.
int blockSizeFor(qreal devicePixelRatio);

/// Splits `deviceRect` (device pixels, clipped to the image) evenly into blocks at least
/// blockSize wide and high (fewer than blockSize only where the area itself is smaller) and
/// replaces each block by the average of its pixels. A blockSize below MinimumBlockSize is
/// raised to it. Images that are not 32-bit RGB are converted first to
/// Format_RGB32, or to Format_ARGB32_Premultiplied when they have an alpha channel.
void pixelate(QImage &image, const QRect &deviceRect, int blockSize);

} // namespace ImageRedaction
} // namespace xj
