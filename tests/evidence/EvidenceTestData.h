// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FindingPlace.h"

#include <QImage>
#include <QString>

/// A picture that compresses like a screenshot of a government page: white background, a coloured
/// banner, lines of glyph-like marks and a photo-like block. The same `seed` gives the same pixels.
QImage pageLikeImage(int width, int height, int seed = 1);
