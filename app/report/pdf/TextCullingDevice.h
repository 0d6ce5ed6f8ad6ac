// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>
#include <QRectF>

#include <memory>

class QPainter;
class QPaintEngine;

namespace xj {

/// A paint device that hands everything painted on it to another painter, except lines of text
/// whose middle lies outside a rectangle. QTextLayout::draw (Qt 6.4) also paints the last line
/// above its clip rectangle, so every paragraph or table cell that runs over a page break put
/// its last line of the previous page into the next page's content, hidden by the clip but
/// found by search and copy in a PDF. Painting a page through this device leaves those out.
///
/// The target painter keeps its own clip (the device does not pass clipping on); pen, brush,
/// transform, hints and opacity follow the painter that paints on the device.
class TextCullingDevice final : public QPaintDevice
{
    Q_DISABLE_COPY_MOVE(TextCullingDevice)
public:
    /// `visible` is in the target painter's device coordinates.
    TextCullingDevice(QPainter *target, const QRectF &visible);
    ~TextCullingDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter *m_target;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace xj
