// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"

#include <QString>

namespace xj {
class Database;
}

/// Registers a website (in a unit of its own name) for the probe tests; 0 when that failed.
qint64 addWebsite(const xj::Database &db, const QString &name, const QString &url, const QString &code = {},
                  xj::SiteStatus status = xj::SiteStatus::Active);
