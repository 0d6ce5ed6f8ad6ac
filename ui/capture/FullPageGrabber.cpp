// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/FullPageGrabber.h"

#include "capture/CaptureLogging.h"

#include <QLabel>
#include <QWebEngineView>

#include <cstring>

namespace xj {

FullPageGrabber::FullPageGrabber(QWebEngineView *view, QObject *parent)
    : QObject(parent)
    , m_script(view, this)
    , m_view(view)
{}

FullPageGrabber::~FullPageGrabber()
{
    restore();
}

void FullPageGrabber::grabDocument(int maxHeight)
{
    m_wholeDocument = true;
    m_maxHeight = maxHeight;
    begin();
}

void FullPageGrabber::grabBand(qreal top, qreal height, qreal scrollX, int maxHeight)
{
    m_wholeDocument = false;
    m_maxHeight = maxHeight;
    m_top = top;
    m_height = std::min(height, qreal(maxHeight));
    m_capped = height > maxHeight;
    m_scrollX = scrollX;
    begin();
}

void FullPageGrabber::begin()
{
    if (!m_view) {
        fail(tr("The browser was closed before the capture finished. Open the page again and capture it."));
        return;
    }
    m_active = true;
    QWidget *render = PageScript::renderWidget(m_view);
    // The still picture hides the scrolling; it is a sibling of the render widget, so grabbing
    // the render widget never includes it.
    if (render != m_view) {
        auto *still = new QLabel(m_view);
        still->setObjectName(QStringLiteral("captureStillPicture"));
        still->setPixmap(render->grab());
        still->setGeometry(render->geometry());
        still->show();
        still->raise();
        m_stillPicture = still;
    }
    m_script.metrics([this](const PageMetrics &metrics) {
        if (!metrics.isValid()) {
            fail(tr("The page could not be measured. Wait until it has finished loading, then capture "
                    "again."));
            return;
        }
        m_metrics = metrics;
        m_originalScroll = metrics.scroll;
        plan();
    });
}

void FullPageGrabber::plan()
{
    if (m_wholeDocument) {
        m_top = 0;
        m_scrollX = 0;
        m_capped = m_metrics.document.height() > m_maxHeight;
        m_height = std::min(m_metrics.document.height(), qreal(m_maxHeight));
    }
    if (m_height < 1 || m_metrics.viewport.width() < 1) {
        fail(tr("The page has nothing to capture. Wait until it has finished loading, then capture again."));
        return;
    }
    qCDebug(lcCapture) << "grabbing" << m_height << "CSS px from" << m_top << "in a window of"
                       << m_metrics.viewport;
    grabTile(0, m_top);
}

// Every tile but the last is copied without its bottom MarkerSize rows, where the marker sits;
// the next tile starts there. The last tile is grabbed again once the marker has gone.
void FullPageGrabber::grabTile(int index, qreal tileTop)
{
    const qreal window = m_metrics.viewport.height();
    const bool last = m_top + m_height - tileTop <= window;
    qreal scrollY = tileTop;
    if (index == 0 && last) // one tile: leave the page where it is if the band is on screen
        scrollY = qBound(m_top + m_height - window, m_metrics.scroll.y(), m_top);
    const int colour = index % PageScript::MarkerColours;
    m_script.scrollAndGrab(
        QPointF(m_scrollX, scrollY), colour, index > 0,
        [this, index, tileTop, last, colour](bool ok, const QImage &tile, const PageMetrics &metrics) {
            if (!ok) {
                fail(notDrawnMessage());
                return;
            }
            m_scrollX = metrics.scroll.x();
            if (last)
                grabLastTile(tileTop, colour);
            else
                nextTile(index, tileTop, tile, metrics);
        });
}

void FullPageGrabber::nextTile(int index, qreal tileTop, const QImage &tile, const PageMetrics &metrics)
{
    const qreal rows = metrics.viewport.height() - PageScript::MarkerSize;
    copyTile(tile, metrics, tileTop, rows);
    grabTile(index + 1, tileTop + rows);
}

void FullPageGrabber::grabLastTile(qreal tileTop, int colour)
{
    m_script.unmarkAndGrab(colour, [this, tileTop](bool ok, const QImage &tile, const PageMetrics &metrics) {
        if (!ok) {
            fail(notDrawnMessage());
            return;
        }
        copyTile(tile, metrics, tileTop, m_top + m_height - tileTop);
        finish();
    });
}

QString FullPageGrabber::notDrawnMessage()
{
    return tr("The page did not finish drawing. Wait until it has loaded, then capture again.");
}

void FullPageGrabber::copyTile(const QImage &grabbed, const PageMetrics &metrics, qreal tileTop, qreal rows)
{
    const qreal scale = m_metrics.scale;
    if (m_image.isNull()) {
        m_image =
            QImage(qRound(metrics.viewport.width() * scale), qRound(m_height * scale), grabbed.format());
        m_image.fill(Qt::white);
    }
    const QImage tile =
        grabbed.format() == m_image.format() ? grabbed : grabbed.convertToFormat(m_image.format());
    const int destTop = qRound((tileTop - m_top) * scale);
    const int destBottom = std::min(qRound((tileTop + rows - m_top) * scale), m_image.height());
    const int sourceTop = qRound((tileTop - metrics.scroll.y()) * scale);
    const int count = std::min(destBottom - destTop, tile.height() - sourceTop);
    if (sourceTop < 0 || count <= 0) {
        qCWarning(lcCapture) << "tile at" << tileTop << "scrolled to" << metrics.scroll.y()
                             << "has no rows to copy";
        return;
    }
    const qsizetype bytes = std::min(tile.bytesPerLine(), m_image.bytesPerLine());
    for (int row = 0; row < count; ++row)
        std::memcpy(m_image.scanLine(destTop + row), tile.constScanLine(sourceTop + row), size_t(bytes));
}

void FullPageGrabber::finish()
{
    restore();
    if (m_view)
        m_image.setDevicePixelRatio(m_view->devicePixelRatioF());
    emit finished();
}

void FullPageGrabber::fail(const QString &message)
{
    restore();
    emit failed(message);
}

void FullPageGrabber::restore()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_metrics.isValid())
        m_script.restore(m_originalScroll);
    delete m_stillPicture;
}

} // namespace xj
