// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/ToolIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace xj::ToolIcons {

namespace {

const QColor Ink(64, 64, 64);

// Paints on a 24 × 24 design grid at every size a tool bar asks for, on normal and high-DPI
// screens, so that no size is a blurred scaling of another.
QIcon painted(const std::function<void(QPainter &)> &paintOnGrid)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 40, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 24.0, size / 24.0);
        paintOnGrid(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QPen inkPen(qreal width = 2)
{
    return QPen(Ink, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void curvedArrow(QPainter &painter)
{
    QPainterPath shaft;
    shaft.moveTo(19, 18);
    shaft.cubicTo(19, 11, 15, 9, 9, 9);
    painter.setPen(inkPen(2.2));
    painter.drawPath(shaft);
    QPainterPath head;
    head.moveTo(4, 9);
    head.lineTo(10, 4.5);
    head.lineTo(10, 13.5);
    head.closeSubpath();
    painter.fillPath(head, Ink);
}

} // namespace

QIcon forKind(Annotation::Kind kind)
{
    return painted([kind](QPainter &painter) {
        switch (kind) {
        case Annotation::Kind::Rectangle:
            painter.setPen(inkPen());
            painter.drawRect(QRectF(4, 6, 16, 12));
            break;
        case Annotation::Kind::Arrow: {
            painter.setPen(inkPen());
            painter.drawLine(QPointF(5, 19), QPointF(15, 9));
            QPainterPath head;
            head.moveTo(20, 4);
            head.lineTo(18.5, 13);
            head.lineTo(11, 5.5);
            head.closeSubpath();
            painter.fillPath(head, Ink);
            break;
        }
        case Annotation::Kind::Text:
            painter.setPen(inkPen(3));
            painter.drawLine(QPointF(5, 5), QPointF(19, 5));
            painter.drawLine(QPointF(12, 5), QPointF(12, 20));
            break;
        case Annotation::Kind::Highlight:
            painter.fillRect(QRectF(2, 7, 20, 10), QColor(255, 220, 0));
            painter.setPen(inkPen(1.5));
            painter.drawLine(QPointF(5, 12), QPointF(19, 12));
            break;
        case Annotation::Kind::Pixelate:
            for (int row = 0; row < 4; ++row) {
                for (int column = 0; column < 4; ++column) {
                    const int shade = ((row * 5 + column * 3) % 4) * 45 + 60;
                    painter.fillRect(QRectF(3 + column * 4.5, 3 + row * 4.5, 4.5, 4.5),
                                     QColor(shade, shade, shade));
                }
            }
            break;
        case Annotation::Kind::Cover:
            painter.setPen(inkPen(1.5));
            painter.drawLine(QPointF(3, 5), QPointF(21, 5));
            painter.drawLine(QPointF(3, 19), QPointF(21, 19));
            painter.fillRect(QRectF(3, 9, 18, 6), Qt::black);
            break;
        }
    });
}

QIcon colorSwatch(const QColor &color)
{
    return painted([color](QPainter &painter) {
        painter.setPen(QPen(Ink, 1));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(3.5, 3.5, 17, 17), 3, 3);
    });
}

QIcon undo()
{
    return painted(curvedArrow);
}

QIcon redo()
{
    return painted([](QPainter &painter) {
        painter.translate(24, 0);
        painter.scale(-1, 1);
        curvedArrow(painter);
    });
}

} // namespace xj::ToolIcons
