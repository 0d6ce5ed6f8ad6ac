// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>
#include <QVariant>

namespace xj {

/// Sizes the page reports about itself, in CSS pixels. `scale` is CSS pixels to device pixels
/// (screen scale times zoom), which is what a grabbed image is measured in.
struct PageMetrics
{
    QSizeF document;
    QSizeF viewport;
    QPointF scroll;
    qreal scale = 1;

    bool isValid() const { return viewport.height() > 0 && scale > 0; }

    static PageMetrics fromVariant(const QVariant &value)
    {
        const QVariantMap map = value.toMap();
        PageMetrics m;
        m.document = QSizeF(map.value(QStringLiteral("docWidth")).toReal(),
                            map.value(QStringLiteral("docHeight")).toReal());
        m.viewport = QSizeF(map.value(QStringLiteral("viewWidth")).toReal(),
                            map.value(QStringLiteral("viewHeight")).toReal());
        m.scroll = QPointF(map.value(QStringLiteral("scrollX")).toReal(),
                           map.value(QStringLiteral("scrollY")).toReal());
        m.scale = map.value(QStringLiteral("scale")).toReal();
        return m;
    }
};

} // namespace xj
