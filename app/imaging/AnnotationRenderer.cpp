// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging/AnnotationRenderer.h"

#include "imaging/ImageRedaction.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace xj {

namespace {

constexpr qreal TextPadding = 4;
constexpr qreal ArrowHeadLength = 5 * AnnotationRenderer::StrokeWidth;
constexpr qreal ArrowHeadHalfWidth = 2 * AnnotationRenderer::StrokeWidth;

} // namespace

QImage AnnotationRenderer::render(const QImage &original, const QList<Annotation> &annotations)
{
    if (original.isNull())
        return {};
    // convertToFormat() shares the data when the format already fits; the first write below
    // detaches, so the caller's image keeps every byte.
    QImage out = original.convertToFormat(original.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                     : QImage::Format_RGB32);
    out.setDevicePixelRatio(original.devicePixelRatio());
    const qreal dpr = out.devicePixelRatio();
    for (const Annotation &a : annotations) {
        if (a.kind == Annotation::Kind::Pixelate)
            ImageRedaction::pixelate(out, deviceRect(a.rect, dpr), ImageRedaction::blockSizeFor(dpr));
    }

    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const Annotation &a : annotations) {
        if (a.kind == Annotation::Kind::Cover)
            paint(painter, a);
    }
    for (const Annotation &a : annotations) {
        if (!a.isRedaction())
            paint(painter, a);
    }
    painter.end();
    return out;
}

void AnnotationRenderer::paint(QPainter &painter, const Annotation &annotation)
{
    painter.save();
    const QRectF rect = annotation.rect.normalized();
    switch (annotation.kind) {
    case Annotation::Kind::Rectangle:
        painter.setPen(QPen(annotation.color, StrokeWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
        break;
    case Annotation::Kind::Arrow:
        paintArrow(painter, annotation);
        break;
    case Annotation::Kind::Text:
        paintText(painter, annotation);
        break;
    case Annotation::Kind::Highlight:
        // Multiplying tints the background like a marker pen and leaves dark text dark.
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        painter.fillRect(rect, annotation.color);
        break;
    case Annotation::Kind::Cover: {
        // A see-through cover would not hide anything, whatever colour was asked for.
        QColor solid = annotation.color.isValid() ? annotation.color : QColor(Qt::black);
        solid.setAlpha(255);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillRect(deviceRect(rect, 1), solid);
        break;
    }
    case Annotation::Kind::Pixelate:
        break;
    }
    painter.restore();
}

void AnnotationRenderer::paintArrow(QPainter &painter, const Annotation &annotation)
{
    const QLineF line = annotation.line;
    if (line.length() < 1)
        return;
    // The shaft stops where the head begins, so its rounded end does not blunt the tip.
    const QPointF unit = (line.p2() - line.p1()) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const qreal headLength = std::min(ArrowHeadLength, line.length());
    const QPointF base = line.p2() - unit * headLength;
    painter.setPen(QPen(annotation.color, StrokeWidth, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(line.p1(), base + unit * (StrokeWidth / 2));
    QPainterPath head;
    head.moveTo(line.p2());
    head.lineTo(base + normal * ArrowHeadHalfWidth);
    head.lineTo(base - normal * ArrowHeadHalfWidth);
    head.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.fillPath(head, annotation.color);
}

void AnnotationRenderer::paintText(QPainter &painter, const Annotation &annotation)
{
    if (annotation.text.isEmpty())
        return;
    // A light box under the letters keeps the label readable on any page background.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRoundedRect(textBox(annotation), 3, 3);
    painter.setFont(textFont());
    painter.setPen(annotation.color);
    painter.drawText(textOrigin(annotation), annotation.text);
}

QFont AnnotationRenderer::textFont()
{
    QFont font;
    font.setPixelSize(TextPixelSize);
    font.setBold(true);
    return font;
}

QRectF AnnotationRenderer::textBox(const Annotation &annotation)
{
    const QFontMetricsF metrics(textFont());
    return QRectF(annotation.rect.topLeft(),
                  QSizeF(metrics.horizontalAdvance(annotation.text) + 2 * TextPadding,
                         metrics.height() + 2 * TextPadding));
}

QPointF AnnotationRenderer::textOrigin(const Annotation &annotation)
{
    const QFontMetricsF metrics(textFont());
    return annotation.rect.topLeft() + QPointF(TextPadding, TextPadding + metrics.ascent());
}

QRect AnnotationRenderer::deviceRect(const QRectF &logical, qreal devicePixelRatio)
{
    const QRectF r = logical.normalized();
    return QRectF(r.topLeft() * devicePixelRatio, r.size() * devicePixelRatio).toAlignedRect();
}

} // namespace xj
