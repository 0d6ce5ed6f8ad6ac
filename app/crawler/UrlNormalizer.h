// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace xj {

/// One spelling per address, so a page linked as /a/../b/index.html?x=1&sid=… and as
/// /b/index.html?x=1 is fetched once: lower-case scheme and host, no default port, no fragment,
/// dot segments resolved, an empty query dropped, session-id and tracking parameters removed, the
/// remaining parameters sorted. The path's case is kept (servers may tell it apart).
class UrlNormalizer
{
public:
    /// An invalid QUrl for what cannot be fetched (mailto:, javascript:, data:, tel:, no host).
    static QUrl normalize(const QUrl &url);
    /// normalize() as a string: the key under which the frontier stores an address.
    static QString key(const QUrl &url);
    /// Whether a query parameter only identifies a session or a campaign (jsessionid, sid, utm_…).
    static bool isSessionParameter(const QString &name);
};

} // namespace xj
