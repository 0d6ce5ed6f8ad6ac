// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/RegionSelectionOverlay.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cstdlib>

namespace xj {

RegionSelectionOverlay::RegionSelectionOverlay(const QImage &picture, const QRect &covered, QWidget *parent)
    : QWidget(parent)
    , m_picture(picture)
{
    setObjectName(QStringLiteral("captureRegionOverlay"));
    setGeometry(covered);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setToolTip(tr("Drag to select the part of the page to capture. Esc cancels."));
    // The picture no longer matches the page once the browser changes size.
    parent->installEventFilter(this);
}

QImage RegionSelectionOverlay::selectedImage(const QRect &selection) const
{
    const qreal dpr = m_picture.devicePixelRatio();
    const QRect device =
        QRectF(selection.x() * dpr, selection.y() * dpr, selection.width() * dpr, selection.height() * dpr)
            .toAlignedRect()
            .intersected(m_picture.rect());
    QImage part = m_picture.copy(device);
    part.setDevicePixelRatio(dpr);
    return part;
}

QRect RegionSelectionOverlay::selection() const
{
    // Half-open like the picture's pixels: a drag from x = 50 to x = 150 selects 100 pixels.
    const QPoint topLeft(std::min(m_anchor.x(), m_cursor.x()), std::min(m_anchor.y(), m_cursor.y()));
    const QSize size(std::abs(m_cursor.x() - m_anchor.x()), std::abs(m_cursor.y() - m_anchor.y()));
    return QRect(topLeft, size).intersected(rect());
}

void RegionSelectionOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawImage(rect(), m_picture);
    QPainterPath dimmed;
    dimmed.addRect(rect());
    const QRect chosen = m_dragging ? selection() : QRect();
    if (!chosen.isEmpty()) {
        QPainterPath hole;
        hole.addRect(chosen);
        dimmed = dimmed.subtracted(hole);
    }
    painter.fillPath(dimmed, QColor(0, 0, 0, 110));
    if (chosen.isEmpty())
        return;
    painter.setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1));
    painter.drawRect(chosen.adjusted(0, 0, -1, -1));
    const QString size = tr("%1 × %2").arg(chosen.width()).arg(chosen.height());
    const QRect label = painter.fontMetrics().boundingRect(size).adjusted(-4, -2, 4, 2);
    QRect placed = label.translated(chosen.topLeft() - label.topLeft() - QPoint(0, label.height() + 2));
    if (placed.top() < 0)
        placed.moveTop(chosen.top() + 2);
    painter.fillRect(placed, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(placed, Qt::AlignCenter, size);
}

void RegionSelectionOverlay::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        emit canceled();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_anchor = m_cursor = event->position().toPoint();
    m_dragging = true;
    update();
}

void RegionSelectionOverlay::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_cursor = event->position().toPoint();
    update();
}

void RegionSelectionOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_cursor = event->position().toPoint();
    m_dragging = false;
    const QRect chosen = selection();
    update();
    if (chosen.width() >= MinimumSide && chosen.height() >= MinimumSide)
        emit selected(chosen);
}

void RegionSelectionOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit canceled();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool RegionSelectionOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        emit canceled();
    return QWidget::eventFilter(watched, event);
}

} // namespace xj
