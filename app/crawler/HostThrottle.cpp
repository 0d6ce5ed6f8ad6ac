// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/HostThrottle.h"

#include <QtGlobal>

namespace xj {

HostThrottle::HostThrottle(int concurrency, double requestsPerSecond)
    : m_concurrency(qMax(1, concurrency))
    , m_intervalMs(requestsPerSecond > 0 ? qint64(1000.0 / requestsPerSecond) : 0)
{}

HostThrottle::HostState &HostThrottle::state(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end()) {
        it = m_hosts.insert(host, HostState{});
        it->intervalMs = m_intervalMs;
    }
    return *it;
}

void HostThrottle::setCrawlDelay(const QString &host, double seconds)
{
    HostState &s = state(host);
    s.intervalMs = qMax(s.intervalMs, qint64(seconds * 1000));
}

qint64 HostThrottle::waitBefore(const QString &host, qint64 now) const
{
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend())
        return 0;
    if (it->inFlight >= m_concurrency)
        return -1;
    return qMax<qint64>(0, it->nextStart - now);
}

void HostThrottle::started(const QString &host, qint64 now)
{
    HostState &s = state(host);
    ++s.inFlight;
    s.nextStart = qMax(s.nextStart, now) + s.intervalMs;
}

void HostThrottle::finished(const QString &host, qint64 now, bool overloaded, qint64 retryAfterMs)
{
    HostState &s = state(host);
    s.inFlight = qMax(0, s.inFlight - 1);
    if (overloaded) {
        s.backoffMs = qBound<qint64>(1000, s.backoffMs * 2, MaxBackoffMs);
        const qint64 wait = retryAfterMs >= 0 ? qMin(retryAfterMs, MaxBackoffMs) : s.backoffMs;
        s.nextStart = qMax(s.nextStart, now + wait);
    } else {
        s.backoffMs = 0;
    }
}

int HostThrottle::inFlight(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? 0 : it->inFlight;
}

} // namespace xj
