// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace xj {

/// One attempt to open a site's home page (W-V2 站点无法访问). Every attempt is kept as evidence,
/// the successful ones too: the failure ratio is only as credible as the count it is taken over.
struct ProbeResult
{
    qint64 id = 0; ///< probe_results.id once stored
    qint64 siteId = 0;
    QString url;
    QDateTime probedAt; ///< when the attempt started, UTC
    bool ok = false;
    int status = 0; ///< HTTP status of the final response; 0 when none came
    /// Why the attempt failed, as a stable code: dns, refused, timeout, tls, http, closed, redirect,
    /// address, network. Empty when it succeeded.
    QString error;
    int elapsedMs = 0;
    QString vantage; ///< the machine that probed: a local outage there is not the site being down
};

using ProbeResults = QList<ProbeResult>;

} // namespace xj

Q_DECLARE_METATYPE(xj::ProbeResult)
