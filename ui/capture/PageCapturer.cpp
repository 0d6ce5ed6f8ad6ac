// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/PageCapturer.h"

#include "capture/ArchiveSaver.h"
#include "capture/CaptureLogging.h"
#include "capture/ElementPicker.h"
#include "capture/FullPageGrabber.h"
#include "capture/PageScript.h"
#include "capture/RegionSelectionOverlay.h"

#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <utility>

namespace xj {

PageCapturer::PageCapturer(QWebEngineView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    qRegisterMetaType<xj::PageCapture>();
}

PageCapturer::~PageCapturer()
{
    end();
}

QWebEngineView *PageCapturer::view() const
{
    return m_view;
}

void PageCapturer::captureVisible()
{
    if (!begin(Task::Visible, CaptureTimeoutMs))
        return;
    // What is on screen, once everything the page did before the request has been drawn.
    PageScript(m_view, m_taskObjects)
        .grabCurrent([this](bool painted, const QImage &image, const PageMetrics &) {
            if (!painted)
                qCWarning(lcCapture) << "visible area captured without a confirmed frame";
            deliver(capture(CaptureMode::Visible, image, false));
        });
}

void PageCapturer::captureFullPage(int maxHeightPx)
{
    if (!begin(Task::FullPage, CaptureTimeoutMs))
        return;
    auto *grabber = new FullPageGrabber(m_view, m_taskObjects);
    connect(grabber, &FullPageGrabber::finished, this, [this, grabber] {
        deliver(capture(CaptureMode::FullPage, grabber->image(), grabber->isCapped()));
    });
    connect(grabber, &FullPageGrabber::failed, this, &PageCapturer::fail);
    grabber->grabDocument(maxHeightPx);
}

void PageCapturer::startRegionSelection()
{
    if (!begin(Task::Region, 0))
        return;
    QWidget *render = PageScript::renderWidget(m_view);
    const QRect covered = render == m_view ? m_view->rect() : render->geometry();
    auto *overlay = new RegionSelectionOverlay(PageScript::grab(m_view), covered, m_view);
    m_overlay = overlay;
    connect(overlay, &RegionSelectionOverlay::selected, this, [this, overlay](const QRect &selection) {
        deliver(capture(CaptureMode::Region, overlay->selectedImage(selection), false));
    });
    connect(overlay, &RegionSelectionOverlay::canceled, this, &PageCapturer::cancel);
    overlay->show();
    overlay->raise();
    overlay->setFocus(Qt::OtherFocusReason);
}

void PageCapturer::startElementPick()
{
    if (!begin(Task::Element, 0))
        return;
    auto *picker = new ElementPicker(m_view, m_taskObjects);
    connect(picker, &ElementPicker::picked, this, &PageCapturer::frameElement);
    connect(picker, &ElementPicker::canceled, this, &PageCapturer::cancel);
    connect(picker, &ElementPicker::failed, this, &PageCapturer::fail);
    picker->start();
}

void PageCapturer::captureElement(const QString &selector)
{
    if (!begin(Task::Element, CaptureTimeoutMs))
        return;
    PageScript(m_view, m_taskObjects)
        .call(QStringLiteral("describe(%1)").arg(PageScript::literal(selector)),
              [this](const QVariant &value) {
                  const QVariantMap map = value.toMap();
                  if (map.isEmpty()) {
                      fail(tr("The element is no longer on the page. Reload the page, then try again."));
                      return;
                  }
                  frameElement(PickedElement::fromVariant(map));
              });
}

void PageCapturer::captureElementOrVisible(const QString &selector)
{
    if (selector.isEmpty())
        return captureVisible();
    m_visibleFallback = true;
    captureElement(selector);
}

// The screenshot shows the element with a margin of page around it. The grabber scrolls to it
// (or enlarges the view for a tall element), grabs, and puts the page back where it was.
void PageCapturer::frameElement(const PickedElement &element)
{
    startWatchdog(CaptureTimeoutMs);
    PageScript(m_view, m_taskObjects).metrics([this, element](const PageMetrics &metrics) {
        const QRectF page(QPointF(0, 0), metrics.document);
        const QRectF frame =
            element.box.adjusted(-ElementMargin, -ElementMargin, ElementMargin, ElementMargin)
                .intersected(page);
        if (!metrics.isValid() || frame.isEmpty()) {
            fail(tr("The element you picked takes up no space on the page. Pick a visible element, or "
                    "capture a region instead."));
            return;
        }
        const qreal width = metrics.viewport.width();
        const qreal scrollX = frame.width() <= width
                                  ? qBound(frame.right() - width, metrics.scroll.x(), frame.left())
                                  : frame.left();
        auto *grabber = new FullPageGrabber(m_view, m_taskObjects);
        connect(grabber, &FullPageGrabber::finished, this, [this, grabber, element, frame] {
            const QImage band = grabber->image();
            const qreal scale = grabber->scale();
            const QRect crop = QRectF((frame.left() - grabber->origin().x()) * scale, 0,
                                      frame.width() * scale, band.height())
                                   .toAlignedRect()
                                   .intersected(band.rect());
            PageCapture shot = capture(CaptureMode::Element, band.copy(crop), grabber->isCapped());
            shot.selector = element.selector;
            shot.elementText = element.text;
            shot.elementBox = element.box;
            deliver(shot);
        });
        connect(grabber, &FullPageGrabber::failed, this, &PageCapturer::fail);
        grabber->grabBand(frame.top(), frame.height(), scrollX, DefaultMaxHeight);
    });
}

void PageCapturer::saveArchive(const QString &path)
{
    if (!begin(Task::Archive, CaptureTimeoutMs))
        return;
    emit archiveStarting();
    auto *saver = new ArchiveSaver(m_view, m_taskObjects);
    connect(saver, &ArchiveSaver::saved, this, [this](const QString &savedPath) {
        end();
        emit archiveSaved(savedPath);
    });
    connect(saver, &ArchiveSaver::failed, this, &PageCapturer::fail);
    saver->save(path);
}

void PageCapturer::scrollToElement(const QString &selector, std::function<void(bool)> done)
{
    const auto report = [this, selector, done](bool found) {
        if (done)
            done(found);
        emit elementScrolled(selector, found);
    };
    if (!m_view) {
        report(false);
        return;
    }
    PageScript(m_view, this)
        .call(QStringLiteral("flash(%1, %2)").arg(PageScript::literal(selector)).arg(OutlineMilliseconds),
              [report](const QVariant &found) { report(found.toBool()); });
}

void PageCapturer::cancel()
{
    if (!isBusy())
        return;
    end();
    m_visibleFallback = false;
    emit canceled();
}

bool PageCapturer::begin(Task task, int timeoutMs)
{
    const bool archive = task == Task::Archive;
    QString problem;
    if (isBusy())
        problem = tr("Another capture is still in progress. Wait for it to finish, or press Esc to cancel "
                     "it, then try again.");
    else if (!m_view)
        problem = tr("There is no browser to capture from. Open a page first.");
    else if (!archive && !m_view->isVisible())
        problem = tr("The browser is hidden. Show the page you want to capture, then try again.");
    if (!problem.isEmpty()) {
        m_visibleFallback = false;
        if (archive)
            emit archiveFailed(problem);
        else
            emit failed(problem);
        return false;
    }
    m_task = task;
    m_taskObjects = new QObject(this);
    // A page that goes elsewhere no longer shows what was being captured.
    connect(m_view->page(), &QWebEnginePage::loadStarted, m_taskObjects, [this] {
        fail(tr("The page started loading during the capture. Wait until it has loaded, then capture "
                "again."));
    });
    connect(m_view, &QObject::destroyed, m_taskObjects,
            [this] { fail(tr("The browser was closed during the capture. Open the page again.")); });
    startWatchdog(timeoutMs);
    return true;
}

void PageCapturer::startWatchdog(int timeoutMs)
{
    if (timeoutMs <= 0 || !m_taskObjects)
        return;
    auto *watchdog = m_taskObjects->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!watchdog) {
        watchdog = new QTimer(m_taskObjects);
        watchdog->setSingleShot(true);
        connect(watchdog, &QTimer::timeout, this, [this, timeoutMs] {
            fail(tr("The page did not respond for %n second(s). Wait until it has loaded, then try again.",
                    nullptr, timeoutMs / 1000));
        });
    }
    watchdog->start(timeoutMs);
}

void PageCapturer::end()
{
    m_task = Task::None;
    if (m_overlay) {
        disconnect(m_overlay, nullptr, this, nullptr);
        m_overlay->hide();
        m_overlay->deleteLater();
    }
    if (QObject *objects = m_taskObjects.data()) {
        m_taskObjects.clear();
        // The helpers may be on the call stack: they go once it has unwound, and say nothing more.
        if (m_view)
            disconnect(m_view->page(), nullptr, objects, nullptr);
        disconnect(m_view, nullptr, objects, nullptr);
        for (QObject *helper : objects->children())
            disconnect(helper, nullptr, this, nullptr);
        objects->deleteLater();
    }
}

void PageCapturer::fail(const QString &message)
{
    const Task task = m_task;
    end();
    if (task == Task::Element && std::exchange(m_visibleFallback, false)) {
        // The element moved or takes no space: the visible area still shows the page.
        qCDebug(lcCapture) << "element capture failed, capturing the visible area:" << message;
        return captureVisible();
    }
    qCDebug(lcCapture) << "capture failed:" << message;
    if (task == Task::Archive)
        emit archiveFailed(message);
    else
        emit failed(message);
}

void PageCapturer::deliver(PageCapture shot)
{
    if (shot.image.isNull()) {
        fail(tr("The capture came out empty. Wait until the page has loaded, then capture again."));
        return;
    }
    end();
    m_visibleFallback = false;
    emit captured(shot);
}

PageCapture PageCapturer::capture(CaptureMode mode, QImage image, bool capped) const
{
    PageCapture shot;
    shot.mode = mode;
    shot.devicePixelRatio = m_view ? m_view->devicePixelRatioF() : 1.0;
    image.setDevicePixelRatio(shot.devicePixelRatio);
    shot.image = image;
    shot.capped = capped;
    if (m_view) {
        shot.url = m_view->url();
        shot.title = m_view->title();
    }
    shot.capturedAt = QDateTime::currentDateTimeUtc();
    return shot;
}

} // namespace xj
