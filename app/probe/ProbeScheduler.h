// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"
#include "probe/ProbeResult.h"
#include "probe/ProbeSchedule.h"
#include "scan/ScanRules.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>

class QNetworkAccessManager;

namespace xj {

class AvailabilityProbe;
class Database;

/// Probes home pages while the workbench is open, so the W-V2 monitoring runs without a cron job:
/// every minute it asks which sites are due (websites in operation with an address, see
/// ProbeSchedule), probes them a few at a time and stores each record. `xunjian-cli probe` uses
/// the same queue through probeSites(), so both store records the same way.
class ProbeScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeScheduler)
public:
    using Clock = std::function<QDateTime()>;

    explicit ProbeScheduler(const Database &database, const ScanRules &rules = {}, QObject *parent = nullptr);
    ~ProbeScheduler() override;

    /// Tests move time themselves; the default is the system clock in UTC.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// How often due sites are looked for (default one minute).
    void setCheckInterval(int milliseconds);
    int checkInterval() const { return m_timer.interval(); }
    /// How many probes run at once (default 4): enough for a round's 50 sites within minutes,
    /// little enough not to disturb the inspector's own browsing.
    void setMaxConcurrent(int probes) { m_maxConcurrent = std::max(1, probes); }
    /// The limit for one attempt (default: the rules' probeTimeoutSeconds).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Starts checking at once and then every interval; stop() ends it and abandons running probes.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    /// Looks for due sites once and queues them.
    void checkNow();
    /// Queues `sites` whether due or not (the command line's explicit choice).
    void probeSites(const QList<Site> &sites);
    /// Whether the scheduler probes `site` at all: a website in operation with an address.
    static bool isMonitored(const Site &site);
    /// Probes queued or running.
    int pending() const { return int(m_queue.size()) + int(m_running.size()); }

signals:
    /// A probe of the site finished and its record is stored.
    void probed(qint64 siteId);
    /// The stored record, for callers that show it.
    void recorded(const xj::ProbeResult &result);
    /// The queue ran empty.
    void idle();
    /// Reading the registry or storing a record failed; the text says what to do.
    void failed(const QString &message);

private:
    void startNext();
    void handleFinished(AvailabilityProbe *probe, const ProbeResult &result);

    const Database &m_db;
    ScanRules m_rules;
    ProbeSchedule m_schedule;
    Clock m_clock;
    QTimer m_timer;
    QNetworkAccessManager *m_network;
    QList<Site> m_queue;
    /// Running probes and when they started by the scheduler's clock.
    QHash<AvailabilityProbe *, QDateTime> m_running;
    QSet<qint64> m_busy; ///< queued or running, so a slow probe is not queued twice
    int m_maxConcurrent = 4;
    int m_timeoutMs;
};

} // namespace xj
