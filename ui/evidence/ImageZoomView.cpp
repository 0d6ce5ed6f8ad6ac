// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/ImageZoomView.h"

#include <QAction>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace xj {

namespace {

constexpr double MinZoom = 1.0 / 16;
constexpr double MaxZoom = 16;
constexpr int WheelNotch = 120; ///< angleDelta of one click of a mouse wheel

/// The next power of two above (direction > 0) or below the current zoom, so that a zoom reached
/// by "fit" joins the ladder at the nearest step.
double nextZoomStep(double zoom, int direction)
{
    constexpr double Tolerance = 1e-6;
    const double exponent = std::log2(zoom);
    const double step =
        direction > 0 ? std::floor(exponent + Tolerance) + 1 : std::ceil(exponent - Tolerance) - 1;
    return std::clamp(std::exp2(step), MinZoom, MaxZoom);
}

} // namespace

ImageZoomView::ImageZoomView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_zoomOut(addZoomAction(tr("Zoom out"), QKeySequence::keyBindings(QKeySequence::ZoomOut)))
    , m_zoomIn(addZoomAction(tr("Zoom in"), QKeySequence::keyBindings(QKeySequence::ZoomIn) +
                                                // Ctrl+= is Ctrl++ without Shift on most keyboards.
                                                QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Equal)}))
    , m_fit(addZoomAction(tr("Fit to window"), {QKeySequence(Qt::CTRL | Qt::Key_0)}))
    , m_actualSize(addZoomAction(tr("Actual size"), {QKeySequence(Qt::CTRL | Qt::Key_1)}))
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    m_zoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_zoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    m_fit->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    m_actualSize->setIcon(QIcon::fromTheme(QStringLiteral("zoom-original")));
    connect(m_zoomOut, &QAction::triggered, this, &ImageZoomView::zoomOut);
    connect(m_zoomIn, &QAction::triggered, this, &ImageZoomView::zoomIn);
    connect(m_fit, &QAction::triggered, this, &ImageZoomView::fitToView);
    connect(m_actualSize, &QAction::triggered, this, &ImageZoomView::showActualSize);
    updateActions();
}

QAction *ImageZoomView::addZoomAction(const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    action->setToolTip(tr("%1 (%2)").arg(text, shortcuts.first().toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

QList<QAction *> ImageZoomView::zoomActions() const
{
    return {m_zoomOut, m_zoomIn, m_fit, m_actualSize};
}

void ImageZoomView::setImage(const QImage &image)
{
    const bool sameSize = image.size() == m_image.size();
    m_image = image;
    // Zooming is done here in device pixels; a ratio stored in the image would scale it twice.
    m_image.setDevicePixelRatio(1);
    m_downscaled = {};
    updateScrollBars();
    if (!sameSize) {
        horizontalScrollBar()->setValue(0);
        verticalScrollBar()->setValue(0);
    }
    updateActions();
    viewport()->update();
}

void ImageZoomView::clear()
{
    setImage({});
}

QSizeF ImageZoomView::displayedSize() const
{
    return QSizeF(m_image.size()) * (m_zoom / deviceRatio());
}

void ImageZoomView::zoomIn()
{
    setZoomAround(nextZoomStep(m_zoom, +1), false, QRectF(viewport()->rect()).center());
}

void ImageZoomView::zoomOut()
{
    const double zoom = nextZoomStep(m_zoom, -1);
    if (zoom < m_zoom) // "fit" may already be below the smallest step
        setZoomAround(zoom, false, QRectF(viewport()->rect()).center());
}

void ImageZoomView::fitToView()
{
    setZoomAround(fitZoom(), true, QRectF(viewport()->rect()).center());
}

void ImageZoomView::showActualSize()
{
    setZoomAround(1, false, QRectF(viewport()->rect()).center());
}

void ImageZoomView::setZoomAround(double zoom, bool fitting, const QPointF &anchor)
{
    // The image point under `anchor` stays under it, so Ctrl+wheel zooms into what the mouse is on.
    const QRectF before = imageRect();
    const QPointF imagePoint = (anchor - before.topLeft()) / (m_zoom / deviceRatio());
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    m_fitting = fitting;
    if (changed)
        m_downscaled = {};
    updateScrollBars();
    const QPointF topLeft = anchor - imagePoint * (m_zoom / deviceRatio());
    horizontalScrollBar()->setValue(qRound(-topLeft.x()));
    verticalScrollBar()->setValue(qRound(-topLeft.y()));
    updateActions();
    viewport()->update();
    if (changed)
        emit zoomChanged(m_zoom);
}

double ImageZoomView::deviceRatio() const
{
    return viewport()->devicePixelRatioF();
}

double ImageZoomView::fitZoom() const
{
    // The size without scroll bars: a fitted image never needs them.
    const QSize port = maximumViewportSize();
    if (m_image.isNull() || port.isEmpty())
        return 1;
    const double ratio = deviceRatio();
    return std::min({1.0, port.width() * ratio / m_image.width(), port.height() * ratio / m_image.height()});
}

void ImageZoomView::updateScrollBars()
{
    m_layoutRatio = deviceRatio();
    if (m_fitting && !m_image.isNull()) {
        const double zoom = fitZoom();
        if (!qFuzzyCompare(zoom, m_zoom)) {
            m_zoom = zoom;
            m_downscaled = {};
            emit zoomChanged(m_zoom);
        }
    }
    const QSizeF size = displayedSize();
    const QSize port = viewport()->size();
    // A hair of tolerance, so a fitted image's rounding never conjures up a scroll bar.
    const int width = int(std::ceil(size.width() - 0.01));
    const int height = int(std::ceil(size.height() - 0.01));
    horizontalScrollBar()->setRange(0, std::max(0, width - port.width()));
    horizontalScrollBar()->setPageStep(port.width());
    horizontalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setRange(0, std::max(0, height - port.height()));
    verticalScrollBar()->setPageStep(port.height());
    verticalScrollBar()->setSingleStep(24);
    updateActions();
}

void ImageZoomView::updateActions()
{
    const bool hasImage = !m_image.isNull();
    m_zoomOut->setEnabled(hasImage && m_zoom > MinZoom);
    m_zoomIn->setEnabled(hasImage && m_zoom < MaxZoom);
    m_fit->setEnabled(hasImage);
    m_actualSize->setEnabled(hasImage);
}

QRectF ImageZoomView::imageRect() const
{
    const QSizeF size = displayedSize();
    const QSize port = viewport()->size();
    // Centred while smaller than the view, otherwise placed by the scroll bars.
    const double x = size.width() < port.width() ? std::floor((port.width() - size.width()) / 2)
                                                 : -horizontalScrollBar()->value();
    const double y = size.height() < port.height() ? std::floor((port.height() - size.height()) / 2)
                                                   : -verticalScrollBar()->value();
    return {QPointF(x, y), size};
}

const QImage &ImageZoomView::downscaled()
{
    if (m_downscaled.isNull()) {
        // QImage::scaled averages the pixels it drops; the painter's bilinear filter would alias
        // the small text of a shrunken screenshot.
        const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo(QSize(1, 1));
        m_downscaled = m_image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        m_downscaled.setDevicePixelRatio(deviceRatio());
    }
    return m_downscaled;
}

void ImageZoomView::paintEvent(QPaintEvent *event)
{
    if (!qFuzzyCompare(deviceRatio(), m_layoutRatio)) {
        // Moved to a screen with another scale: lay out again, outside of painting.
        m_downscaled = {};
        QMetaObject::invokeMethod(this, &ImageZoomView::updateScrollBars, Qt::QueuedConnection);
    }
    if (m_image.isNull())
        return;
    QPainter painter(viewport());
    const QRectF target = imageRect();
    if (m_zoom < 1) {
        painter.drawImage(target.topLeft(), downscaled());
        return;
    }
    // At 100 % and above only the exposed part is drawn, in whole image pixels, so every pixel
    // becomes a crisp block (the painter scales without smoothing by default).
    const double scale = m_zoom / deviceRatio();
    const QRectF exposed = QRectF(event->rect()).intersected(target);
    if (exposed.isEmpty())
        return;
    const QRectF source((exposed.topLeft() - target.topLeft()) / scale, exposed.size() / scale);
    const QRect pixels = source.toAlignedRect().intersected(m_image.rect());
    const QRectF drawn(target.topLeft() + QPointF(pixels.topLeft()) * scale, QSizeF(pixels.size()) * scale);
    painter.drawImage(drawn, m_image, pixels);
}

void ImageZoomView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ImageZoomView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || m_image.isNull()) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Touchpads send many small deltas: a zoom step is taken per whole notch.
    m_wheelRemainder += event->angleDelta().y();
    while (std::abs(m_wheelRemainder) >= WheelNotch) {
        const int direction = m_wheelRemainder > 0 ? +1 : -1;
        m_wheelRemainder -= direction * WheelNotch;
        const double zoom = nextZoomStep(m_zoom, direction);
        if (direction > 0 ? zoom > m_zoom : zoom < m_zoom)
            setZoomAround(zoom, false, event->position());
    }
    event->accept();
}

void ImageZoomView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace xj
