// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imaging/Annotation.h"

#include <QFont>
#include <QImage>
#include <QList>

class QPainter;

namespace xj {

/// Paints annotations onto a screenshot. The editor uses it for its preview and its result,
/// and any later code (reports, training material) can re-render stored annotations the same
/// way without a window. Needs a QGuiApplication for text labels (fonts), like all text painting.
class AnnotationRenderer final
{
public:
    /// Line width of outlines and arrows, in logical pixels.
    static constexpr qreal StrokeWidth = 3;
    /// Height of text label glyphs, in logical pixels.
    static constexpr int TextPixelSize = 18;

    /// A copy of `original` with every annotation on it: redactions first (pixelate, then solid
    /// covers), then the drawn shapes in list order. The copy has the original's size in device
    /// pixels and its devicePixelRatio, in a 32-bit format; the original is left untouched.
    static QImage render(const QImage &original, const QList<Annotation> &annotations);

    /// Paints one annotation with `painter`, whose coordinates are the image's logical pixels.
    /// A Pixelate annotation needs the pixels underneath and is not painted here; render() does it.
    static void paint(QPainter &painter, const Annotation &annotation);

    /// The font of text labels.
    static QFont textFont();
    /// The box a text label covers, its background included, in logical pixels.
    static QRectF textBox(const Annotation &annotation);
    /// Where a text label's baseline starts inside textBox().
    static QPointF textOrigin(const Annotation &annotation);
    /// The device pixels a logical rectangle covers, rounded outwards so that a redaction never
    /// leaves a half-covered pixel at its edge.
    static QRect deviceRect(const QRectF &logical, qreal devicePixelRatio);

private:
    static void paintArrow(QPainter &painter, const Annotation &annotation);
    static void paintText(QPainter &painter, const Annotation &annotation);
};

} // namespace xj
