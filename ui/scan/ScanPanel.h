// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawler/CrawlProgress.h"
#include "model/Site.h"
#include "scan/ScanRecord.h"
#include "scan/columns/ColumnAggregator.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace xj {

class AvailabilityView;
class Database;
class ScanColumnsModel;
class ScanController;
class ScanFindingAcceptor;
class ScanListModel;
class ScanResultsView;

/// The "Site scan" tab under the browser: the running scan's progress (pages fetched, queued
/// and failed, links checked, rate, elapsed time and what is left) with pause, resume and
/// cancel; the queue; the shown site's past scans, one of which is shown in detail — its
/// results by category, its columns with their update classes, and the site's availability.
/// Progress redraws only a few labels, at most as often as the crawler reports (4 times a
/// second), so the window stays responsive while a scan runs.
class ScanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanPanel)
public:
    ScanPanel(const Database &database, ScanController *controller, QWidget *parent = nullptr);
    ~ScanPanel() override;

    /// Where accepted candidates go; the panel forwards the inspector's choice and shows the outcome.
    void setAcceptor(ScanFindingAcceptor *acceptor);
    void setContext(qint64 roundId, const Site *site);
    /// Shows one scan's results and columns; 0 shows none.
    void showScan(qint64 scanId);
    qint64 shownScanId() const { return m_scan.id; }

    ScanResultsView *resultsView() const { return m_results; }
    ScanColumnsModel *columnsModel() const { return m_columnsModel; }
    ScanListModel *historyModel() const { return m_historyModel; }
    ScanListModel *queueModel() const { return m_queueModel; }
    AvailabilityView *availabilityView() const { return m_availability; }

signals:
    void openPageRequested(const QUrl &url);
    /// A line for the status bar.
    void message(const QString &text);

private:
    void buildProgressBox(QWidget *box);
    void showProgress(qint64 scanId, const CrawlProgress &progress);
    void showState(qint64 scanId, ScanRecord::State state);
    void scanEnded(qint64 scanId, ScanRecord::State state, const QString &error);
    void reloadQueue();
    void reloadHistory();
    void reloadColumns();
    void refreshAvailability();
    void updateControls();
    void showUnfinished(int count);
    void dismiss(const ScanCandidates &candidates);
    void exportResults();
    void reclassify(const ColumnSummary &column, ColumnClass cls);
    QHash<qint64, QString> siteNames() const;

    const Database &m_db;
    ScanController *m_controller;
    ScanFindingAcceptor *m_acceptor = nullptr;
    Site m_site;
    ScanRecord m_scan; ///< the one shown
    bool m_columnsLoaded = false;
    QWidget *m_unfinishedBar;
    QLabel *m_unfinishedLabel;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    QLabel *m_figures;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    ScanListModel *m_queueModel;
    QTableView *m_queueView;
    ScanListModel *m_historyModel;
    QTableView *m_historyView;
    QTabWidget *m_tabs;
    ScanResultsView *m_results;
    ScanColumnsModel *m_columnsModel;
    QTableView *m_columnsView;
    AvailabilityView *m_availability;
};

} // namespace xj
