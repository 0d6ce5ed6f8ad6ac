// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageScript.h"

#include <QImage>
#include <QObject>
#include <QPointer>

class QLabel;
class QWebEngineView;

namespace xj {

/// Grabs a stretch of the document that may be taller than the window: the page is scrolled one
/// window height at a time, each tile is grabbed once it is on screen, and the tiles are stitched
/// into one image (without scroll bars). Fixed elements (headers, floating notices) appear on the
/// first tile only. A still picture of what the inspector saw covers the browser meanwhile, and
/// the page is put back as it was afterwards, also when the grabber is deleted half-way.
///
/// Resizing the view to the page's height instead was tried and dropped: Chromium draws a very
/// tall view lazily (blank areas for up to a second) and grabbing it is slow.
class FullPageGrabber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullPageGrabber)
public:
    explicit FullPageGrabber(QWebEngineView *view, QObject *parent = nullptr);
    ~FullPageGrabber() override;

    /// The document from its top, at most maxHeight CSS pixels high.
    void grabDocument(int maxHeight);
    /// Rows [top, top + height) of the document (CSS pixels, height at most maxHeight), with the
    /// page scrolled horizontally to scrollX. A band already on screen is grabbed where it is.
    void grabBand(qreal top, qreal height, qreal scrollX, int maxHeight);

    /// After finished(): the stitched image (device pixels) and what it shows.
    QImage image() const { return m_image; }
    bool isCapped() const { return m_capped; }
    /// The document position (CSS pixels) of the image's top-left corner.
    QPointF origin() const { return {m_scrollX, m_top}; }
    /// CSS pixels to image pixels.
    qreal scale() const { return m_metrics.scale; }

signals:
    void finished();
    void failed(const QString &message);

private:
    void begin();
    void plan();
    void grabTile(int index, qreal tileTop);
    void nextTile(int index, qreal tileTop, const QImage &tile, const PageMetrics &metrics);
    void grabLastTile(qreal tileTop, int colour);
    static QString notDrawnMessage();
    void copyTile(const QImage &tile, const PageMetrics &metrics, qreal tileTop, qreal rows);
    void finish();
    void fail(const QString &message);
    void restore();

    PageScript m_script;
    QPointer<QWebEngineView> m_view;
    QPointer<QLabel> m_stillPicture;
    QPointF m_originalScroll;
    PageMetrics m_metrics;
    bool m_wholeDocument = true;
    int m_maxHeight = 0;
    qreal m_top = 0;
    qreal m_height = 0;
    qreal m_scrollX = 0;
    bool m_capped = false;
    bool m_active = false;
    QImage m_image;
};

} // namespace xj
