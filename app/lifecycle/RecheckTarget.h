// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QUrl>

namespace xj {

class Database;

/// Where a link or availability finding is requested again at re-check. A dead-link finding shows
/// the page the link is on (Finding::url); the dead address itself is kept with the scan candidate
/// the finding was accepted from, or with the one of the earlier round's finding it continues.
class RecheckTarget
{
    Q_DECLARE_TR_FUNCTIONS(xj::RecheckTarget)
public:
    /// The dead link for link.* findings, the home page for site.unavailable; an error when the
    /// address is no longer known (its scan was deleted).
    static Result<QUrl> addressToFetch(const Database &database, const Finding &finding);
};

} // namespace xj
