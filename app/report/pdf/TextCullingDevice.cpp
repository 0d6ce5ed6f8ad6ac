// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/TextCullingDevice.h"

#include <QPaintEngine>
#include <QPainter>

namespace xj {

namespace {

class CullingEngine final : public QPaintEngine
{
public:
    CullingEngine(QPainter *target, const QRectF &visible)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_target(target)
        , m_visible(visible)
    {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyTransform) {
            m_transform = state.transform();
            m_target->setTransform(m_transform);
        }
        if (dirty & DirtyPen)
            m_target->setPen(state.pen());
        if (dirty & DirtyBrush)
            m_target->setBrush(state.brush());
        if (dirty & DirtyBrushOrigin)
            m_target->setBrushOrigin(state.brushOrigin());
        if (dirty & DirtyFont)
            m_target->setFont(state.font());
        if (dirty & DirtyBackground)
            m_target->setBackground(state.backgroundBrush());
        if (dirty & DirtyBackgroundMode)
            m_target->setBackgroundMode(state.backgroundMode());
        if (dirty & DirtyHints) {
            m_target->setRenderHints(~state.renderHints(), false);
            m_target->setRenderHints(state.renderHints(), true);
        }
        if (dirty & DirtyCompositionMode)
            m_target->setCompositionMode(state.compositionMode());
        if (dirty & DirtyOpacity)
            m_target->setOpacity(state.opacity());
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // The middle of the line, not its box: a line's box may reach a pixel or two over the
        // page edge when its fixed pitch is smaller than the font's height.
        const QRectF box(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        const QRectF shown = m_transform.mapRect(box);
        const double middle = shown.center().y();
        if (middle < m_visible.top() || middle > m_visible.bottom() || shown.right() < m_visible.left() ||
            shown.left() > m_visible.right())
            return;
        m_target->drawTextItem(p, item);
    }

    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;

    void drawRects(const QRectF *rects, int count) override { m_target->drawRects(rects, count); }
    void drawLines(const QLineF *lines, int count) override { m_target->drawLines(lines, count); }
    void drawEllipse(const QRectF &rect) override { m_target->drawEllipse(rect); }
    void drawPath(const QPainterPath &path) override { m_target->drawPath(path); }
    void drawPoints(const QPointF *points, int count) override { m_target->drawPoints(points, count); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        switch (mode) {
        case OddEvenMode:
            m_target->drawPolygon(points, count, Qt::OddEvenFill);
            break;
        case WindingMode:
            m_target->drawPolygon(points, count, Qt::WindingFill);
            break;
        case ConvexMode:
            m_target->drawConvexPolygon(points, count);
            break;
        case PolylineMode:
            m_target->drawPolyline(points, count);
            break;
        }
    }
    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        m_target->drawPixmap(rect, pixmap, source);
    }
    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override
    {
        m_target->drawTiledPixmap(rect, pixmap, offset);
    }
    // Not the base class's: it goes through a QPixmap, which only the GUI thread may make.
    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override
    {
        m_target->drawImage(rect, image, source, flags);
    }

private:
    QPainter *m_target;
    QRectF m_visible;
    QTransform m_transform;
};

} // namespace

TextCullingDevice::TextCullingDevice(QPainter *target, const QRectF &visible)
    : m_target(target)
    , m_engine(std::make_unique<CullingEngine>(target, visible))
{}

TextCullingDevice::~TextCullingDevice() = default;

QPaintEngine *TextCullingDevice::paintEngine() const
{
    return m_engine.get();
}

int TextCullingDevice::metric(PaintDeviceMetric metric) const
{
    // The target's metrics, so that fonts and pens resolve as they would on it.
    const QPaintDevice *device = m_target->device();
    switch (metric) {
    case PdmWidth:
        return device->width();
    case PdmHeight:
        return device->height();
    case PdmWidthMM:
        return device->widthMM();
    case PdmHeightMM:
        return device->heightMM();
    case PdmNumColors:
        return device->colorCount();
    case PdmDepth:
        return device->depth();
    case PdmDpiX:
        return device->logicalDpiX();
    case PdmDpiY:
        return device->logicalDpiY();
    case PdmPhysicalDpiX:
        return device->physicalDpiX();
    case PdmPhysicalDpiY:
        return device->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(device->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(device->devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace xj
