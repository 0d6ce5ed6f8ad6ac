// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageMetrics.h"

#include <QImage>
#include <QPointer>
#include <QVariant>

#include <functional>

class QWebEngineView;
class QWidget;

namespace xj {

/// Calls into resources/capture/capture.js, which runs in the page's isolated JavaScript world,
/// and grabs the browser once a change has reached the screen. Callbacks run only while `context`
/// is alive, so an operation that has been abandoned (deleted) never hears back from the page.
///
/// Waiting for paint: a change (a scroll, say) is made together with a small marker box of a known
/// colour in the corner of the window, and the browser is grabbed until the marker shows, which
/// proves that the frame with the change has arrived. Animation-frame round trips do not prove it
/// (the compositor may still be drawing), and fixed sleeps are either slow or flaky.
class PageScript
{
public:
    using ValueCallback = std::function<void(const QVariant &)>;
    /// `ok` is false when the frame did not arrive in time (`image` is then the last grab).
    using GrabCallback = std::function<void(bool ok, const QImage &image, const PageMetrics &metrics)>;

    static constexpr int PaintTimeoutMs = 3000;
    static constexpr int MarkerColours = 2;

    PageScript(QWebEngineView *view, QObject *context);

    QWebEngineView *view() const;
    bool isAlive() const;

    /// Runs `expression`, e.g. "metrics()", on the capture script object and passes on its value.
    void call(const QString &expression, ValueCallback done) const;
    void metrics(std::function<void(const PageMetrics &)> done) const;
    /// Scrolls the document to `scroll` (CSS pixels, never smoothly), shows the marker in colour
    /// `colour` (0 or 1; alternate them between frames) and grabs once it is on screen. The grab
    /// contains the marker in its bottom-right corner (markerRect()). `withoutFixed` hides the
    /// page's fixed elements until restore().
    void scrollAndGrab(QPointF scroll, int colour, bool withoutFixed, GrabCallback done) const;
    /// Removes the marker of colour `colour` and grabs once it is gone from the screen.
    void unmarkAndGrab(int colour, GrabCallback done) const;
    /// Shows the marker, then removes it: a grab of the page as it is now, without the marker.
    void grabCurrent(GrabCallback done) const;

    /// Shows hidden fixed elements again, removes the marker and scrolls back to `scroll`.
    void restore(QPointF scroll) const;

    /// The marker's height in CSS pixels.
    static constexpr int MarkerSize = 4;
    /// The marker's place in a grab, in device pixels.
    static QRect markerRect(const PageMetrics &metrics);
    /// A JavaScript string literal for `text`.
    static QString literal(const QString &text);
    /// The widget that shows the page's pixels (the view's render widget once a page exists).
    static QWidget *renderWidget(QWebEngineView *view);
    /// What the render widget shows now, in device pixels.
    static QImage grab(QWebEngineView *view);

private:
    void changeAndGrab(const QString &change, int colour, bool wantMarker, GrabCallback done) const;
    void pollGrab(const PageMetrics &metrics, int colour, bool wantMarker, qint64 deadline,
                  GrabCallback done) const;

    QPointer<QWebEngineView> m_view;
    QPointer<QObject> m_context;
};

} // namespace xj
