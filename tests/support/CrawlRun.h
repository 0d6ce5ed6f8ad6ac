// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanCandidate.h"
#include "scan/ScanRecord.h"

#include <QDate>
#include <QUrl>

#include <functional>

namespace xj {
class Database;
class SiteCrawler;
} // namespace xj

/// How a crawl run by a test ended, with what the scan proposed.
struct CrawlOutcome
{
    qint64 scanId = 0;
    xj::ScanRecord::State state = xj::ScanRecord::State::Running;
    QString error;
    xj::ScanCandidates candidates;

    /// The candidates of one check.
    xj::ScanCandidates withCheck(const QString &checkId) const;
    /// The candidate of `checkId` about `url`; null when there is none (or several: see count()).
    const xj::ScanCandidate *find(const QString &checkId, const QString &url) const;
    int count(const QString &checkId, const QString &url) const;
};

/// Runs whole-site crawls in tests: a scan stored in the database, SiteCrawler with the analyzer
/// the CLI and workbench use, the event loop spun until the crawler reports its end.
namespace CrawlRun {

/// Stores a new scan of `start` and returns its id (0 on failure).
qint64 createScan(const xj::Database &db, const QUrl &start, const xj::CrawlSettings &settings,
                  QDate today = QDate(2026, 11, 27));
/// Crawls the stored scan `scanId` until it ends (or `timeoutMs` passes: state stays Running).
/// `whileRunning`, when given, is called every 20 ms with the crawler; returning false destroys
/// the crawler on the spot, as a quit or kill would (the outcome's state stays Running).
CrawlOutcome crawl(const xj::Database &db, qint64 scanId, int timeoutMs = 60000,
                   const std::function<bool(xj::SiteCrawler &)> &whileRunning = {});
/// createScan() and crawl().
CrawlOutcome run(const xj::Database &db, const QUrl &start, const xj::CrawlSettings &settings,
                 QDate today = QDate(2026, 11, 27), int timeoutMs = 60000);
/// Fast settings for a site on this machine: no rate limit, short timeouts, no page checks.
xj::CrawlSettings localSettings();
/// `SELECT count(*) FROM scan_urls WHERE scan_id = ? AND <where>`.
int urlCount(const xj::Database &db, qint64 scanId, const QString &where = QStringLiteral("1"));
/// A column of scan_urls for one address (the normalised url), e.g. value(db, id, url, "state").
QVariant urlValue(const xj::Database &db, qint64 scanId, const QString &url, const QString &column);

} // namespace CrawlRun
