// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/BrowserPane.h"

#include "model/Site.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace xj {

namespace {

QToolButton *navigationButton(QWidget *parent, const QString &objectName, QStyle::StandardPixmap icon,
                              const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

BrowserPane::BrowserPane(QWebEngineProfile *profile, QWidget *parent)
    : QWidget(parent)
    , m_view(new QWebEngineView(this))
    , m_address(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("browserPane"));
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setPage(new QWebEnginePage(profile, m_view));

    m_back = navigationButton(this, QStringLiteral("browserBack"), QStyle::SP_ArrowBack, tr("Back"));
    m_forward =
        navigationButton(this, QStringLiteral("browserForward"), QStyle::SP_ArrowForward, tr("Forward"));
    m_reload =
        navigationButton(this, QStringLiteral("browserReload"), QStyle::SP_BrowserReload, tr("Reload"));
    m_stop = navigationButton(this, QStringLiteral("browserStop"), QStyle::SP_BrowserStop, tr("Stop"));
    m_address->setObjectName(QStringLiteral("addressBar"));
    m_address->setPlaceholderText(tr("Address of the page to inspect"));
    m_address->setClearButtonEnabled(true);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%p%"));
    m_progress->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(2, 2, 2, 2);
    bar->setSpacing(2);
    for (QWidget *w : {static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_forward),
                       static_cast<QWidget *>(m_reload), static_cast<QWidget *>(m_stop)})
        bar->addWidget(w);
    bar->addWidget(m_address, 1);
    bar->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_back, &QToolButton::clicked, m_view, &QWebEngineView::back);
    connect(m_forward, &QToolButton::clicked, m_view, &QWebEngineView::forward);
    connect(m_reload, &QToolButton::clicked, m_view, &QWebEngineView::reload);
    connect(m_stop, &QToolButton::clicked, m_view, &QWebEngineView::stop);
    connect(m_address, &QLineEdit::returnPressed, this, &BrowserPane::loadAddressBarText);

    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("data"))
            m_address->setText(url.toDisplayString());
        m_back->setEnabled(m_view->history()->canGoBack());
        m_forward->setEnabled(m_view->history()->canGoForward());
        emit urlChanged(url);
    });
    connect(m_view, &QWebEngineView::titleChanged, this, &BrowserPane::titleChanged);
    connect(m_view, &QWebEngineView::loadStarted, this, [this] { setLoading(true); });
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        setLoading(false);
        emit loadFinished(ok);
    });
    setLoading(false);
}

QUrl BrowserPane::url() const
{
    return m_view->url();
}

QString BrowserPane::title() const
{
    return m_view->title();
}

void BrowserPane::load(const QUrl &url)
{
    m_address->setText(url.toDisplayString());
    m_view->load(url);
}

void BrowserPane::showAccount(const Site &site)
{
    m_address->clear();
    const QString html =
        QStringLiteral(
            "<html><head><meta charset='utf-8'><style>body{font-family:sans-serif;margin:3em;color:#333}"
            "h1{color:#b71c1c;font-size:1.4em}td{padding:4px 12px 4px 0}</style></head><body>"
            "<h1>%1</h1><table><tr><td>%2</td><td>%3</td></tr><tr><td>%4</td><td>%5</td></tr></table>"
            "<p>%6</p></body></html>")
            .arg(site.name.toHtmlEscaped(), tr("Platform").toHtmlEscaped(), site.platform.toHtmlEscaped(),
                 tr("Account").toHtmlEscaped(), site.accountId.toHtmlEscaped(),
                 tr("New-media accounts are checked on the platform itself (phone or platform back end). "
                    "Below, record the date of the newest post and the state of the interaction channel, "
                    "with phone screenshots attached; the veto items follow from them. Judge the other "
                    "items in the checklist beside this page, and add a finding for each problem.")
                     .toHtmlEscaped());
    m_view->setHtml(html);
}

void BrowserPane::showBlank()
{
    m_address->clear();
    m_view->setHtml(QString());
}

void BrowserPane::loadAddressBarText()
{
    QString text = m_address->text().trimmed();
    if (text.isEmpty())
        return;
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    load(QUrl::fromUserInput(text));
}

void BrowserPane::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_stop->setEnabled(loading);
    m_reload->setEnabled(!loading);
}

} // namespace xj
