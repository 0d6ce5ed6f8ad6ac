// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace xj;

CaptureFixture::CaptureFixture()
    : m_profile(std::make_unique<WebProfile>(m_dir.path()))
    , m_pane(std::make_unique<BrowserPane>(m_profile->profile()))
    , m_server(std::make_unique<StaticFileServer>(testDataPath(QStringLiteral("capture"))))
{
    if (!m_server->listen(0).ok())
        return;
    m_pane->resize(ViewSize + QSize(0, 60));
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        return;
    // The address bar takes what it needs; give the view exactly ViewSize.
    const int chrome = m_pane->height() - view()->height();
    m_pane->resize(ViewSize + QSize(0, chrome));
    m_ready = QTest::qWaitFor([this] { return view()->size() == ViewSize; });
}

CaptureFixture::~CaptureFixture() = default;

QWebEngineView *CaptureFixture::view() const
{
    return m_pane->view();
}

QWidget *CaptureFixture::renderWidget() const
{
    return view()->focusProxy() ? view()->focusProxy() : view();
}

bool CaptureFixture::load(const QString &page)
{
    return loadUrl(m_server->baseUrl().resolved(QUrl(page)));
}

bool CaptureFixture::loadUrl(const QUrl &url)
{
    QSignalSpy loaded(view(), &QWebEngineView::loadFinished);
    m_pane->load(url);
    if (!loaded.wait(30000) || !loaded.first().first().toBool()) {
        qWarning() << "could not load" << url << loaded;
        return false;
    }
    // Two animation frames later the page has been drawn at least once. In an isolated world,
    // which runs also where the page's own scripts may not (archives are sandboxed).
    evaluate(QStringLiteral("window.__drawn = false; requestAnimationFrame(() => requestAnimationFrame(() => "
                            "window.__drawn = true)); true"),
             QWebEngineScript::ApplicationWorld);
    return QTest::qWaitFor(
        [this] {
            return evaluate(QStringLiteral("window.__drawn"), QWebEngineScript::ApplicationWorld).toBool();
        },
        10000);
}

QVariant CaptureFixture::evaluate(const QString &script, quint32 world)
{
    // Shared, so that an answer arriving after the time limit has somewhere to go.
    struct Answer
    {
        bool done = false;
        QVariant value;
    };
    auto answer = std::make_shared<Answer>();
    view()->page()->runJavaScript(script, world, [answer](const QVariant &value) {
        answer->value = value;
        answer->done = true;
    });
    if (!QTest::qWaitFor([answer] { return answer->done; }, 10000))
        qWarning().noquote() << "no answer from the page to" << script;
    return answer->value;
}

bool CaptureFixture::scrollTo(int y)
{
    evaluate(QStringLiteral("window.scrollTo(0, %1); window.__drawn = false; requestAnimationFrame(() => "
                            "requestAnimationFrame(() => window.__drawn = true)); true")
                 .arg(y));
    return QTest::qWaitFor([this] { return evaluate(QStringLiteral("window.__drawn")).toBool(); }, 10000);
}

qreal CaptureFixture::devicePixelRatio() const
{
    return view()->devicePixelRatioF();
}

QString CaptureFixture::colourAt(const QImage &image, QPointF cssPoint, qreal ratio)
{
    const QPoint device = (cssPoint * ratio).toPoint();
    if (!image.rect().contains(device))
        return QStringLiteral("outside");
    return QColor(image.pixel(device)).name();
}
