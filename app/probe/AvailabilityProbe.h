// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawler/Fetcher.h"
#include "probe/ProbeResult.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace xj {

/// One availability attempt on a home page, as the W-V2 rule counts it: a GET that follows every
/// redirect and succeeds only when the whole document arrives within the time limit with a status
/// below 400. DNS, connection and TLS failures, HTTP errors and a page still loading when the limit
/// is reached all count as "could not be opened". Unlike PageStatusProbe (which needs only the
/// head), the body is read to the end, because a server that sends headers and then stalls is not
/// available to a visitor; it is discarded as it arrives, so a large page costs no memory.
class AvailabilityProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityProbe)
public:
    /// `network` is shared by probes that run side by side; without one the probe makes its own.
    explicit AvailabilityProbe(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~AvailabilityProbe() override;

    /// The limit for the whole response, from the first byte sent to the last byte received.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /// Starts an attempt; finished() follows exactly once, always asynchronously. An attempt
    /// still running is abandoned without a result.
    void probe(qint64 siteId, const QUrl &url);
    bool isRunning() const;

    /// The name recorded as the vantage point: this machine's host name.
    static QString vantage();
    /// The failure code of a result, in words for the inspector.
    static QString describeError(const QString &code);

signals:
    void finished(const xj::ProbeResult &result);

private:
    void finish(bool ok, int status, const QString &error, qint64 elapsedMs);

    QNetworkAccessManager *m_network;
    std::unique_ptr<Fetcher> m_fetcher;
    ProbeResult m_result;
    int m_timeoutMs = 15000;
};

} // namespace xj
