// SPDX-License-Identifier: GPL-3.0-or-later
#include "recheck/RecheckLivePane.h"

#include "capture/PageCapturer.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace xj {

namespace {

/// The element outline of PageCapturer::scrollToElement has gone by then (with a margin).
constexpr qint64 OutlineMs = PageCapturer::OutlineMilliseconds + 150;

} // namespace

RecheckLivePane::RecheckLivePane(QWebEngineProfile *profile, QWidget *parent)
    : QGroupBox(tr("After: the page now"), parent)
    , m_view(new QWebEngineView(this))
    , m_address(new QLabel(this))
    , m_capturer(new PageCapturer(m_view, this))
{
    setObjectName(QStringLiteral("recheckAfterPane"));
    m_view->setObjectName(QStringLiteral("recheckLiveView"));
    // A page of the workbench's profile, so cookies and logins are those of the inspection.
    m_view->setPage(new QWebEnginePage(profile, m_view));
    m_address->setObjectName(QStringLiteral("recheckLiveAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_address);
    layout->addWidget(m_view, 1);

    // Not loadFinished: a load abandoned for the next finding's page must not count as that page.
    connect(m_view->page(), &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus ||
            info.status() == QWebEngineLoadingInfo::LoadFailedStatus)
            loaded(info.status() == QWebEngineLoadingInfo::LoadSucceededStatus);
    });
    connect(m_view, &QWebEngineView::urlChanged, this,
            [this](const QUrl &url) { m_address->setText(url.toDisplayString()); });
    connect(m_capturer, &PageCapturer::captured, this, [this](const PageCapture &shot) {
        emit busyChanged();
        emit captured(shot);
    });
    connect(m_capturer, &PageCapturer::failed, this, [this](const QString &message) {
        emit busyChanged();
        emit captureFailed(message);
    });
}

RecheckLivePane::~RecheckLivePane()
{
    // Pending scripts are answered while the page is destroyed: whoever waits for them goes first.
    m_view->disconnect(this);
    m_view->page()->disconnect(this);
    delete m_capturer;
    m_capturer = nullptr;
}

void RecheckLivePane::open(const Finding &finding)
{
    cancelCapture();
    ++m_generation;
    m_loaded = false;
    m_outlined.invalidate();
    m_selector = finding.elementSelector;
    const QUrl url(finding.url);
    if (url.isValid() && !url.isEmpty()) {
        m_address->setText(url.toDisplayString());
        m_view->load(url);
    } else {
        m_address->setText(tr("The finding has no page address."));
        m_view->setHtml(QString());
    }
    emit busyChanged();
}

void RecheckLivePane::clear()
{
    cancelCapture();
    ++m_generation;
    m_loaded = false;
    m_selector.clear();
    m_address->clear();
    m_view->setHtml(QString());
    emit busyChanged();
}

void RecheckLivePane::loaded(bool ok)
{
    if (m_loaded)
        return;
    m_loaded = true;
    emit busyChanged();
    if (m_selector.isEmpty() || !ok) {
        emit pageReady(ok);
        return;
    }
    const qint64 generation = m_generation;
    m_outlined.start();
    m_capturer->scrollToElement(m_selector, [this, generation, ok](bool found) {
        if (generation != m_generation)
            return;
        if (!found)
            emit elementMissing();
        emit pageReady(ok);
    });
}

bool RecheckLivePane::isCapturing() const
{
    return m_queued || (m_capturer && m_capturer->isBusy());
}

void RecheckLivePane::capture()
{
    if (isCapturing())
        return;
    const qint64 wait = m_outlined.isValid() ? OutlineMs - m_outlined.elapsed() : 0;
    if (wait <= 0) {
        m_capturer->captureVisible();
        emit busyChanged();
        return;
    }
    m_queued = true;
    emit busyChanged();
    const qint64 generation = m_generation;
    QTimer::singleShot(int(wait), this, [this, generation] {
        if (!m_queued || generation != m_generation)
            return;
        m_queued = false;
        m_capturer->captureVisible();
        emit busyChanged();
    });
}

void RecheckLivePane::cancelCapture()
{
    m_queued = false;
    if (m_capturer->isBusy()) {
        // Canceled on purpose: nothing to report (the capturer's canceled() is not forwarded).
        m_capturer->cancel();
    }
}

} // namespace xj
