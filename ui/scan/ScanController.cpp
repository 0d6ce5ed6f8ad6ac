// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanController.h"

#include "common/ErrorDialog.h"
#include "probe/ProbeScheduler.h"
#include "scan/ScanLogging.h"
#include "scan/ScanQueue.h"
#include "scan/ScanSettingsDialog.h"
#include "sites/SitesPanel.h"
#include "storage/RoundRepository.h"
#include "storage/ScanRepository.h"
#include "storage/SiteRepository.h"
#include "storage/SiteScanSettingsRepository.h"
#include "storage/Transaction.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace xj {

namespace {

/// The availability thresholds of the data folder; the national ones when its file is broken (the
/// error is shown when a scan is started).
ScanRules probeRules(const QString &dataDirectory)
{
    auto rules = ScanRules::forDataDirectory(dataDirectory);
    if (!rules)
        qCWarning(lcScanUi) << rules.error().fullText();
    return rules ? rules.value() : ScanRules{};
}

} // namespace

ScanController::ScanController(const Database &database, const QString &dataDirectory, SitesPanel *sites,
                               QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_sites(sites)
    , m_window(window)
    , m_queue(new ScanQueue(database, this))
    , m_probes(new ProbeScheduler(database, probeRules(dataDirectory), this))
    , m_scanSite(new QAction(tr("Scan whole site…"), this))
    , m_scanAll(new QAction(tr("Scan every website…"), this))
    , m_settings(new QAction(tr("Scan settings of this site…"), this))
    , m_inspectionDate(QDate::currentDate())
{
    m_scanSite->setObjectName(QStringLiteral("scanSiteAction"));
    m_scanSite->setToolTip(tr("Crawls the site (or every site selected in the list) in the background: dead "
                              "links, blank and stale columns, messages, dates and the page checks."));
    m_scanAll->setObjectName(QStringLiteral("scanAllAction"));
    m_settings->setObjectName(QStringLiteral("scanSettingsAction"));
    connect(m_scanSite, &QAction::triggered, this, &ScanController::scanSite);
    connect(m_scanAll, &QAction::triggered, this, &ScanController::scanAll);
    connect(m_settings, &QAction::triggered, this, &ScanController::editSettings);
    connect(m_probes, &ProbeScheduler::failed, this,
            [](const QString &text) { qCWarning(lcScanUi) << "availability probes:" << text; });

    auto unfinished = ScanRepository(database).unfinished();
    if (!unfinished)
        qCWarning(lcScanUi) << unfinished.error().fullText();
    m_unfinished = unfinished ? int(unfinished.value().size()) : 0;
    // The W-V2 monitoring runs while the workbench is open, as the indicators want probes all day.
    m_probes->start();
}

ScanController::~ScanController()
{
    m_probes->stop();
}

QMenu *ScanController::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("S&can"), parent);
    menu->setObjectName(QStringLiteral("scanMenu"));
    menu->addAction(m_scanSite);
    menu->addAction(m_scanAll);
    menu->addSeparator();
    menu->addAction(m_settings);
    return menu;
}

bool ScanController::isScannable(const Site &site)
{
    return site.kind == SiteKind::Website && !site.url.trimmed().isEmpty();
}

void ScanController::setContext(qint64 roundId, const Site *site)
{
    m_site = site ? *site : Site{};
    m_inspectionDate = QDate::currentDate();
    if (roundId > 0) {
        if (auto round = RoundRepository(m_db).get(roundId); round && round.value().inspectionDate.isValid())
            m_inspectionDate = round.value().inspectionDate;
    }
    m_scanSite->setEnabled(isScannable(m_site) || m_sites->selectedSites().size() > 1);
    m_settings->setEnabled(isScannable(m_site));
}

Result<QList<qint64>> ScanController::enqueue(const QList<Site> &sites)
{
    // Every scan is stored before any starts, so a failure queues none of them.
    QList<ScanRecord> records;
    // The office's thresholds, read at each start so an edited scan-rules.json counts at once.
    auto rules = ScanRules::forDataDirectory(m_dataDirectory);
    if (!rules)
        return rules.error();
    for (const Site &site : sites) {
        if (!isScannable(site))
            continue;
        auto settings = SiteScanSettingsRepository(m_db).settingsFor(site.id);
        if (!settings)
            return settings.error();
        ScanRecord scan;
        scan.siteId = site.id;
        scan.startUrl = site.url.trimmed();
        scan.inspectionDate = m_inspectionDate;
        scan.settings = settings.value();
        scan.rules = rules.value();
        records.append(scan);
    }
    if (records.isEmpty())
        return Error{tr("None of the chosen sites is a website with an address."),
                     tr("New-media accounts are not crawled; add the website's address in the site list.")};
    QList<qint64> ids;
    for (const ScanRecord &scan : std::as_const(records)) {
        auto id = m_queue->enqueue(scan);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    qCInfo(lcScanUi) << "queued scans" << ids;
    emit scansQueued(ids);
    return ids;
}

void ScanController::scanSite()
{
    QList<Site> chosen = m_sites->selectedSites();
    if (chosen.size() <= 1)
        chosen = isScannable(m_site) ? QList<Site>{m_site} : QList<Site>{};
    if (chosen.isEmpty())
        return showError(m_window, tr("Scan whole site"),
                         Error{tr("Choose a website with an address in the site list first."), {}});
    if (auto ids = enqueue(chosen); !ids)
        showError(m_window, tr("Scan whole site"), ids.error());
}

void ScanController::scanAll()
{
    auto sites = SiteRepository(m_db).all();
    if (!sites)
        return showError(m_window, tr("Scan every website"), sites.error());
    QList<Site> chosen;
    for (const Site &site : sites.value()) {
        if (ProbeScheduler::isMonitored(site))
            chosen.append(site);
    }
    if (chosen.isEmpty())
        return showError(m_window, tr("Scan every website"),
                         Error{tr("The site list has no website in operation with an address."), {}});
    if (!confirm(m_window, tr("Scan every website"),
                 tr("Queue a whole-site scan of %n website(s)? They run one after another in the background "
                    "and can be paused or cancelled at any time.",
                    nullptr, int(chosen.size()))))
        return;
    if (auto ids = enqueue(chosen); !ids)
        showError(m_window, tr("Scan every website"), ids.error());
}

void ScanController::editSettings()
{
    if (!isScannable(m_site))
        return;
    ScanSettingsDialog dialog(m_db, m_site.id, m_site.name, m_window);
    dialog.exec();
}

void ScanController::resumeUnfinished()
{
    m_unfinished = 0;
    emit unfinishedChanged(0);
    m_queue->resumeUnfinished();
}

void ScanController::discardUnfinished()
{
    auto unfinished = ScanRepository(m_db).unfinished();
    if (!unfinished)
        return showError(m_window, tr("Unfinished scans"), unfinished.error());
    const Status s = withTransaction(m_db, [&]() -> Status {
        for (const ScanRecord &scan : unfinished.value()) {
            if (scan.id == m_queue->currentScanId() || m_queue->waiting().contains(scan.id))
                continue;
            if (Status cancelled = ScanRepository(m_db).setState(scan.id, ScanRecord::State::Cancelled);
                !cancelled)
                return cancelled;
        }
        return Status::success();
    });
    if (!s)
        return showError(m_window, tr("Unfinished scans"), s.error());
    m_unfinished = 0;
    emit unfinishedChanged(0);
}

} // namespace xj
