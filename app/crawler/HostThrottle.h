// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace xj {

/// Per-host politeness: at most N requests in flight, at least 1/rate seconds between starts
/// (robots.txt Crawl-delay raises it), and an exponential back-off when the server says it is
/// overloaded (429, 503, with its Retry-After when given). Times are milliseconds on any
/// monotonic clock the caller uses.
class HostThrottle
{
public:
    HostThrottle(int concurrency, double requestsPerSecond);

    void setCrawlDelay(const QString &host, double seconds);
    /// 0 when a request to `host` may start now; otherwise how long to wait (-1: a slot is busy,
    /// wait for a request to finish).
    qint64 waitBefore(const QString &host, qint64 now) const;
    void started(const QString &host, qint64 now);
    /// `overloaded`: 429/503 or a reset; `retryAfterMs` from the header, or -1.
    void finished(const QString &host, qint64 now, bool overloaded, qint64 retryAfterMs = -1);
    int inFlight(const QString &host) const;

    static constexpr qint64 MaxBackoffMs = 120000;

private:
    struct HostState
    {
        int inFlight = 0;
        qint64 nextStart = 0;
        qint64 intervalMs = 0;
        qint64 backoffMs = 0;
    };
    HostState &state(const QString &host);
    int m_concurrency;
    qint64 m_intervalMs;
    QHash<QString, HostState> m_hosts;
};

} // namespace xj
