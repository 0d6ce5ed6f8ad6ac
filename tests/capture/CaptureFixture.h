// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDataDir.h"
#include "browser/BrowserPane.h"
#include "browser/WebProfile.h"
#include "net/StaticFileServer.h"

#include <QColor>
#include <QImage>
#include <QVariant>

#include <memory>

class QWebEngineView;

/// What every capture test needs: the real browser pane on a disk profile in a fresh data folder,
/// shown at a fixed size with a view of exactly ViewSize, and tests/data/capture served on
/// 127.0.0.1.
class CaptureFixture
{
public:
    static constexpr QSize ViewSize{800, 600};

    CaptureFixture();
    ~CaptureFixture();

    bool isReady() const { return m_ready; }
    QWebEngineView *view() const;
    QWidget *renderWidget() const;
    xj::BrowserPane *pane() const { return m_pane.get(); }
    xj::StaticFileServer &server() { return *m_server; }
    TestDataDir &dataDir() { return m_dir; }

    /// Loads `page` from the server (or `url` as given) and waits until it has drawn.
    bool load(const QString &page);
    bool loadUrl(const QUrl &url);
    /// Runs `script` in the page's main world (or `world`) and waits for its value.
    QVariant evaluate(const QString &script, quint32 world = 0);
    /// Scrolls the page and waits until it has drawn there.
    bool scrollTo(int y);

    /// The device pixel ratio the view is painted at.
    qreal devicePixelRatio() const;
    /// The colour of `image` at a CSS point (device pixels = CSS × ratio), as #rrggbb.
    static QString colourAt(const QImage &image, QPointF cssPoint, qreal ratio);

private:
    TestDataDir m_dir;
    std::unique_ptr<xj::WebProfile> m_profile;
    std::unique_ptr<xj::BrowserPane> m_pane;
    std::unique_ptr<xj::StaticFileServer> m_server;
    bool m_ready = false;
};
