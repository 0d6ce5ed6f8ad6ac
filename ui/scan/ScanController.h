// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Site.h"

#include <QDate>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace xj {

class Database;
class ProbeScheduler;
class ScanQueue;
class SitesPanel;

/// Starts whole-site scans from the workbench and keeps them going: the "Scan" menu (this site,
/// the selected sites, every website), the queue that runs them one after another in the
/// background, and the availability probes that run while the window is open. Each scan is the
/// site's address, the inspection date T of the current round (today without one), the site's
/// own scan settings and the default rules. Scans left unfinished by a quit are offered for
/// resuming, never resumed behind the inspector's back.
class ScanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanController)
public:
    /// `dataDirectory`: where the office's scan-rules.json (thresholds) is looked for.
    ScanController(const Database &database, const QString &dataDirectory, SitesPanel *sites,
                   QWidget *window);
    ~ScanController() override;

    ScanQueue *queue() const { return m_queue; }
    ProbeScheduler *probes() const { return m_probes; }
    QAction *scanSiteAction() const { return m_scanSite; }
    QAction *scanAllAction() const { return m_scanAll; }
    QAction *settingsAction() const { return m_settings; }
    /// The "Scan" menu for the menu bar.
    QMenu *createMenu(QWidget *parent) const;

    void setContext(qint64 roundId, const Site *site);
    QDate inspectionDate() const { return m_inspectionDate; }
    /// Queues scans of `sites` (websites with an address; others are skipped). Returns the ids.
    Result<QList<qint64>> enqueue(const QList<Site> &sites);
    /// Scans left queued, running or paused by an earlier session and not resumed yet.
    int unfinishedCount() const { return m_unfinished; }

public slots:
    /// The selected sites of the list, or the shown one.
    void scanSite();
    /// Every website in operation of the registry (a round covers them all).
    void scanAll();
    void editSettings();
    void resumeUnfinished();
    /// Marks the scans an earlier session left unfinished as cancelled; their partial results stay.
    void discardUnfinished();

signals:
    void unfinishedChanged(int count);
    /// Scans were queued; the panel comes forward.
    void scansQueued(const QList<qint64> &scanIds);

private:
    static bool isScannable(const Site &site);

    const Database &m_db;
    QString m_dataDirectory;
    SitesPanel *m_sites;
    QWidget *m_window;
    ScanQueue *m_queue;
    ProbeScheduler *m_probes;
    QAction *m_scanSite;
    QAction *m_scanAll;
    QAction *m_settings;
    Site m_site;
    QDate m_inspectionDate;
    int m_unfinished = 0;
};

} // namespace xj
