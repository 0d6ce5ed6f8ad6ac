// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QWidget>

namespace xj {

/// Lies over the browser while the inspector drags out a rectangle. It shows a still picture of
/// the page taken when it opened, dimmed outside the selection, so what is selected is exactly
/// what ends up in the screenshot even if the page moves meanwhile. Esc or the right button
/// cancels; a click without a drag is ignored.
class RegionSelectionOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionSelectionOverlay)
public:
    /// Smaller drags (logical pixels) are taken for a click.
    static constexpr int MinimumSide = 4;

    /// `picture` covers `covered` (in parent coordinates) in device pixels.
    RegionSelectionOverlay(const QImage &picture, const QRect &covered, QWidget *parent);

    /// The selected part of the picture, in device pixels.
    QImage selectedImage(const QRect &selection) const;

signals:
    /// `selection` in this widget's (logical) coordinates.
    void selected(const QRect &selection);
    void canceled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QRect selection() const;

    QImage m_picture;
    QPoint m_anchor;
    QPoint m_cursor;
    bool m_dragging = false;
};

} // namespace xj
