// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrawlRun.h"

#include "crawler/SiteCrawler.h"
#include "scan/PageAnalyzerFactory.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

xj::ScanCandidates CrawlOutcome::withCheck(const QString &checkId) const
{
    xj::ScanCandidates out;
    for (const xj::ScanCandidate &c : candidates) {
        if (c.checkId == checkId)
            out.append(c);
    }
    return out;
}

int CrawlOutcome::count(const QString &checkId, const QString &url) const
{
    int n = 0;
    for (const xj::ScanCandidate &c : candidates)
        n += c.checkId == checkId && c.url == url ? 1 : 0;
    return n;
}

const xj::ScanCandidate *CrawlOutcome::find(const QString &checkId, const QString &url) const
{
    if (count(checkId, url) != 1)
        return nullptr;
    for (const xj::ScanCandidate &c : candidates) {
        if (c.checkId == checkId && c.url == url)
            return &c;
    }
    return nullptr;
}

namespace CrawlRun {

xj::CrawlSettings localSettings()
{
    xj::CrawlSettings s;
    s.requestsPerSecond = 0;
    s.concurrencyPerHost = 4;
    s.connectTimeoutMs = 3000;
    s.responseTimeoutMs = 6000;
    s.retries = 1;
    s.runPageChecks = false;
    return s;
}

qint64 createScan(const xj::Database &db, const QUrl &start, const xj::CrawlSettings &settings, QDate today)
{
    xj::ScanRecord scan;
    scan.startUrl = start.toString(QUrl::FullyEncoded);
    scan.inspectionDate = today;
    scan.settings = settings;
    auto id = xj::ScanRepository(db).create(scan);
    return id ? id.value() : 0;
}

CrawlOutcome crawl(const xj::Database &db, qint64 scanId, int timeoutMs,
                   const std::function<bool(xj::SiteCrawler &)> &whileRunning)
{
    CrawlOutcome outcome;
    outcome.scanId = scanId;
    auto scan = xj::ScanRepository(db).find(scanId);
    if (!scan) {
        outcome.error = scan.error().fullText();
        return outcome;
    }
    auto analyzer = xj::PageAnalyzerFactory::create(&db, scan.value());
    if (!analyzer) {
        outcome.error = analyzer.error().fullText();
        return outcome;
    }
    QEventLoop loop;
    auto crawler = std::make_unique<xj::SiteCrawler>(db, scan.value(), analyzer.value());
    QObject::connect(crawler.get(), &xj::SiteCrawler::ended, &loop,
                     [&](qint64, xj::ScanRecord::State state, const QString &error) {
                         outcome.state = state;
                         outcome.error = error;
                         loop.quit();
                     });
    QTimer watch;
    bool interrupted = false;
    if (whileRunning) {
        QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
            if (!whileRunning(*crawler)) {
                interrupted = true;
                loop.quit();
            }
        });
        watch.start(20);
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, crawler.get(), &xj::SiteCrawler::start);
    loop.exec();
    watch.stop();
    crawler.reset(); // as a quit would: in-flight requests dropped, the open batch written
    if (interrupted)
        return outcome;
    auto candidates = xj::ScanRepository(db).candidates(scanId);
    if (candidates)
        outcome.candidates = candidates.value();
    return outcome;
}

CrawlOutcome run(const xj::Database &db, const QUrl &start, const xj::CrawlSettings &settings, QDate today,
                 int timeoutMs)
{
    const qint64 id = createScan(db, start, settings, today);
    if (id == 0)
        return {};
    return crawl(db, id, timeoutMs);
}

int urlCount(const xj::Database &db, qint64 scanId, const QString &where)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM scan_urls WHERE scan_id = ? AND (%1)").arg(where));
    q.addBindValue(scanId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QVariant urlValue(const xj::Database &db, qint64 scanId, const QString &url, const QString &column)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM scan_urls WHERE scan_id = ? AND url = ?").arg(column));
    q.addBindValue(scanId);
    q.addBindValue(url);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace CrawlRun
