// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AnnotationView.h"

#include "annotate/AnnotationCanvas.h"

#include <QScrollBar>

namespace xj {

AnnotationView::AnnotationView(AnnotationCanvas *canvas, QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("annotationView"));
    setAlignment(Qt::AlignCenter);
    setBackgroundRole(QPalette::Dark);
    setWidgetResizable(false);
    setWidget(canvas);
}

void AnnotationView::zoomToFit()
{
    m_fit = true;
    applyFit();
}

void AnnotationView::zoomToActualSize()
{
    m_fit = false;
    m_canvas->setZoom(1);
}

void AnnotationView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit)
        applyFit();
}

void AnnotationView::applyFit()
{
    // A little room all round, so that rounding never brings up a scroll bar.
    const QSizeF image = m_canvas->imageSize();
    const QSize room = maximumViewportSize() - QSize(4, 4);
    if (image.isEmpty() || room.isEmpty())
        return;
    const qreal zoom = std::min({room.width() / image.width(), room.height() / image.height(), qreal(1)});
    m_canvas->setZoom(zoom);
}

} // namespace xj
