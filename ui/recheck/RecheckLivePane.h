// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QElapsedTimer>
#include <QGroupBox>

class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace xj {

class PageCapturer;
struct PageCapture;

/// The "after" half of a re-check: the finding's page as it is now, in a view of its own on the
/// workbench's browser profile, scrolled to the marked element (outlined briefly), and a capture
/// of what is visible. The capture waits until the outline is gone, so the "after" picture shows
/// the page exactly as the site serves it.
class RecheckLivePane final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecheckLivePane)
public:
    /// `profile` must outlive the pane.
    explicit RecheckLivePane(QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~RecheckLivePane() override;

    QWebEngineView *view() const { return m_view; }
    /// Loads the finding's page; pageReady() follows once it has loaded and was scrolled.
    void open(const Finding &finding);
    void clear();
    /// The page finished loading (or failed to: the browser's error page is evidence too).
    bool isLoaded() const { return m_loaded; }
    /// A capture is under way or waiting for the outline to go.
    bool isCapturing() const;
    /// Captures the visible area; captured() or captureFailed() follows.
    void capture();
    /// Abandons a capture (canceled ones report nothing).
    void cancelCapture();

signals:
    void pageReady(bool ok);
    /// The marked element is not on the page any more.
    void elementMissing();
    void captured(const xj::PageCapture &capture);
    void captureFailed(const QString &message);
    /// Loading or capturing started or ended.
    void busyChanged();

private:
    void loaded(bool ok);

    QWebEngineView *m_view;
    QLabel *m_address;
    PageCapturer *m_capturer;
    QString m_selector;
    qint64 m_generation = 0; ///< tells answers for the page on show from those for an earlier one
    bool m_loaded = false;
    bool m_queued = false; ///< a capture waiting for the outline to go
    QElapsedTimer m_outlined;
};

} // namespace xj
