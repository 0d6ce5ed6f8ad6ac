// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "crawler/CrawlProgress.h"
#include "scan/ScanRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

namespace xj {

class Database;
class SiteCrawler;

/// Scans run one after another, so a round's 50 sites can be queued in the evening and run
/// overnight while the machine stays usable. The queue lives in the database (scans in state
/// queued, running or paused): after a quit or a crash, resumeUnfinished() carries on.
class ScanQueue : public QObject
{
    Q_OBJECT
public:
    explicit ScanQueue(const Database &database, QObject *parent = nullptr);
    ~ScanQueue() override;

    /// Stores the scan as queued and starts it when nothing else runs. Returns its id.
    Result<qint64> enqueue(ScanRecord scan);
    /// Picks up scans left unfinished in the database (oldest first).
    void resumeUnfinished();

    qint64 currentScanId() const;
    bool isPaused() const;
    CrawlProgress currentProgress() const;
    /// Waiting scans, in order (without the current one).
    QList<qint64> waiting() const { return m_waiting; }

public slots:
    void pause();
    void resume();
    /// Cancels the scan: the current one stops and keeps its partial results; a waiting one is dropped.
    void cancel(qint64 scanId);

signals:
    void scanStarted(qint64 scanId);
    void progressChanged(qint64 scanId, const xj::CrawlProgress &progress);
    void stateChanged(qint64 scanId, xj::ScanRecord::State state);
    void scanEnded(qint64 scanId, xj::ScanRecord::State state, const QString &error);
    void queueChanged();

private:
    void startNext();
    const Database &m_db;
    QPointer<SiteCrawler> m_current;
    QList<qint64> m_waiting;
};

} // namespace xj
