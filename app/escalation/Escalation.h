// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace xj {

/// What the office decided about a site whose findings of a round failed re-check: criticised in
/// public (通报批评) and the accountability recommendation (问责建议) the round report prints.
/// One per round and site.
struct Escalation
{
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 siteId = 0;
    int failedFindings = 0; ///< how many of the round's problems were still not put right
    bool criticised = true;
    QString accountability; ///< the recommendation as printed; empty: none
    QString note;
    QString actor;
    QDateTime decidedAt;
};

} // namespace xj
