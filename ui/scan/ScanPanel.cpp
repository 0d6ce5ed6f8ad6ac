// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanPanel.h"

#include "common/ErrorDialog.h"
#include "probe/AvailabilityReport.h"
#include "probe/ProbeScheduler.h"
#include "scan/AvailabilityView.h"
#include "scan/ColumnClassDelegate.h"
#include "scan/ScanColumns.h"
#include "scan/ScanColumnsModel.h"
#include "scan/ScanController.h"
#include "scan/ScanFindingAcceptor.h"
#include "scan/ScanListModel.h"
#include "scan/ScanQueue.h"
#include "scan/ScanReportExport.h"
#include "scan/ScanResultsModel.h"
#include "scan/ScanResultsView.h"
#include "storage/ProbeRepository.h"
#include "storage/ScanRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace xj {

namespace {

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QTableView *listView(const char *name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

ScanPanel::ScanPanel(const Database &database, ScanController *controller, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_controller(controller)
    , m_unfinishedBar(new QWidget(this))
    , m_unfinishedLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_figures(new QLabel(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_queueModel(new ScanListModel(this))
    , m_queueView(listView("scanQueueView", m_queueModel, this))
    , m_historyModel(new ScanListModel(this))
    , m_historyView(listView("scanHistoryView", m_historyModel, this))
    , m_tabs(new QTabWidget(this))
    , m_results(new ScanResultsView(this))
    , m_columnsModel(new ScanColumnsModel(this))
    , m_columnsView(new QTableView(this))
    , m_availability(new AvailabilityView(this))
{
    setObjectName(QStringLiteral("scanPanel"));
    m_columnsView->setObjectName(QStringLiteral("scanColumnsView"));
    m_columnsView->setModel(m_columnsModel);
    m_columnsView->setItemDelegateForColumn(ScanColumnsModel::ClassColumn,
                                            new ColumnClassDelegate(m_columnsView));
    m_columnsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_columnsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columnsView->verticalHeader()->hide();
    m_columnsView->setWordWrap(false);
    QHeaderView *columnsHeader = m_columnsView->horizontalHeader();
    columnsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    columnsHeader->setSectionResizeMode(ScanColumnsModel::UrlColumn, QHeaderView::Interactive);
    columnsHeader->resizeSection(ScanColumnsModel::UrlColumn, 220);
    columnsHeader->setStretchLastSection(true);
    // The panel shows one site's scans; the site column would repeat its name on every row.
    m_historyView->setColumnHidden(ScanListModel::SiteColumn, true);
    m_availability->setObjectName(QStringLiteral("availabilityView"));
    m_tabs->setObjectName(QStringLiteral("scanTabs"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_columnsView, tr("Columns"));
    m_tabs->addTab(m_availability, tr("Availability"));

    // The progress side scrolls rather than making the tab taller than the others: the space
    // under the browser is shared with the findings and the account record.
    auto *box = new QWidget(this);
    buildProgressBox(box);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(box);
    scroll->setMinimumWidth(box->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scanSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_unfinishedBar);
    layout->addWidget(splitter, 1);

    ScanQueue *queue = m_controller->queue();
    connect(queue, &ScanQueue::progressChanged, this, &ScanPanel::showProgress);
    connect(queue, &ScanQueue::stateChanged, this, &ScanPanel::showState);
    connect(queue, &ScanQueue::scanEnded, this, &ScanPanel::scanEnded);
    connect(queue, &ScanQueue::scanStarted, this, [this] {
        reloadQueue();
        reloadHistory();
        updateControls();
    });
    connect(queue, &ScanQueue::queueChanged, this, &ScanPanel::reloadQueue);
    connect(m_controller, &ScanController::unfinishedChanged, this, &ScanPanel::showUnfinished);
    connect(m_controller->probes(), &ProbeScheduler::probed, this, [this](qint64 siteId) {
        if (siteId == m_site.id)
            refreshAvailability();
    });
    connect(m_pause, &QPushButton::clicked, queue, &ScanQueue::pause);
    connect(m_resume, &QPushButton::clicked, queue, &ScanQueue::resume);
    connect(m_cancel, &QPushButton::clicked, this, [this, queue] {
        // A waiting scan chosen in the queue is dropped; otherwise the running one stops.
        const QModelIndex chosen = m_queueView->currentIndex();
        const qint64 id = chosen.isValid() ? chosen.data(ScanListModel::ScanIdRole).toLongLong() : 0;
        queue->cancel(id > 0 ? id : queue->currentScanId());
    });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(ScanListModel::ScanIdRole).toLongLong();
                if (id != m_scan.id)
                    showScan(id);
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_columnsView && !m_columnsLoaded)
            reloadColumns();
    });
    connect(m_columnsModel, &ScanColumnsModel::classChosen, this,
            [this](const ColumnSummary &column, ColumnClass cls) {
                // After the editor has closed: judging again resets the model it edits.
                QTimer::singleShot(0, this, [this, column, cls] { reclassify(column, cls); });
            });
    connect(m_results, &ScanResultsView::openRequested, this, &ScanPanel::openPageRequested);
    connect(m_results, &ScanResultsView::dismissRequested, this, &ScanPanel::dismiss);
    connect(m_results, &ScanResultsView::exportRequested, this, &ScanPanel::exportResults);

    showUnfinished(m_controller->unfinishedCount());
    reloadQueue();
    updateControls();
}

ScanPanel::~ScanPanel() = default;

void ScanPanel::buildProgressBox(QWidget *box)
{
    // The offer to resume: a bar above everything until the inspector answers it.
    m_unfinishedBar->setObjectName(QStringLiteral("scanUnfinishedBar"));
    m_unfinishedBar->setAutoFillBackground(true);
    QPalette palette = m_unfinishedBar->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_unfinishedBar->setPalette(palette);
    auto *resumeAll = new QPushButton(tr("Resume them"), m_unfinishedBar);
    resumeAll->setObjectName(QStringLiteral("scanResumeUnfinishedButton"));
    auto *discard = new QPushButton(tr("Leave them unfinished"), m_unfinishedBar);
    discard->setObjectName(QStringLiteral("scanDiscardUnfinishedButton"));
    discard->setToolTip(tr("Marks them cancelled; what they found so far stays in the list of past scans."));
    auto *bar = new QHBoxLayout(m_unfinishedBar);
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(m_unfinishedLabel, 1);
    bar->addWidget(resumeAll);
    bar->addWidget(discard);
    connect(resumeAll, &QPushButton::clicked, m_controller, &ScanController::resumeUnfinished);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_controller->discardUnfinished();
        reloadHistory();
    });

    m_stateLabel->setObjectName(QStringLiteral("scanStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("scanProgressBar"));
    m_progress->setTextVisible(true);
    m_figures->setObjectName(QStringLiteral("scanFiguresLabel"));
    m_figures->setWordWrap(true);
    m_pause->setObjectName(QStringLiteral("scanPauseButton"));
    m_resume->setObjectName(QStringLiteral("scanResumeButton"));
    m_cancel->setObjectName(QStringLiteral("scanCancelButton"));
    m_cancel->setToolTip(tr("Stops the running scan (what it found so far is kept) or drops the waiting scan "
                            "chosen in the queue."));
    auto *start = new QToolButton(box);
    start->setObjectName(QStringLiteral("scanStartButton"));
    start->setDefaultAction(m_controller->scanSiteAction());
    // The menu's long name does not fit here; the button does what the menu entry does.
    QAction *settingsAction = m_controller->settingsAction();
    auto *settings = new QPushButton(tr("Settings…"), box);
    settings->setObjectName(QStringLiteral("scanSettingsButton"));
    settings->setToolTip(settingsAction->text());
    connect(settings, &QPushButton::clicked, settingsAction, &QAction::trigger);
    connect(settingsAction, &QAction::changed, settings,
            [settings, settingsAction] { settings->setEnabled(settingsAction->isEnabled()); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_pause);
    controls->addWidget(m_resume);
    controls->addWidget(m_cancel);
    controls->addStretch();
    auto *starts = new QHBoxLayout;
    starts->addWidget(start);
    starts->addWidget(settings);
    starts->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(starts);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_figures);
    layout->addLayout(controls);
    layout->addWidget(new QLabel(tr("Queue:"), box));
    layout->addWidget(m_queueView, 1);
    layout->addWidget(new QLabel(tr("Past scans of this site:"), box));
    layout->addWidget(m_historyView, 2);
}

void ScanPanel::setAcceptor(ScanFindingAcceptor *acceptor)
{
    m_acceptor = acceptor;
    connect(m_results, &ScanResultsView::acceptRequested, acceptor,
            [this](const ScanCandidates &candidates) { m_acceptor->accept(candidates, m_scan.siteId); });
    connect(acceptor, &ScanFindingAcceptor::accepted, this, [this](qint64 candidateId, qint64 findingId) {
        m_results->model()->setCandidateState(candidateId, ScanCandidate::State::Accepted, findingId);
    });
    connect(acceptor, &ScanFindingAcceptor::busyChanged, m_results, &ScanResultsView::setBusy);
    connect(acceptor, &ScanFindingAcceptor::message, this, &ScanPanel::message);
}

void ScanPanel::setContext(qint64, const Site *site)
{
    const qint64 previous = m_site.id;
    m_site = site ? *site : Site{};
    if (m_site.id == previous)
        return;
    reloadHistory();
    showScan(m_historyModel->rowCount() > 0 ? m_historyModel->scans().first().id : 0);
    refreshAvailability();
    updateControls();
}

void ScanPanel::showScan(qint64 scanId)
{
    m_columnsLoaded = false;
    m_scan = ScanRecord{};
    if (scanId > 0) {
        auto scan = ScanRepository(m_db).find(scanId);
        if (!scan)
            return showError(this, tr("Site scan"), scan.error());
        m_scan = scan.value();
    }
    const int row = m_historyModel->rowOf(scanId);
    if (row >= 0 && m_historyView->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_historyView->selectionModel());
        m_historyView->setCurrentIndex(m_historyModel->index(row, 0));
    }
    ScanCandidates candidates;
    if (m_scan.id > 0) {
        auto stored = ScanRepository(m_db).candidates(m_scan.id);
        if (!stored)
            return showError(this, tr("Site scan"), stored.error());
        candidates = stored.value();
    }
    QString note;
    if (m_scan.id == 0)
        note = m_site.id > 0
                   ? tr("This site has not been scanned yet. Scan whole site… crawls it in the background.")
                   : tr("Choose a website in the site list.");
    else if (m_scan.isActive())
        note = tr("The scan is not finished; its results appear when it ends.");
    else if (m_scan.state == ScanRecord::State::Failed)
        note = tr("The scan failed: %1").arg(m_scan.error);
    m_results->setResults(m_scan.summary, candidates, note);
    if (m_tabs->currentWidget() == m_columnsView)
        reloadColumns();
    else
        m_columnsModel->setColumns({});
}

void ScanPanel::showProgress(qint64 scanId, const CrawlProgress &p)
{
    if (scanId != m_controller->queue()->currentScanId())
        return;
    if (p.evaluating) {
        m_progress->setRange(0, 0); // judging the results: no count to show
    } else {
        const int total = p.pagesDone + p.pagesFailed + p.pagesQueued;
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(p.pagesDone + p.pagesFailed);
    }
    const QString eta = p.etaMs < 0 ? tr("unknown") : duration(p.etaMs);
    m_figures->setText(tr("Pages: %1 fetched, %2 queued, %3 failed\nLinks: %4 checked, %5 queued\n"
                          "%6 pages/s · elapsed %7 · left about %8")
                           .arg(p.pagesDone)
                           .arg(p.pagesQueued)
                           .arg(p.pagesFailed)
                           .arg(p.linksChecked)
                           .arg(p.linksQueued)
                           .arg(p.pagesPerSecond, 0, 'f', 1)
                           .arg(duration(p.elapsedMs), eta));
}

void ScanPanel::showState(qint64 scanId, ScanRecord::State state)
{
    m_queueModel->setState(scanId, state);
    m_historyModel->setState(scanId, state);
    if (scanId == m_scan.id)
        m_scan.state = state;
    updateControls();
}

void ScanPanel::scanEnded(qint64 scanId, ScanRecord::State state, const QString &error)
{
    reloadQueue();
    reloadHistory();
    auto scan = ScanRepository(m_db).find(scanId);
    const QString site = scan ? siteNames().value(scan.value().siteId, scan.value().startUrl) : QString();
    if (state == ScanRecord::State::Failed)
        emit message(tr("The scan of %1 failed: %2").arg(site, error));
    else
        emit message(tr("The scan of %1 ended: %2.").arg(site, ScanListModel::stateLabel(state)));
    if (scan && scan.value().siteId == m_site.id)
        showScan(scanId);
    m_progress->setRange(0, 1);
    m_progress->setValue(state == ScanRecord::State::Finished ? 1 : 0);
    updateControls();
}

QHash<qint64, QString> ScanPanel::siteNames() const
{
    QHash<qint64, QString> names;
    if (auto sites = SiteRepository(m_db).all()) {
        for (const Site &s : sites.value())
            names.insert(s.id, s.name);
    }
    return names;
}

void ScanPanel::reloadQueue()
{
    ScanQueue *queue = m_controller->queue();
    QList<qint64> ids = queue->waiting();
    if (queue->currentScanId() > 0)
        ids.prepend(queue->currentScanId());
    QList<ScanRecord> scans;
    for (qint64 id : std::as_const(ids)) {
        if (auto scan = ScanRepository(m_db).find(id))
            scans.append(scan.value());
    }
    m_queueModel->setScans(scans, siteNames());
    updateControls();
}

void ScanPanel::reloadHistory()
{
    QList<ScanRecord> scans;
    if (m_site.id > 0) {
        auto stored = ScanRepository(m_db).list(m_site.id);
        if (!stored)
            return showError(this, tr("Site scan"), stored.error());
        scans = stored.value();
    }
    const QSignalBlocker blocker(m_historyView->selectionModel());
    m_historyModel->setScans(scans, siteNames());
    if (const int row = m_historyModel->rowOf(m_scan.id); row >= 0)
        m_historyView->setCurrentIndex(m_historyModel->index(row, 0));
}

void ScanPanel::reloadColumns()
{
    m_columnsLoaded = true;
    if (m_scan.id == 0 || m_scan.isActive()) {
        m_columnsModel->setColumns({});
        return;
    }
    auto columns = ScanColumns::read(m_db, m_scan);
    if (!columns)
        return showError(this, tr("Site scan"), columns.error());
    m_columnsModel->setColumns(columns.value());
}

void ScanPanel::refreshAvailability()
{
    if (m_site.id <= 0) {
        m_availability->setReport(AvailabilityReport());
        return;
    }
    const ScanRules rules;
    const QDateTime end = QDateTime::currentDateTime();
    auto probes =
        ProbeRepository(m_db).resultsFor(m_site.id, end.addDays(-rules.availabilityWindowDays), end);
    if (!probes)
        return showError(this, tr("Availability"), probes.error());
    m_availability->setReport(AvailabilityReport(probes.value(), end, rules));
}

void ScanPanel::updateControls()
{
    ScanQueue *queue = m_controller->queue();
    const qint64 current = queue->currentScanId();
    const bool paused = queue->isPaused();
    m_pause->setEnabled(current > 0 && !paused);
    m_resume->setEnabled(current > 0 && paused);
    m_cancel->setEnabled(current > 0 || !queue->waiting().isEmpty());
    if (current == 0) {
        // The last scan's figures stay until the next one reports.
        m_stateLabel->setText(queue->waiting().isEmpty() ? tr("No scan running.")
                                                         : tr("Starting the next scan…"));
        return;
    }
    auto scan = ScanRepository(m_db).find(current);
    const QString site = scan ? siteNames().value(scan.value().siteId, scan.value().startUrl) : QString();
    m_stateLabel->setText(paused ? tr("%1 — paused").arg(site) : tr("%1 — scanning").arg(site));
}

void ScanPanel::showUnfinished(int count)
{
    m_unfinishedLabel->setText(
        tr("%n scan(s) were left unfinished when Xunjian last closed. Resume them where they stopped?",
           nullptr, count));
    m_unfinishedBar->setVisible(count > 0);
}

void ScanPanel::dismiss(const ScanCandidates &candidates)
{
    QList<qint64> ids;
    for (const ScanCandidate &c : candidates) {
        if (c.state == ScanCandidate::State::Open)
            ids.append(c.id);
    }
    const Status saved = withTransaction(m_db, [&]() -> Status {
        for (qint64 id : std::as_const(ids)) {
            if (Status s = ScanRepository(m_db).setCandidateState(id, ScanCandidate::State::Dismissed); !s)
                return s;
        }
        return Status::success();
    });
    if (!saved)
        return showError(this, tr("Dismiss"), saved.error());
    for (qint64 id : std::as_const(ids))
        m_results->model()->setCandidateState(id, ScanCandidate::State::Dismissed);
    emit message(tr("%n scan candidate(s) dismissed.", nullptr, int(ids.size())));
}

void ScanPanel::exportResults()
{
    if (m_scan.id == 0)
        return;
    const QString suggested = QStringLiteral("scan-%1-%2.json")
                                  .arg(m_scan.id)
                                  .arg(m_scan.inspectionDate.toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scan results"), suggested,
                                                      tr("JSON (*.json);;CSV for Excel or WPS (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = ScanReportExport::forFile(path, m_scan, m_results->model()->candidates());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return showError(this, tr("Export scan results"),
                         Error{tr("The file could not be written. Choose another folder and try again."),
                               file.errorString()});
    emit message(tr("Scan results written to %1.").arg(path));
}

void ScanPanel::reclassify(const ColumnSummary &column, ColumnClass cls)
{
    if (m_scan.id == 0)
        return;
    auto summary = ScanColumns::reclassify(m_db, m_scan, column, cls);
    if (!summary)
        return showError(this, tr("Column class"), summary.error());
    emit message(tr("“%1” is now %2 for this site; the scan was judged again.")
                     .arg(column.name, columnClassLabel(cls)));
    const qint64 id = m_scan.id;
    reloadHistory();
    showScan(id);
}

} // namespace xj
