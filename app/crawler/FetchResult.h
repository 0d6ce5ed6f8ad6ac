// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

namespace xj {

/// What asking for one address gave: the HTTP answer after following redirects, or why there was
/// none. `error` is a stable key used in reports and exports:
///   ""                 a response arrived (status may still be ≥ 400: see isBroken())
///   dns                the host name does not resolve
///   refused            nothing listens on the port
///   timeout            no first byte within the connect limit, or no whole response in time
///   tls                the certificate or the TLS handshake failed
///   closed             the server closed the connection without answering
///   redirect_loop      a redirect led back to an address already in the chain
///   too_many_redirects more than MaxRedirects hops
///   too_large          the response exceeded the size limit (the start is kept)
///   network            any other network failure (detail says which)
struct FetchResult
{
    static constexpr int MaxRedirects = 10;

    QUrl url;              ///< as requested
    QUrl finalUrl;         ///< after redirects
    QStringList redirects; ///< every hop after the first request, in order
    int status = 0;
    QString error;
    QString errorDetail;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 bytes = 0; ///< received body bytes (may exceed body.size() when not kept)
    qint64 elapsedMs = 0;
    qint64 retryAfterMs = -1; ///< from a Retry-After header
    bool usedHead = false;    ///< the status came from a HEAD request

    /// No usable answer. A response cut off at the size limit is not broken: it arrived.
    bool isBroken() const
    {
        return (!error.isEmpty() && error != QLatin1String("too_large")) || status >= 400 || status == 0;
    }
    /// Worth another attempt: timeouts, resets, and servers saying they are busy.
    bool isRetryable() const
    {
        return error == QLatin1String("timeout") || error == QLatin1String("closed") || status == 429 ||
               status == 503 || status == 502 || status == 504;
    }
    bool isOverloaded() const { return status == 429 || status == 503; }
    bool isHtml() const;
};

} // namespace xj
