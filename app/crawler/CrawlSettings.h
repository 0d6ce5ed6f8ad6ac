// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace xj {

/// How a whole-site scan behaves. The defaults are polite to real government servers (small
/// county servers that also serve the public): two connections and two requests a second per host.
/// A rate of 0 means no limit (benchmarks, the demo site on this machine).
struct CrawlSettings
{
    int maxPages = 20000; ///< pages of the site fetched and read (resources and external links on top)
    int maxDepth = 12;    ///< clicks from the start page
    qint64 maxResponseBytes = 16 * 1024 * 1024; ///< larger responses are cut off and reported
    int concurrencyPerHost = 2;
    double requestsPerSecond = 2.0; ///< per host; 0 = unlimited
    int connectTimeoutMs = 10000;   ///< until the first byte of the response
    int responseTimeoutMs = 30000;  ///< the whole response
    int retries = 2;                ///< for timeouts, resets and 429/503
    bool respectRobots = true;
    bool checkExternal = true; ///< check (HEAD, then GET) links to other sites; never crawl them
    bool runPageChecks = true; ///< run the automated page checks on every page
    QStringList extraHosts;    ///< further hosts that belong to the site (crawled)
    QStringList pathPrefixes;  ///< crawl only under these paths; empty = the whole host
    QString userAgent;         ///< empty: "Xunjian/<version> (+government website inspection)"

    QJsonObject toJson() const;
    /// Missing keys keep their defaults; values are clamped to sane ranges.
    static CrawlSettings fromJson(const QJsonObject &json);
    QString effectiveUserAgent() const;
};

} // namespace xj
