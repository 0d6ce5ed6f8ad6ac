// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/AvailabilityProbe.h"

#include "probe/ProbeLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>

namespace xj {

namespace {

// Browsers give up after about twenty hops; a home page that needs more is broken for visitors.
constexpr int MaxRedirects = 10;

QString errorCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("dns");
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("refused");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("timeout");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("tls");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("closed");
    default:
        return QStringLiteral("network");
    }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

AvailabilityProbe::AvailabilityProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &AvailabilityProbe::handleTimeout);
}

AvailabilityProbe::~AvailabilityProbe()
{
    abandon();
}

QString AvailabilityProbe::vantage()
{
    return QSysInfo::machineHostName();
}

QString AvailabilityProbe::describeError(const QString &code)
{
    if (code.isEmpty())
        return tr("available");
    if (code == QLatin1String("dns"))
        return tr("the host name could not be resolved (DNS)");
    if (code == QLatin1String("refused"))
        return tr("the server refused the connection");
    if (code == QLatin1String("timeout"))
        return tr("the page did not load completely within the time limit");
    if (code == QLatin1String("tls"))
        return tr("the secure connection (TLS) failed");
    if (code == QLatin1String("http"))
        return tr("the server answered with an HTTP error");
    if (code == QLatin1String("closed"))
        return tr("the server closed the connection without answering");
    if (code == QLatin1String("redirect"))
        return tr("the page redirects too often or in a loop");
    if (code == QLatin1String("address"))
        return tr("the address is not a web address (http or https)");
    return tr("the network request failed");
}

void AvailabilityProbe::abandon()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void AvailabilityProbe::probe(qint64 siteId, const QUrl &url)
{
    abandon();
    m_result = ProbeResult{};
    m_result.siteId = siteId;
    m_result.url = url.toString();
    m_result.probedAt = QDateTime::currentDateTimeUtc();
    m_result.vantage = vantage();
    m_clock.start();
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        // Queued, so that callers can connect after calling probe() in every case.
        QMetaObject::invokeMethod(
            this, [this] { finish(false, 0, QStringLiteral("address")); }, Qt::QueuedConnection);
        return;
    }
    m_visited = {url};
    m_deadline.start(m_timeoutMs);
    request(url);
}

void AvailabilityProbe::request(const QUrl &url)
{
    QNetworkRequest request(url);
    // Redirects are followed by hand, https to http too (a visitor's browser would follow them):
    // Qt 6.4's own following loses the status of a second hop when the server closes each connection.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::readyRead, this, [reply] { reply->skip(reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::finished, this, &AvailabilityProbe::handleFinished);
}

void AvailabilityProbe::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = code.isValid() ? code.toInt() : 0;
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (isRedirect(status) && target.isValid()) {
        const QUrl next = reply->url().resolved(target);
        if (m_visited.contains(next) || m_visited.size() > MaxRedirects) {
            m_deadline.stop();
            finish(false, status, QStringLiteral("redirect"));
            return;
        }
        m_visited.append(next);
        request(next); // the deadline keeps running: the limit covers every hop together
        return;
    }
    m_deadline.stop();
    if (status >= 400)
        finish(false, status, QStringLiteral("http"));
    else if (reply->error() != QNetworkReply::NoError)
        finish(false, status, errorCode(reply->error()));
    else
        finish(true, status, QString());
}

void AvailabilityProbe::handleTimeout()
{
    if (!m_reply)
        return;
    const QVariant code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    abandon();
    finish(false, code.isValid() ? code.toInt() : 0, QStringLiteral("timeout"));
}

void AvailabilityProbe::finish(bool ok, int status, const QString &error)
{
    m_result.ok = ok;
    m_result.status = status;
    m_result.error = error;
    m_result.elapsedMs = int(m_clock.elapsed());
    qCDebug(lcProbe) << "probe" << m_result.url << (ok ? "ok" : "failed") << status << error
                     << m_result.elapsedMs << "ms";
    emit finished(m_result);
}

} // namespace xj
