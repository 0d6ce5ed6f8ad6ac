// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QList>

class QAction;

namespace xj {

/// Shows one image at a chosen zoom and scrolls when it is larger than the view.
///
/// 100 % means one image pixel per physical screen pixel, so a screenshot taken on this screen
/// looks exactly as large as the page did, on any device pixel ratio. "Fit" shrinks a larger
/// image to the view and never enlarges a small one. Zoom steps are powers of two: above 100 %
/// every image pixel becomes a whole block of screen pixels, so the text in a screenshot stays
/// sharp and single pixels can be judged. The zoom actions carry their shortcuts (Ctrl++, Ctrl+-,
/// Ctrl+0 fit, Ctrl+1 100 %) and work while the view is visible; put them in a tool bar too.
class ImageZoomView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageZoomView)
public:
    explicit ImageZoomView(QWidget *parent = nullptr);

    /// Keeps the zoom (or fit mode) and the scroll position, so an annotated copy and its
    /// original can be compared by switching between them.
    void setImage(const QImage &image);
    void clear();
    const QImage &image() const { return m_image; }

    /// 1.0 is 100 %.
    double zoom() const { return m_zoom; }
    bool isFitting() const { return m_fitting; }
    /// The image's size on screen in device-independent pixels.
    QSizeF displayedSize() const;

    void zoomIn();
    void zoomOut();
    void fitToView();
    void showActualSize();

    /// Zoom out, zoom in, fit, 100 % — in tool bar order.
    QList<QAction *> zoomActions() const;

signals:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QAction *addZoomAction(const QString &text, const QList<QKeySequence> &shortcuts);
    void setZoomAround(double zoom, bool fitting, const QPointF &anchor);
    void updateScrollBars();
    void updateActions();
    double deviceRatio() const;
    double fitZoom() const;
    QRectF imageRect() const;
    const QImage &downscaled();

    QImage m_image;
    QImage m_downscaled; ///< the image at the current zoom, when smaller than 100 %
    double m_zoom = 1;
    bool m_fitting = true;
    double m_layoutRatio = 1; ///< device pixel ratio the scroll bars were computed for
    int m_wheelRemainder = 0;
    QAction *m_zoomOut;
    QAction *m_zoomIn;
    QAction *m_fit;
    QAction *m_actualSize;
};

} // namespace xj
