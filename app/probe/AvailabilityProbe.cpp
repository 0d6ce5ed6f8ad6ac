// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/AvailabilityProbe.h"

#include "probe/ProbeLogging.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

namespace xj {

AvailabilityProbe::AvailabilityProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

AvailabilityProbe::~AvailabilityProbe() = default;

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

void AvailabilityProbe::probe(qint64 siteId, const QUrl &url)
{
    // A new fetcher drops an attempt still running, without a result.
    m_fetcher.reset();
    m_result = ProbeResult{};
    m_result.siteId = siteId;
    m_result.url = url.toString();
    m_result.probedAt = QDateTime::currentDateTimeUtc();
    m_result.vantage = vantage();
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        // Queued, so that callers can connect after calling probe() in every case.
        QMetaObject::invokeMethod(
            this, [this] { finish(false, 0, QStringLiteral("address"), 0); }, Qt::QueuedConnection);
        return;
    }
    // The W-V2 limit is for the whole document, every redirect hop included: the crawler's fetcher
    // with both of its limits set to it, reading the body to the end and keeping none of it.
    CrawlSettings settings;
    settings.connectTimeoutMs = m_timeoutMs;
    settings.responseTimeoutMs = m_timeoutMs;
    m_fetcher = std::make_unique<Fetcher>(settings, m_network);
    connect(m_fetcher.get(), &Fetcher::finished, this, [this](qint64, const FetchResult &r) {
        if (r.error == QLatin1String("redirect_loop") || r.error == QLatin1String("too_many_redirects"))
            finish(false, r.status, QStringLiteral("redirect"), r.elapsedMs);
        else if (!r.error.isEmpty())
            finish(false, r.status, r.error, r.elapsedMs);
        else if (r.status >= 400 || r.status == 0)
            finish(false, r.status, QStringLiteral("http"), r.elapsedMs);
        else
            finish(true, r.status, QString(), r.elapsedMs);
    });
    m_fetcher->fetch(0, url, Fetcher::Mode::Drain);
}

bool AvailabilityProbe::isRunning() const
{
    return m_fetcher && m_fetcher->inFlight() > 0;
}

void AvailabilityProbe::finish(bool ok, int status, const QString &error, qint64 elapsedMs)
{
    m_result.ok = ok;
    m_result.status = status;
    m_result.error = error;
    m_result.elapsedMs = int(elapsedMs);
    qCDebug(lcProbe) << "probe" << m_result.url << (ok ? "ok" : "failed") << status << error
                     << m_result.elapsedMs << "ms";
    emit finished(m_result);
}

} // namespace xj
