// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/PageStatusProbe.h"

#include "core/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace xj {

namespace {

constexpr int MaxRedirects = 10;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

PageStatusProbe::PageStatusProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

void PageStatusProbe::probe(const QUrl &url)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_status = PageStatus{};
    m_status.requestedUrl = url;
    m_status.finalUrl = url;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_status.error = tr("Only web pages (http and https) have an HTTP status.");
        // Queued, so callers can connect after calling probe() in every case.
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_status); }, Qt::QueuedConnection);
        return;
    }
    request(url);
}

void PageStatusProbe::request(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { handleHead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void PageStatusProbe::handleHead(QNetworkReply *reply)
{
    // The head is all we need; stop the body of a large page from being downloaded for nothing.
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        reply->abort();
}

void PageStatusProbe::finish(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid()) {
        m_status.error = tr("The server did not answer: %1").arg(reply->errorString());
        qCInfo(lcNet) << "status probe failed" << reply->url() << reply->errorString();
        emit finished(m_status);
        return;
    }
    m_status.httpStatus = code.toInt();
    m_status.finalUrl = reply->url();
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (isRedirect(m_status.httpStatus) && target.isValid()) {
        const QUrl next = reply->url().resolved(target);
        if (next == m_status.requestedUrl || m_status.redirects.contains(next)) {
            m_status.redirects << next;
            m_status.error = tr("The page redirects in a loop.");
        } else if (m_status.redirects.size() >= MaxRedirects) {
            m_status.error = tr("The page redirects more than %1 times.").arg(MaxRedirects);
        } else {
            m_status.redirects << next;
            request(next);
            return;
        }
    }
    emit finished(m_status);
}

} // namespace xj
