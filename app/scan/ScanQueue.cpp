// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanQueue.h"

#include "crawler/SiteCrawler.h"
#include "scan/PageAnalyzerFactory.h"
#include "storage/ScanRepository.h"

#include <QTimer>

namespace xj {

ScanQueue::ScanQueue(const Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{}

ScanQueue::~ScanQueue()
{
    // The crawler's destructor writes what it has; the scan stays "running" for a resume.
    delete m_current.data();
}

Result<qint64> ScanQueue::enqueue(ScanRecord scan)
{
    scan.state = ScanRecord::State::Queued;
    auto id = ScanRepository(m_db).create(scan);
    if (!id)
        return id.error();
    m_waiting.append(id.value());
    emit queueChanged();
    if (!m_current)
        QTimer::singleShot(0, this, &ScanQueue::startNext);
    return id.value();
}

void ScanQueue::resumeUnfinished()
{
    auto unfinished = ScanRepository(m_db).unfinished();
    if (!unfinished)
        return;
    for (const ScanRecord &s : unfinished.value()) {
        if (!m_waiting.contains(s.id) && currentScanId() != s.id)
            m_waiting.append(s.id);
    }
    emit queueChanged();
    if (!m_current)
        startNext();
}

qint64 ScanQueue::currentScanId() const
{
    return m_current ? m_current->scanId() : 0;
}

bool ScanQueue::isPaused() const
{
    return m_current && m_current->isPaused();
}

CrawlProgress ScanQueue::currentProgress() const
{
    return m_current ? m_current->progress() : CrawlProgress{};
}

void ScanQueue::pause()
{
    if (m_current)
        m_current->pause();
}

void ScanQueue::resume()
{
    if (m_current)
        m_current->resume();
}

void ScanQueue::cancel(qint64 scanId)
{
    if (m_current && m_current->scanId() == scanId) {
        m_current->cancel();
        return;
    }
    if (m_waiting.removeAll(scanId) > 0) {
        ScanRepository(m_db).setState(scanId, ScanRecord::State::Cancelled);
        emit stateChanged(scanId, ScanRecord::State::Cancelled);
        emit queueChanged();
    }
}

void ScanQueue::startNext()
{
    while (!m_current && !m_waiting.isEmpty()) {
        const qint64 id = m_waiting.takeFirst();
        emit queueChanged();
        auto scan = ScanRepository(m_db).find(id);
        if (!scan)
            continue;
        auto analyzer = PageAnalyzerFactory::create(&m_db, scan.value());
        if (!analyzer) {
            ScanRepository(m_db).setState(id, ScanRecord::State::Failed, analyzer.error().fullText());
            emit scanEnded(id, ScanRecord::State::Failed, analyzer.error().fullText());
            continue;
        }
        auto *crawler = new SiteCrawler(m_db, scan.value(), analyzer.value(), this);
        m_current = crawler;
        connect(crawler, &SiteCrawler::progressChanged, this,
                [this, id](const CrawlProgress &p) { emit progressChanged(id, p); });
        connect(crawler, &SiteCrawler::stateChanged, this,
                [this, id](ScanRecord::State s) { emit stateChanged(id, s); });
        connect(crawler, &SiteCrawler::ended, this,
                [this, crawler](qint64 scanId, ScanRecord::State state, const QString &error) {
                    crawler->deleteLater();
                    m_current = nullptr;
                    emit scanEnded(scanId, state, error);
                    QTimer::singleShot(0, this, &ScanQueue::startNext);
                });
        emit scanStarted(id);
        crawler->start();
    }
}

} // namespace xj
