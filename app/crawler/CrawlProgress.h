// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace xj {

/// What the progress panel and the CLI show while a scan runs.
struct CrawlProgress
{
    int pagesDone = 0;
    int pagesFailed = 0;
    int pagesQueued = 0;
    int linksChecked = 0;
    int linksQueued = 0;
    int skipped = 0;
    int inFlight = 0;
    qint64 elapsedMs = 0;
    double pagesPerSecond = 0; ///< over the last few seconds
    qint64 etaMs = -1;         ///< -1 while unknown
    bool evaluating = false;   ///< the crawl is over; results are being judged
};

} // namespace xj
