// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageCapture.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;
class QWebEngineView;

namespace xj {

struct PickedElement;

/// Takes evidence from the embedded browser: the visible area, the whole page, a region the
/// inspector drags out, an element the inspector points at, and an MHTML archive of the page.
/// Everything is asynchronous and reported by signals; one capture runs at a time and a second
/// request meanwhile fails with a message. The page's own elements are never changed: the page
/// side runs in an isolated JavaScript world and only draws (and removes) its own outline boxes.
class PageCapturer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageCapturer)
public:
    /// Full-page captures stop here (CSS pixels) and say so (PageCapture::capped).
    static constexpr int DefaultMaxHeight = 20000;
    /// Page around a picked element in its screenshot, CSS pixels.
    static constexpr int ElementMargin = 24;
    /// Time a capture that needs no input may take before it is given up.
    static constexpr int CaptureTimeoutMs = 60000;

    explicit PageCapturer(QWebEngineView *view, QObject *parent = nullptr);
    ~PageCapturer() override;

    QWebEngineView *view() const;
    bool isBusy() const { return m_task != Task::None; }

    void captureVisible();
    void captureFullPage(int maxHeightPx = DefaultMaxHeight);
    /// Shows a selection overlay over the browser; captured() follows the drag, canceled() Esc.
    void startRegionSelection();
    /// Outlines the element under the pointer; a click captures it, Esc cancels.
    void startElementPick();
    /// Captures the element matching `selector` with a margin, as if the inspector had picked it
    /// (an automated check's candidate, say). failed() when it is gone or takes no space.
    void captureElement(const QString &selector);
    /// The element when it can be framed, else the visible area (a hidden link takes no space, an
    /// element may be gone): evidence for an automated candidate. failed() only if both fail. An
    /// empty selector captures the visible area at once.
    void captureElementOrVisible(const QString &selector);
    /// Writes the page as MHTML to `path`; archiveSaved() or archiveFailed() follows.
    void saveArchive(const QString &path);
    /// Scrolls the element matching `selector` into view and outlines it for two seconds.
    /// Independent of captures. `done` (optional) and elementScrolled() say whether it was found.
    void scrollToElement(const QString &selector, std::function<void(bool found)> done = {});
    /// How long scrollToElement() outlines the element; a screenshot taken later shows no outline.
    static constexpr int OutlineMilliseconds = 2000;
    /// Stops the capture in progress (canceled() follows); the view is put back as it was.
    void cancel();

signals:
    void captured(const xj::PageCapture &capture);
    void failed(const QString &message);
    void canceled();
    /// Before the page is written as MHTML: whoever drew on the page takes it away now.
    void archiveStarting();
    void archiveSaved(const QString &path);
    void archiveFailed(const QString &message);
    void elementScrolled(const QString &selector, bool found);

private:
    enum class Task { None, Visible, FullPage, Region, Element, Archive };

    bool begin(Task task, int timeoutMs);
    void startWatchdog(int timeoutMs);
    void end();
    void fail(const QString &message);
    void deliver(PageCapture capture);
    PageCapture capture(CaptureMode mode, QImage image, bool capped) const;
    void frameElement(const PickedElement &element);

    QPointer<QWebEngineView> m_view;
    Task m_task = Task::None;
    /// Parent of everything the running task created; deleting it abandons the task.
    QPointer<QObject> m_taskObjects;
    QPointer<QWidget> m_overlay;
    bool m_visibleFallback = false; ///< an element capture that may fall back to the visible area
};

} // namespace xj
