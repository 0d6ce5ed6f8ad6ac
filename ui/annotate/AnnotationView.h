// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace xj {

class AnnotationCanvas;

/// Scrolls the canvas and sets its zoom: "fit" shows the whole screenshot and follows the
/// window's size (never enlarging a small screenshot), "actual size" shows one logical pixel of
/// the screenshot per screen pixel.
class AnnotationView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationView)
public:
    explicit AnnotationView(AnnotationCanvas *canvas, QWidget *parent = nullptr);

    void zoomToFit();
    void zoomToActualSize();
    bool fitsWindow() const { return m_fit; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFit();

    AnnotationCanvas *m_canvas;
    bool m_fit = true;
};

} // namespace xj
