// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/SiteCrawler.h"

#include "crawler/CrawlerLogging.h"
#include "crawler/UrlNormalizer.h"
#include "scan/PageAnalyzer.h"
#include "scan/ScanEvaluator.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace xj {

namespace {

constexpr int BufferSize = 400;
constexpr int FlushIntervalMs = 250;
constexpr int ProgressIntervalMs = 250;

} // namespace

SiteCrawler::SiteCrawler(const Database &database, ScanRecord scan,
                         std::shared_ptr<const PageAnalyzer> analyzer, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_scan(std::move(scan))
    , m_analyzer(std::move(analyzer))
    , m_scope(QUrl(m_scan.startUrl), m_scan.settings)
    , m_traps(m_scan.inspectionDate.isValid() ? m_scan.inspectionDate : QDate::currentDate())
    , m_throttle(m_scan.settings.concurrencyPerHost, m_scan.settings.requestsPerSecond)
    , m_frontier(database, m_scan.id)
    , m_fetcher(new Fetcher(m_scan.settings, nullptr, this))
{
    m_elapsedBefore = m_scan.elapsedMs;
    // Reading pages is where the CPU goes: one reader per core. The network and the frontier on
    // this thread need little (the crawler's own plain-HTTP replies read whole buffers).
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount() + 1));
    m_maxAnalysing = 16 * m_pool.maxThreadCount() + 16;
    m_maxInFlight = qBound(4, m_scan.settings.concurrencyPerHost * 2 + 4, 64);
    connect(m_fetcher, &Fetcher::finished, this, &SiteCrawler::onFetched);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &SiteCrawler::pump);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SiteCrawler::flush);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emit progressChanged(progress()); });
}

SiteCrawler::~SiteCrawler()
{
    m_fetcher->abortAll();
    m_pool.waitForDone();
    // Whatever was read so far stays; unfinished addresses are still queued for a resume.
    m_frontier.commitBatch();
}

void SiteCrawler::start()
{
    if (m_started)
        return;
    m_started = true;
    if (const Status s = m_frontier.open(); !s)
        return fail(s.error().fullText());
    const QUrl start = UrlNormalizer::normalize(QUrl(m_scan.startUrl));
    if (!start.isValid())
        return fail(
            tr("The address %1 cannot be scanned: use a web address such as http://www.example.gov.cn/.")
                .arg(m_scan.startUrl));
    m_frontier.beginBatch();
    m_frontier.add(start.toString(QUrl::FullyEncoded), QStringLiteral("page"), 0);
    m_frontier.commitBatch();
    m_counts = m_frontier.counts();
    ScanRepository(m_db).markStarted(m_scan.id);
    m_scan.state = ScanRecord::State::Running;
    emit stateChanged(m_scan.state);
    m_clock.start();
    m_flushTimer.start();
    m_progressTimer.start();
    requestHostFacts(CrawlScope::hostKey(start), start);
    m_frontier.beginBatch();
    pump();
}

void SiteCrawler::pause()
{
    if (m_ended || m_paused)
        return;
    m_paused = true;
    flush();
    ScanRepository(m_db).setState(m_scan.id, ScanRecord::State::Paused);
    m_scan.state = ScanRecord::State::Paused;
    emit stateChanged(m_scan.state);
    emit progressChanged(progress());
}

void SiteCrawler::resume()
{
    if (m_ended || !m_paused)
        return;
    m_paused = false;
    ScanRepository(m_db).setState(m_scan.id, ScanRecord::State::Running);
    m_scan.state = ScanRecord::State::Running;
    emit stateChanged(m_scan.state);
    pump();
}

void SiteCrawler::cancel()
{
    if (m_ended)
        return;
    m_fetcher->abortAll();
    m_inFlight.clear();
    m_pool.waitForDone();
    evaluate(ScanRecord::State::Cancelled);
}

void SiteCrawler::fail(const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    m_fetcher->abortAll();
    m_frontier.commitBatch();
    ScanRepository(m_db).setState(m_scan.id, ScanRecord::State::Failed, message);
    m_scan.state = ScanRecord::State::Failed;
    m_flushTimer.stop();
    m_progressTimer.stop();
    emit stateChanged(m_scan.state);
    emit ended(m_scan.id, ScanRecord::State::Failed, message);
}

CrawlProgress SiteCrawler::progress() const
{
    CrawlProgress p;
    p.pagesDone = m_counts.pagesDone;
    p.pagesFailed = m_counts.pagesFailed;
    p.pagesQueued = m_counts.pagesQueued;
    p.linksChecked = m_counts.linksChecked;
    p.linksQueued = m_counts.linksQueued;
    p.skipped = m_counts.skipped;
    p.inFlight = int(m_inFlight.size());
    p.elapsedMs = m_elapsedBefore + (m_clock.isValid() ? m_clock.elapsed() : 0);
    p.evaluating = m_evaluating;
    if (m_rateSamples.size() >= 2) {
        const auto &a = m_rateSamples.front();
        const auto &b = m_rateSamples.back();
        if (b[0] > a[0]) {
            p.pagesPerSecond = 1000.0 * double(b[1] - a[1]) / double(b[0] - a[0]);
            // The estimate counts every address left, at the rate addresses were answered.
            const double perSecond = 1000.0 * double(b[2] - a[2]) / double(b[0] - a[0]);
            if (perSecond > 0.1)
                p.etaMs = qint64(1000.0 * (p.pagesQueued + p.linksQueued) / perSecond);
        }
    }
    return p;
}

void SiteCrawler::requestHostFacts(const QString &host, const QUrl &sample)
{
    HostInfo &info = m_hosts[host];
    QUrl root = sample;
    root.setQuery(QString());
    if (!info.robotsRequested) {
        info.robotsRequested = true;
        if (m_scan.settings.respectRobots) {
            root.setPath(QStringLiteral("/robots.txt"));
            m_fetcher->fetch(qint64(Special::Robots), root, Fetcher::Mode::Read);
            m_throttle.started(host, m_clock.elapsed());
        } else {
            info.robotsKnown = true;
        }
    }
    if (!info.probeDone) {
        info.probeDone = true;
        // An address that cannot exist: a 200 answer means the host hides missing pages (soft 404).
        root.setPath(QStringLiteral("/xunjian-probe-%1/no-such-page.html")
                         .arg(QRandomGenerator::global()->generate64(), 0, 36));
        m_fetcher->fetch(qint64(Special::NotFoundProbe), root, Fetcher::Mode::Read);
        m_throttle.started(host, m_clock.elapsed());
    }
}

void SiteCrawler::refill()
{
    if (!m_moreInDb || m_buffer.size() >= BufferSize / 2)
        return;
    // Queued rows written in the open batch are visible to this connection.
    const QList<CrawlFrontier::Entry> rows = m_frontier.queued(m_loadedUpTo, BufferSize);
    for (const CrawlFrontier::Entry &e : rows) {
        m_buffer.push_back(e);
        m_loadedUpTo = e.id;
    }
    m_moreInDb = rows.size() == BufferSize;
}

void SiteCrawler::pump()
{
    if (m_ended || m_paused || m_evaluating)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 soonest = -1;
    auto noteWait = [&soonest](qint64 wait) {
        if (wait > 0 && (soonest < 0 || wait < soonest))
            soonest = wait;
    };
    // Retries whose time has come go first.
    for (qsizetype i = 0; i < m_retries.size() && m_inFlight.size() < m_maxInFlight;) {
        qint64 wait = 0;
        if (m_retries[i].due > now) {
            noteWait(m_retries[i].due - now);
            ++i;
        } else if (tryStart(m_retries[i].entry, now, wait)) {
            m_retries.removeAt(i);
        } else {
            noteWait(wait);
            ++i;
        }
    }
    refill();
    // Walk the buffer in order; entries for a busy host wait their turn without blocking others.
    // A host found busy is not asked again in this pass: the walk stays cheap however long the
    // buffer, which matters because this runs after every response.
    QSet<QString> busyHosts;
    qsizetype scanned = 0;
    for (auto it = m_buffer.begin(); it != m_buffer.end() && m_inFlight.size() < m_maxInFlight &&
                                     m_analysing < m_maxAnalysing && scanned < BufferSize;
         ++scanned) {
        if (busyHosts.contains(it->host)) {
            ++it;
            continue;
        }
        qint64 wait = 0;
        if (tryStart(*it, now, wait)) {
            it = m_buffer.erase(it);
            if (m_buffer.size() < BufferSize / 2) {
                const auto offset = it - m_buffer.begin();
                refill();
                it = m_buffer.begin() + offset;
            }
        } else {
            noteWait(wait);
            busyHosts.insert(it->host);
            ++it;
        }
    }
    if (soonest > 0 && !m_pumpTimer.isActive())
        m_pumpTimer.start(int(qMin<qint64>(soonest, 60000)));
    finishIfDone();
}

bool SiteCrawler::tryStart(const CrawlFrontier::Entry &entry, qint64 now, qint64 &wait)
{
    const QUrl url(entry.url);
    const QString &host = entry.host;
    const bool isPage = entry.kind == QLatin1String("page");
    if (entry.kind == QLatin1String("external") && !m_scan.settings.checkExternal) {
        // A host under .invalid never resolves (RFC 6761): dead without asking anyone.
        if (url.host().endsWith(QLatin1String(".invalid"))) {
            FetchResult r;
            r.url = url;
            r.error = QStringLiteral("dns");
            r.errorDetail = tr("The host name %1 does not exist.").arg(url.host());
            m_frontier.record(entry.id, r, QStringLiteral("failed"));
        } else {
            m_frontier.skip(entry.id, QStringLiteral("external_not_checked"));
        }
        --m_counts.linksQueued;
        ++m_counts.skipped;
        return true;
    }
    if (isPage) {
        HostInfo &info = m_hosts[host];
        if (!info.robotsRequested)
            requestHostFacts(host, url);
        if (!info.robotsKnown) {
            wait = -1;
            return false;
        }
        const QString path = url.path(QUrl::FullyEncoded) +
                             (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
        if (!info.robots.allows(path)) {
            m_frontier.skip(entry.id, QStringLiteral("robots"));
            --m_counts.pagesQueued;
            ++m_counts.skipped;
            return true;
        }
    }
    const qint64 w = m_throttle.waitBefore(host, now);
    if (w != 0) {
        wait = w;
        return false;
    }
    m_throttle.started(host, now);
    m_inFlight.insert(entry.id, entry);
    m_fetcher->fetch(entry.id, url, isPage ? Fetcher::Mode::Read : Fetcher::Mode::Check);
    return true;
}

void SiteCrawler::onSpecialFetched(qint64 token, const FetchResult &result)
{
    const QString host = CrawlScope::hostKey(result.url);
    m_throttle.finished(host, m_clock.elapsed(), result.isOverloaded(), result.retryAfterMs);
    HostInfo &info = m_hosts[host];
    if (token == qint64(Special::Robots)) {
        info.robotsKnown = true;
        // Only a real robots.txt counts; an error page or a 404 means no rules.
        if (result.status == 200 && !result.isHtml()) {
            info.robots = RobotsRules::parse(result.body);
            if (info.robots.crawlDelaySeconds() > 0)
                m_throttle.setCrawlDelay(host, info.robots.crawlDelaySeconds());
        }
    } else if (result.status == 200 && result.error.isEmpty()) {
        const PageAnalysis probe = m_analyzer->analyze(result.finalUrl, result.body, result.contentType);
        info.notFoundTitle = probe.title;
        info.notFoundBytes = result.bytes;
        qCInfo(lcCrawler) << host << "answers a made-up address with 200: soft 404s are compared with it";
    }
    pump();
}

void SiteCrawler::onFetched(qint64 token, const FetchResult &result)
{
    if (token < 0)
        return onSpecialFetched(token, result);
    const auto it = m_inFlight.find(token);
    if (it == m_inFlight.end())
        return; // cancelled meanwhile
    const CrawlFrontier::Entry entry = *it;
    m_inFlight.erase(it);
    const qint64 now = m_clock.elapsed();
    const QString host = CrawlScope::hostKey(result.url);
    m_throttle.finished(host, now, result.isOverloaded() || result.error == QLatin1String("closed"),
                        result.retryAfterMs);
    int &attempts = m_attempts[entry.id];
    if (result.isRetryable() && attempts < m_scan.settings.retries && !m_ended) {
        ++attempts;
        const qint64 backoff = result.retryAfterMs >= 0 ? qMin<qint64>(result.retryAfterMs, 120000)
                                                        : qint64(1000) << qMin(attempts, 6);
        m_retries.append({entry, now + backoff});
        pump();
        return;
    }
    m_attempts.remove(entry.id);
    const bool isPage = entry.kind == QLatin1String("page");
    const QUrl finalUrl = UrlNormalizer::normalize(result.finalUrl);
    const bool stillOurs =
        finalUrl.isValid() && m_scope.classify(finalUrl, QStringLiteral("a")) == CrawlScope::Kind::Page;
    if (isPage && !result.isBroken() && stillOurs && result.isHtml()) {
        if (!result.redirects.isEmpty())
            m_frontier.alias(finalUrl.toString(QUrl::FullyEncoded), entry.id);
        ++m_analysing;
        auto analyzer = m_analyzer;
        // Reading the page and placing its links (URL parsing is the costly part) happen on a
        // worker; the frontier, which needs the database, stays on this thread.
        m_pool.start([this, analyzer, entry, result] {
            PageAnalysis analysis = analyzer->analyze(result.finalUrl, result.body, result.contentType);
            const QList<ScopedLink> links = scopeLinks(m_scope, QUrl(entry.url), analysis);
            analysis.links.clear();
            FetchResult kept = result;
            kept.body.clear();
            QMetaObject::invokeMethod(
                this, [this, entry, kept, analysis, links] { onAnalysed(entry, kept, analysis, links); },
                Qt::QueuedConnection);
        });
    } else {
        const bool broken = result.isBroken();
        m_frontier.record(entry.id, result, broken ? QStringLiteral("failed") : QStringLiteral("done"));
        if (isPage) {
            --m_counts.pagesQueued;
            ++(broken ? m_counts.pagesFailed : m_counts.pagesDone);
        } else {
            --m_counts.linksQueued;
            ++m_counts.linksChecked;
        }
    }
    pump();
}

bool SiteCrawler::isSoft404(const QString &host, const FetchResult &result, const QString &title,
                            bool saysNotFound) const
{
    if (result.status != 200)
        return false;
    if (saysNotFound)
        return true;
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend() || it->notFoundBytes < 0)
        return false;
    // The same title as the made-up address got, and about the same size: the host's error page.
    const qint64 a = it->notFoundBytes, b = result.bytes;
    return title == it->notFoundTitle && qAbs(a - b) <= qMax<qint64>(256, a / 10);
}

void SiteCrawler::onAnalysed(const CrawlFrontier::Entry &entry, const FetchResult &result,
                             const PageAnalysis &analysis, const QList<ScopedLink> &links)
{
    --m_analysing;
    if (m_ended)
        return;
    const bool soft404 =
        isSoft404(CrawlScope::hostKey(result.finalUrl), result, analysis.title, analysis.notFoundText);
    QJsonObject facts = analysis.facts;
    if (!analysis.candidates.isEmpty())
        facts.insert(QStringLiteral("k"), ScanEvaluator::pageCandidatesToJson(analysis.candidates));
    if (!analysis.decodeError.isEmpty())
        facts.insert(QStringLiteral("decodeError"), analysis.decodeError);
    const QString factsText = facts.isEmpty() || soft404
                                  ? QString()
                                  : QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact));
    m_frontier.record(entry.id, result, QStringLiteral("done"), analysis.title, soft404, factsText);
    --m_counts.pagesQueued;
    ++m_counts.pagesDone;
    if (!soft404)
        addLinks(entry, links);
    pump();
}

QList<SiteCrawler::ScopedLink> SiteCrawler::scopeLinks(const CrawlScope &scope, const QUrl &page,
                                                       const PageAnalysis &analysis)
{
    QList<ScopedLink> out;
    out.reserve(analysis.links.size());
    QSet<QString> seen;
    for (const DiscoveredLink &link : analysis.links) {
        const QUrl url = UrlNormalizer::normalize(link.url);
        if (!url.isValid())
            continue;
        const CrawlScope::Kind kind = scope.classify(url, link.tag);
        if (kind == CrawlScope::Kind::Ignored)
            continue;
        QString key = url.toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            continue; // the same target twice on one page is one source
        seen.insert(key);
        const bool sameList = kind == CrawlScope::Kind::Page && CrawlScope::isSameListPage(page, url);
        out.append({std::move(key), kind, sameList, link.tag, link.anchor});
    }
    return out;
}

void SiteCrawler::addLinks(const CrawlFrontier::Entry &page, const QList<ScopedLink> &links)
{
    const int maxRows = m_scan.settings.maxPages * 5;
    for (const ScopedLink &link : links) {
        const CrawlScope::Kind kind = link.kind;
        const QString kindKey = kind == CrawlScope::Kind::Page       ? QStringLiteral("page")
                                : kind == CrawlScope::Kind::Resource ? QStringLiteral("resource")
                                                                     : QStringLiteral("external");
        const int depth = link.sameList ? page.depth : page.depth + 1;
        // Most links of a page (the navigation, the footer) are known already: only a new address
        // is judged by the limits and the trap guard.
        if (const qint64 known = m_frontier.find(link.key)) {
            m_frontier.addSource(known, page.id, link.tag, link.anchor);
            continue;
        }
        QString skip;
        if (kind == CrawlScope::Kind::Page) {
            if (m_counts.pagesKnown() >= m_scan.settings.maxPages)
                skip = QStringLiteral("max_pages");
            else
                skip = m_traps.check(QUrl(link.key), depth, m_scan.settings.maxDepth);
        } else if (m_counts.pagesKnown() + m_counts.linksQueued + m_counts.linksChecked >= maxRows) {
            skip = QStringLiteral("max_pages");
        }
        bool added = false;
        const qint64 id = m_frontier.add(link.key, kindKey, depth, &added, skip);
        if (id == 0)
            continue;
        if (added) {
            if (!skip.isEmpty())
                ++m_counts.skipped;
            else if (kind == CrawlScope::Kind::Page)
                ++m_counts.pagesQueued;
            else
                ++m_counts.linksQueued;
            if (skip.isEmpty())
                m_moreInDb = true;
        }
        m_frontier.addSource(id, page.id, link.tag, link.anchor);
    }
}

void SiteCrawler::flush()
{
    if (const Status s = m_frontier.commitBatch(); !s)
        return fail(s.error().fullText());
    if (!m_ended)
        m_frontier.beginBatch();
    const qint64 now = m_clock.elapsed();
    m_rateSamples.push_back({now, m_counts.pagesDone + m_counts.pagesFailed,
                             m_counts.pagesDone + m_counts.pagesFailed + m_counts.linksChecked});
    while (m_rateSamples.size() > 2 && now - m_rateSamples.front()[0] > 10000)
        m_rateSamples.pop_front();
    // The time spent so far, so a scan resumed after a crash reports its whole duration.
    if (!m_ended && !m_paused)
        ScanRepository(m_db).setElapsed(m_scan.id, m_elapsedBefore + now);
}

void SiteCrawler::finishIfDone()
{
    if (m_ended || m_evaluating || m_paused)
        return;
    if (!m_inFlight.isEmpty() || m_analysing > 0 || !m_retries.isEmpty() || !m_buffer.empty() ||
        m_fetcher->inFlight() > 0)
        return;
    refill();
    if (!m_buffer.empty()) {
        QTimer::singleShot(0, this, &SiteCrawler::pump);
        return;
    }
    evaluate(ScanRecord::State::Finished);
}

void SiteCrawler::evaluate(ScanRecord::State finalState)
{
    m_evaluating = true;
    m_pumpTimer.stop();
    emit progressChanged(progress());
    m_frontier.commitBatch();
    const qint64 elapsed = m_elapsedBefore + m_clock.elapsed();
    ScanRecord judged = m_scan;
    judged.elapsedMs = elapsed;
    auto summary = ScanEvaluator(m_db).evaluate(judged, finalState != ScanRecord::State::Finished);
    m_ended = true;
    m_flushTimer.stop();
    m_progressTimer.stop();
    if (!summary) {
        ScanRepository(m_db).setState(m_scan.id, ScanRecord::State::Failed, summary.error().fullText());
        m_scan.state = ScanRecord::State::Failed;
        emit stateChanged(m_scan.state);
        emit ended(m_scan.id, m_scan.state, summary.error().fullText());
        return;
    }
    ScanRepository(m_db).markEnded(m_scan.id, finalState, summary.value(), elapsed);
    m_scan.state = finalState;
    m_scan.summary = summary.value();
    m_evaluating = false;
    emit progressChanged(progress());
    emit stateChanged(finalState);
    emit ended(m_scan.id, finalState, QString());
}

} // namespace xj
