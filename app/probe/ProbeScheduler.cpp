// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/ProbeScheduler.h"

#include "probe/AvailabilityProbe.h"
#include "probe/ProbeLogging.h"
#include "storage/Database.h"
#include "storage/ProbeRepository.h"
#include "storage/SiteRepository.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace xj {

namespace {

constexpr int DefaultCheckIntervalMs = 60 * 1000;

} // namespace

ProbeScheduler::ProbeScheduler(const Database &database, const ScanRules &rules, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_rules(rules)
    , m_schedule(rules)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_network(new QNetworkAccessManager(this))
    , m_timeoutMs(rules.probeTimeoutSeconds * 1000)
{
    m_timer.setInterval(DefaultCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProbeScheduler::checkNow);
}

ProbeScheduler::~ProbeScheduler()
{
    stop();
}

void ProbeScheduler::setCheckInterval(int milliseconds)
{
    m_timer.setInterval(std::max(1, milliseconds));
}

void ProbeScheduler::start()
{
    m_timer.start();
    checkNow();
}

void ProbeScheduler::stop()
{
    m_timer.stop();
    m_queue.clear();
    m_busy.clear();
    // An abandoned attempt is no evidence either way, so nothing is stored for it.
    const auto running = m_running.keys();
    m_running.clear();
    qDeleteAll(running);
}

bool ProbeScheduler::isMonitored(const Site &site)
{
    return site.kind == SiteKind::Website && site.status == SiteStatus::Active &&
           !site.url.trimmed().isEmpty();
}

void ProbeScheduler::checkNow()
{
    auto sites = SiteRepository(m_db).all();
    if (!sites) {
        emit failed(sites.error().fullText());
        return;
    }
    auto last = ProbeRepository(m_db).lastProbes();
    if (!last) {
        emit failed(last.error().fullText());
        return;
    }
    const QDateTime now = m_clock();
    const qint64 tick = m_timer.interval() / 1000;
    QList<Site> due;
    for (const Site &site : sites.value()) {
        if (isMonitored(site) && m_schedule.isDue(last.value().value(site.id), now, tick))
            due.append(site);
    }
    probeSites(due);
}

void ProbeScheduler::probeSites(const QList<Site> &sites)
{
    for (const Site &site : sites) {
        if (m_busy.contains(site.id))
            continue;
        m_busy.insert(site.id);
        m_queue.append(site);
    }
    startNext();
    if (m_queue.isEmpty() && m_running.isEmpty())
        emit idle();
}

void ProbeScheduler::startNext()
{
    while (!m_queue.isEmpty() && m_running.size() < m_maxConcurrent) {
        const Site site = m_queue.takeFirst();
        auto *probe = new AvailabilityProbe(m_network, this);
        probe->setTimeout(m_timeoutMs);
        connect(probe, &AvailabilityProbe::finished, this,
                [this, probe](const ProbeResult &result) { handleFinished(probe, result); });
        m_running.insert(probe, m_clock());
        probe->probe(site.id, QUrl::fromUserInput(site.url.trimmed()));
    }
}

void ProbeScheduler::handleFinished(AvailabilityProbe *probe, const ProbeResult &result)
{
    if (!m_running.contains(probe))
        return;
    ProbeResult record = result;
    record.probedAt = m_running.take(probe);
    probe->deleteLater();
    m_busy.remove(record.siteId);
    auto stored = ProbeRepository(m_db).add(record);
    if (stored) {
        record.id = stored.value();
        emit recorded(record);
        emit probed(record.siteId);
    } else {
        qCWarning(lcProbe) << "probe record not stored" << stored.error().fullText();
        emit failed(
            tr("A probe record of %1 could not be stored: %2").arg(record.url, stored.error().fullText()));
    }
    startNext();
    if (m_queue.isEmpty() && m_running.isEmpty())
        emit idle();
}

} // namespace xj
