// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/Fetcher.h"

#include "crawler/CrawlNetworkAccessManager.h"
#include "crawler/CrawlerLogging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace xj {

bool FetchResult::isHtml() const
{
    const QByteArray type = contentType.toLower();
    if (type.contains("html"))
        return true;
    if (!type.isEmpty() && !type.startsWith("text/plain") && !type.contains("octet-stream"))
        return false;
    // No or a vague type: sniff the start as a browser would.
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<head");
}

Fetcher::Fetcher(const CrawlSettings &settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nam(network ? network : new CrawlNetworkAccessManager(this))
{}

Fetcher::~Fetcher()
{
    abortAll();
}

void Fetcher::abortAll()
{
    const auto replies = m_jobs.keys();
    m_jobs.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Fetcher::fetch(qint64 token, const QUrl &url, Mode mode)
{
    Job job;
    job.token = token;
    job.mode = mode;
    job.head = mode == Mode::Check;
    job.result.url = url;
    job.clock.start();
    start(job, url);
}

void Fetcher::start(Job &job, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_settings.effectiveUserAgent());
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    request.setRawHeader("Accept-Language", "zh-CN,zh;q=0.9");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Redirects are followed by hand so the chain is recorded and loops are caught (and Qt 6.4's
    // own following loses the status of a second hop when a server closes every connection).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = job.head ? m_nam->head(request) : m_nam->get(request);
    job.gotResponse = false;
    job.abortReason.clear();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const qint64 spent = job.clock.elapsed();
    const qint64 left = qMax<qint64>(1, m_settings.responseTimeoutMs - spent);
    timer->start(int(qMin<qint64>(m_settings.connectTimeoutMs, left)));
    job.timer = timer;
    m_jobs.insert(reply, job);
    connect(timer, &QTimer::timeout, this, [this, reply] { onTimeout(reply); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        auto it = m_jobs.find(reply);
        if (it != m_jobs.end() && !errors.isEmpty())
            it->result.errorDetail = errors.first().errorString();
    });
}

void Fetcher::onMetaData(QNetworkReply *reply)
{
    auto it = m_jobs.find(reply);
    if (it == m_jobs.end() || it->gotResponse)
        return;
    it->gotResponse = true;
    // From the first byte on, only the whole-response limit counts.
    const qint64 left = qMax<qint64>(1, m_settings.responseTimeoutMs - it->clock.elapsed());
    it->timer->start(int(left));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect = status >= 300 && status < 400 && reply->hasRawHeader("Location");
    // A check needs only the status: stop a GET after the headers (unless it is a redirect, whose
    // target comes next, or a soft "200" page we may want to read).
    // (Aborting inside this signal makes Qt 6.4 report the error twice; abort from the event loop.)
    if (it->mode == Mode::Check && !it->head && !redirect) {
        it->abortReason = QStringLiteral("headers_only");
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        return;
    }
    // A Content-Length above the limit is not cut here: onReadyRead keeps the start up to the
    // limit, as FetchResult promises, so a huge page is still read from its beginning.
}

void Fetcher::onReadyRead(QNetworkReply *reply)
{
    auto it = m_jobs.find(reply);
    if (it == m_jobs.end())
        return;
    if (!reply->isOpen() || !it->abortReason.isEmpty())
        return; // aborted or about to be: nothing more to keep
    const QByteArray chunk = reply->readAll();
    it->result.bytes += chunk.size();
    if (it->mode != Mode::Read)
        return;
    const qint64 room = m_settings.maxResponseBytes - it->result.body.size();
    if (chunk.size() > room) {
        it->result.body.append(chunk.left(qMax<qint64>(0, room)));
        it->abortReason = QStringLiteral("too_large");
        reply->abort();
        return;
    }
    it->result.body.append(chunk);
}

void Fetcher::onTimeout(QNetworkReply *reply)
{
    auto it = m_jobs.find(reply);
    if (it == m_jobs.end())
        return;
    it->abortReason = QStringLiteral("timeout");
    it->result.errorDetail =
        it->gotResponse
            ? tr("The whole response did not arrive within %1 s.").arg(m_settings.responseTimeoutMs / 1000.0)
            : tr("No answer within %1 s.").arg(m_settings.connectTimeoutMs / 1000.0);
    reply->abort();
}

void Fetcher::onFinished(QNetworkReply *reply)
{
    if (!m_jobs.contains(reply))
        return;
    onReadyRead(reply);
    complete(reply);
}

void Fetcher::complete(QNetworkReply *reply)
{
    Job job = m_jobs.take(reply);
    reply->disconnect(this);
    reply->deleteLater();
    FetchResult &r = job.result;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.finalUrl = reply->url();
    r.usedHead = job.head;
    if (r.status > 0) {
        r.headers = reply->rawHeaderPairs();
        r.contentType = reply->rawHeader("Content-Type");
        if (reply->hasRawHeader("Retry-After"))
            r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"));
    }
    if (job.abortReason == QLatin1String("timeout")) {
        r.error = QStringLiteral("timeout");
    } else if (job.abortReason == QLatin1String("too_large")) {
        r.error = QStringLiteral("too_large");
        r.errorDetail =
            tr("Larger than %1 MB.").arg(m_settings.maxResponseBytes / (1024.0 * 1024.0), 0, 'f', 1);
    } else if (job.abortReason.isEmpty() && reply->error() != QNetworkReply::NoError && r.status == 0) {
        r.error = errorKey(reply->error());
        if (r.errorDetail.isEmpty())
            r.errorDetail = reply->errorString();
    }
    // Some servers answer HEAD with 403, 404, 405 or 501, or drop it: ask again with GET before
    // calling the link broken.
    if (job.head &&
        (r.status >= 400 || r.error == QLatin1String("closed") || r.error == QLatin1String("network"))) {
        job.head = false;
        r.status = 0;
        r.error.clear();
        r.errorDetail.clear();
        r.headers.clear();
        start(job, reply->url());
        return;
    }
    if (r.error.isEmpty() && r.status >= 300 && r.status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        const QString key = target.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
        const bool loop = key == r.url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded) ||
                          r.redirects.contains(key);
        r.redirects.append(key);
        if (loop) {
            r.error = QStringLiteral("redirect_loop");
            r.errorDetail = tr("The redirect leads back to %1.").arg(key);
        } else if (r.redirects.size() > FetchResult::MaxRedirects) {
            r.error = QStringLiteral("too_many_redirects");
            r.errorDetail = tr("More than %1 redirects.").arg(FetchResult::MaxRedirects);
        } else if (!target.isValid() ||
                   (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
            r.error = QStringLiteral("network");
            r.errorDetail = tr("The redirect points to an address that cannot be fetched: %1").arg(key);
        } else {
            r.body.clear();
            start(job, target);
            return;
        }
    }
    r.elapsedMs = job.clock.elapsed();
    qCDebug(lcCrawler) << r.url << r.status << r.error << r.elapsedMs << "ms";
    emit finished(job.token, r);
}

QString Fetcher::errorKey(QNetworkReply::NetworkError error)
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

qint64 Fetcher::parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return seconds * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)) : -1;
}

} // namespace xj
