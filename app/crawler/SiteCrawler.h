// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawler/CrawlFrontier.h"
#include "crawler/CrawlProgress.h"
#include "crawler/CrawlScope.h"
#include "crawler/Fetcher.h"
#include "crawler/HostThrottle.h"
#include "crawler/RobotsRules.h"
#include "crawler/TrapGuard.h"
#include "scan/ScanRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>

namespace xj {

class Database;
class PageAnalyzer;
struct PageAnalysis;

/// Crawls one site for one scan: fetches the site's pages (within its hosts, robots.txt, depth,
/// page and trap limits), checks every image, script, stylesheet, frame, attachment and external
/// link it finds, reads each page on a worker thread (links, column lists, message boards, the
/// page checks), and keeps everything in the scan's frontier in SQLite. Pausing stops new
/// requests; cancelling aborts them. A crawler created for a scan that was interrupted (quit,
/// crash, kill -9) carries on where the database says it stopped. When nothing is left it hands
/// over to the ScanEvaluator and finishes.
class SiteCrawler : public QObject
{
    Q_OBJECT
public:
    SiteCrawler(const Database &database, ScanRecord scan, std::shared_ptr<const PageAnalyzer> analyzer,
                QObject *parent = nullptr);
    ~SiteCrawler() override;

    qint64 scanId() const { return m_scan.id; }
    const ScanRecord &scan() const { return m_scan; }
    CrawlProgress progress() const;
    bool isPaused() const { return m_paused; }

public slots:
    void start();
    void pause();
    void resume();
    void cancel();

signals:
    void progressChanged(const xj::CrawlProgress &progress);
    void stateChanged(xj::ScanRecord::State state);
    /// The scan ended (finished, cancelled or failed); its results are in the database.
    void ended(qint64 scanId, xj::ScanRecord::State state, const QString &error);

private:
    struct HostInfo
    {
        bool robotsRequested = false;
        bool robotsKnown = false;
        RobotsRules robots;
        bool probeDone = false;
        QString notFoundTitle; ///< title of the page the host answers a made-up address with (200)
        qint64 notFoundBytes = -1;
    };
    struct Pending
    {
        CrawlFrontier::Entry entry;
        qint64 due = 0; ///< retry not before (ms on m_clock)
    };
    enum class Special : qint64 { Robots = -1, NotFoundProbe = -2 };
    /// A link of a read page, normalised and placed in scope on the worker thread.
    struct ScopedLink
    {
        QString key;
        CrawlScope::Kind kind = CrawlScope::Kind::Ignored;
        bool sameList = false; ///< another page of the same list (no click deeper)
        QString tag;
        QString anchor;
    };
    static QList<ScopedLink> scopeLinks(const CrawlScope &scope, const QUrl &page,
                                        const PageAnalysis &analysis);

    void pump();
    void refill();
    bool tryStart(const CrawlFrontier::Entry &entry, qint64 now, qint64 &wait);
    void requestHostFacts(const QString &host, const QUrl &sample);
    void onFetched(qint64 token, const FetchResult &result);
    void onSpecialFetched(qint64 token, const FetchResult &result);
    void onAnalysed(const CrawlFrontier::Entry &entry, const FetchResult &result,
                    const PageAnalysis &analysis, const QList<ScopedLink> &links);
    void addLinks(const CrawlFrontier::Entry &page, const QList<ScopedLink> &links);
    void recordPageCandidates(const CrawlFrontier::Entry &page, const PageAnalysis &analysis);
    bool isSoft404(const QString &host, const FetchResult &result, const QString &title,
                   bool saysNotFound) const;
    void flush();
    void finishIfDone();
    void evaluate(ScanRecord::State finalState);
    void fail(const QString &message);

    const Database &m_db;
    ScanRecord m_scan;
    std::shared_ptr<const PageAnalyzer> m_analyzer;
    CrawlScope m_scope;
    TrapGuard m_traps;
    HostThrottle m_throttle;
    CrawlFrontier m_frontier;
    Fetcher *m_fetcher;
    QThreadPool m_pool;
    QTimer m_pumpTimer;
    QTimer m_flushTimer;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    qint64 m_elapsedBefore = 0; ///< time spent in earlier runs of this scan
    QHash<QString, HostInfo> m_hosts;
    std::deque<CrawlFrontier::Entry> m_buffer;
    QList<Pending> m_retries;
    QHash<qint64, CrawlFrontier::Entry> m_inFlight;
    QHash<qint64, int> m_attempts;
    qint64 m_loadedUpTo = 0;
    bool m_moreInDb = true;
    int m_analysing = 0;
    int m_maxAnalysing = 8;
    int m_maxInFlight = 8;
    bool m_started = false;
    bool m_paused = false;
    bool m_ended = false;
    bool m_evaluating = false;
    CrawlFrontier::Counts m_counts;
    QHash<QString, qint64> m_pageHitRows; ///< check id + text → scan_candidates row of page checks
    QHash<qint64, int> m_pageHitCounts;   ///< that row → pages it was seen on
    std::deque<std::array<qint64, 3>> m_rateSamples; ///< (elapsed ms, pages ended, addresses ended)
};

} // namespace xj
