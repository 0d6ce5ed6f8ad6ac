// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/PageScript.h"

#include "capture/CaptureLogging.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPixmap>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace xj {

namespace {

// A grab of a window-sized page takes a few milliseconds; a display frame lasts ~16 ms.
constexpr int GrabPollMs = 4;
// Must match MARKER_COLOURS in capture.js (and MarkerSize its MARKER_SIZE).
QRgb markerColour(int colour)
{
    return colour == 0 ? qRgb(17, 233, 71) : qRgb(233, 17, 181);
}

const QString &captureScript()
{
    static const QString source = [] {
        QFile file(QStringLiteral(":/capture/capture.js"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCapture) << "capture script missing from the resources";
            return QString();
        }
        return QString::fromUtf8(file.readAll());
    }();
    return source;
}

} // namespace

PageScript::PageScript(QWebEngineView *view, QObject *context)
    : m_view(view)
    , m_context(context)
{}

QWebEngineView *PageScript::view() const
{
    return m_view;
}

bool PageScript::isAlive() const
{
    return m_view && m_context;
}

void PageScript::call(const QString &expression, ValueCallback done) const
{
    if (!isAlive())
        return;
    const QString source = captureScript() + QStringLiteral("\nwindow.__xunjianCapture.") + expression;
    m_view->page()->runJavaScript(source, QWebEngineScript::ApplicationWorld,
                                  [self = *this, done = std::move(done)](const QVariant &value) {
                                      if (self.isAlive())
                                          done(value);
                                  });
}

void PageScript::metrics(std::function<void(const PageMetrics &)> done) const
{
    call(QStringLiteral("metrics()"),
         [done = std::move(done)](const QVariant &value) { done(PageMetrics::fromVariant(value)); });
}

void PageScript::scrollAndGrab(QPointF scroll, int colour, bool withoutFixed, GrabCallback done) const
{
    const QString change = QStringLiteral("scrollAndMark(%1, %2, %3, %4)")
                               .arg(scroll.x())
                               .arg(scroll.y())
                               .arg(colour)
                               .arg(withoutFixed ? QLatin1String("true") : QLatin1String("false"));
    changeAndGrab(change, colour, true, std::move(done));
}

void PageScript::restore(QPointF scroll) const
{
    call(QStringLiteral("restore(%1, %2)").arg(scroll.x()).arg(scroll.y()), [](const QVariant &) {});
}

void PageScript::unmarkAndGrab(int colour, GrabCallback done) const
{
    changeAndGrab(QStringLiteral("unmark()"), colour, false, std::move(done));
}

void PageScript::grabCurrent(GrabCallback done) const
{
    const PageScript self = *this;
    changeAndGrab(QStringLiteral("mark(0)"), 0, true,
                  [self, done = std::move(done)](bool ok, const QImage &image, const PageMetrics &metrics) {
                      if (!ok) {
                          done(ok, image, metrics);
                          return;
                      }
                      self.unmarkAndGrab(0, done);
                  });
}

void PageScript::changeAndGrab(const QString &change, int colour, bool wantMarker, GrabCallback done) const
{
    const PageScript self = *this;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + PaintTimeoutMs;
    call(change, [self, colour, wantMarker, deadline, done = std::move(done)](const QVariant &value) {
        self.pollGrab(PageMetrics::fromVariant(value), colour, wantMarker, deadline, done);
    });
}

void PageScript::pollGrab(const PageMetrics &metrics, int colour, bool wantMarker, qint64 deadline,
                          GrabCallback done) const
{
    if (!isAlive())
        return;
    const QImage image = grab(m_view);
    const QPoint probe = markerRect(metrics).center();
    const bool marked =
        image.rect().contains(probe) && (image.pixel(probe) & RGB_MASK) == (markerColour(colour) & RGB_MASK);
    if (marked == wantMarker) {
        done(true, image, metrics);
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() > deadline) {
        qCWarning(lcCapture) << "the page did not draw its marker within" << PaintTimeoutMs << "ms";
        done(false, image, metrics);
        return;
    }
    // Copied into the timer: the caller's PageScript may be gone before it fires.
    const PageScript self = *this;
    QTimer::singleShot(GrabPollMs, m_context.data(), [self, metrics, colour, wantMarker, deadline, done] {
        self.pollGrab(metrics, colour, wantMarker, deadline, done);
    });
}

QRect PageScript::markerRect(const PageMetrics &metrics)
{
    // capture.js draws it MarkerSize CSS pixels square in the corner of the window's client area.
    const int side = qMax(1, int(MarkerSize * metrics.scale));
    const QPoint corner(int(metrics.viewport.width() * metrics.scale),
                        int(metrics.viewport.height() * metrics.scale));
    return QRect(corner - QPoint(side, side), QSize(side, side));
}

QString PageScript::literal(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QWidget *PageScript::renderWidget(QWebEngineView *view)
{
    QWidget *proxy = view->focusProxy();
    return proxy ? proxy : view;
}

QImage PageScript::grab(QWebEngineView *view)
{
    return renderWidget(view)->grab().toImage();
}

} // namespace xj
