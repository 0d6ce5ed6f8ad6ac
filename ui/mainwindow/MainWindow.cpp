// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"

#include "audit/AuditController.h"
#include "browser/BrowserPane.h"
#include "browser/WebProfile.h"
#include "capture/PageCapturer.h"
#include "checklist/ChecklistPanel.h"
#include "checks/CandidatesPanel.h"
#include "checks/ChecksMenu.h"
#include "checks/DictionaryDialog.h"
#include "checks/PageChecker.h"
#include "common/ErrorDialog.h"
#include "dashboard/DashboardController.h"
#include "escalation/EscalationController.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/IntegrityDialog.h"
#include "findings/FindingsPanel.h"
#include "lifecycle/LifecycleController.h"
#include "marking/MarkProblemController.h"
#include "newmedia/AccountRecordPanel.h"
#include "recheck/RecheckController.h"
#include "report/ExportController.h"
#include "rounds/RoundDialog.h"
#include "rounds/RoundScope.h"
#include "scan/ScanController.h"
#include "scan/ScanFindingAcceptor.h"
#include "scan/ScanPanel.h"
#include "settings/UiSettings.h"
#include "sites/SitesPanel.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "training/TrainingController.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QWebEngineView>

#include <memory>

namespace xj {

MainWindow::MainWindow(const DataDirectory &dataDirectory, Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDirectory(dataDirectory)
    , m_db(database)
    , m_settings(new UiSettings(dataDirectory.uiStatePath()))
    , m_webProfile(new WebProfile(dataDirectory.path(), this))
    , m_sites(new SitesPanel(database, this))
    , m_browser(new BrowserPane(m_webProfile->profile(), this))
    , m_checklist(new ChecklistPanel(database, this))
    , m_findings(new FindingsPanel(database, this))
    , m_account(new AccountRecordPanel(database, dataDirectory.path(), this))
    , m_marker(new MarkProblemController(database, dataDirectory.path(), m_browser->view(), m_findings, this))
    , m_candidates(new CandidatesPanel(this))
    , m_checker(
          new PageChecker(database, dataDirectory.path(), m_browser->view(), m_findings, m_candidates, this))
    , m_scanController(new ScanController(database, dataDirectory.path(), m_sites, this))
    , m_scanPanel(new ScanPanel(database, m_scanController, this))
    , m_exportController(new ExportController(database, dataDirectory, this))
    , m_bottomTabs(new QTabWidget(this))
    , m_roundSelector(new QComboBox(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_centerSplitter(new QSplitter(Qt::Vertical, this))
    , m_serviceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Xunjian — government website inspection"));
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_roundSelector->setObjectName(QStringLiteral("roundSelector"));
    m_roundSelector->setMinimumContentsLength(18);
    m_roundSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_centerSplitter->addWidget(m_browser);
    m_centerSplitter->addWidget(m_account);
    // The findings and the automated checks' candidates share the space under the page.
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_bottomTabs->addTab(m_findings, tr("Findings"));
    m_bottomTabs->addTab(m_candidates, tr("Candidates"));
    m_bottomTabs->addTab(m_scanPanel, tr("Site scan"));
    m_scanPanel->setAcceptor(
        new ScanFindingAcceptor(database, dataDirectory.path(), m_browser, m_findings, m_checker, this));
    m_centerSplitter->addWidget(m_bottomTabs);
    m_centerSplitter->setStretchFactor(0, 4);
    m_centerSplitter->setStretchFactor(1, 1);
    m_centerSplitter->setStretchFactor(2, 1);
    m_mainSplitter->addWidget(m_sites);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_mainSplitter->addWidget(m_checklist);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({260, 900, 440});
    m_centerSplitter->setSizes({560, 160, 220});
    setCentralWidget(m_mainSplitter);

    auto *toolbar = addToolBar(tr("Round"));
    toolbar->setObjectName(QStringLiteral("roundToolBar"));
    toolbar->addWidget(new QLabel(tr("Inspection round: "), this));
    toolbar->addWidget(m_roundSelector);
    QAction *newRoundAction = toolbar->addAction(tr("New round…"), this, &MainWindow::newRound);
    newRoundAction->setObjectName(QStringLiteral("newRoundAction"));
    m_officeActions.append(newRoundAction);
    statusBar()->addPermanentWidget(m_serviceLabel);
    statusBar()->showMessage(tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDirectory.path())));

    createMenus();
    m_findings->setInspector(m_settings->inspectorName());
    m_account->setInspector(m_settings->inspectorName());
    m_checklist->setInspector(m_settings->inspectorName());

    connect(m_sites, &SitesPanel::currentSiteChanged, this, &MainWindow::showSite);
    connect(m_sites, &SitesPanel::registryChanged, this, [this] {
        applyRoundScope(); // a site added to a unit of the round belongs to it
        showSite(m_sites->currentSiteId());
    });
    connect(m_roundSelector, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setCurrentRoundId(currentRoundId());
        applyRoundScope();
        refreshContext();
    });
    connect(m_browser, &BrowserPane::urlChanged, this, &MainWindow::rememberUrl);
    connect(m_browser, &BrowserPane::titleChanged, this,
            [this](const QString &title) { m_findings->setPage(m_browser->url().toString(), title); });
    connect(m_checklist, &ChecklistPanel::currentItemChanged, m_findings, &FindingsPanel::setCurrentItem);
    connect(m_findings, &FindingsPanel::evidenceRequested, this, &MainWindow::showFindingEvidence);
    connect(m_findings, &FindingsPanel::pageRequested, this, &MainWindow::openFindingPage);
    connect(m_account, &AccountRecordPanel::evidenceRequested, this, &MainWindow::showAccountEvidence);
    connect(m_account, &AccountRecordPanel::verdictsChanged, this,
            [this] { m_checklist->setContext(currentRoundId(), m_sites->currentSite()); });
    connect(m_marker, &MarkProblemController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_candidates, &CandidatesPanel::countChanged, this, [this](int count) {
        m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_candidates),
                                 count > 0 ? tr("Candidates (%1)").arg(count) : tr("Candidates"));
    });
    // An archived page is the page as the site served it, without the checks' frames.
    connect(m_marker->capturer(), &PageCapturer::archiveStarting, m_checker, &PageChecker::hideHighlights);
    connect(m_marker->capturer(), &PageCapturer::archiveSaved, m_checker, &PageChecker::showHighlights);
    connect(m_marker->capturer(), &PageCapturer::archiveFailed, m_checker, &PageChecker::showHighlights);
    connect(m_checker, &PageChecker::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_scanPanel, &ScanPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_scanPanel, &ScanPanel::openPageRequested, m_browser, &BrowserPane::load);
    connect(m_scanController, &ScanController::scansQueued, this,
            [this] { m_bottomTabs->setCurrentWidget(m_scanPanel); });
    connect(m_browser, &BrowserPane::loadFinished, this, [this](bool ok) {
        if (ok && m_candidatesAllowed)
            m_checker->check();
        if (ok && !m_scrollToSelector.isEmpty())
            m_marker->capturer()->scrollToElement(m_scrollToSelector);
        m_scrollToSelector.clear();
    });

    reloadRounds(m_settings->currentRoundId());
    m_sites->reload();
    m_sites->selectSite(m_settings->currentSiteId());
    if (m_sites->currentSiteId() == 0)
        m_sites->moveSelection(1);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The checker goes first: a page being destroyed answers its pending scripts from its destructor.
    delete m_checker;
    // The pages must go before the profile they were made with (Qt WebEngine warns and may crash).
    delete m_recheck;
    delete m_training;
    delete m_browser;
    delete m_webProfile;
    delete m_settings;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_officeActions.append(file->addAction(tr("New inspection round…"), this, &MainWindow::newRound));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *sites = menuBar()->addMenu(tr("&Sites"));
    m_officeActions.append(sites->menuAction());
    sites->addAction(tr("Add site…"), m_sites, &SitesPanel::addSite);
    sites->addAction(tr("Edit site…"), m_sites, &SitesPanel::editSite);
    sites->addAction(tr("Delete site…"), m_sites, &SitesPanel::deleteSite);
    sites->addSeparator();
    sites->addAction(tr("Import from CSV/Excel…"), m_sites, &SitesPanel::importSites);
    sites->addAction(tr("Host units…"), m_sites, &SitesPanel::manageUnits);
    sites->addSeparator();
    QAction *next = sites->addAction(tr("Next site"), this, [this] { m_sites->moveSelection(1); });
    next->setObjectName(QStringLiteral("nextSiteAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = sites->addAction(tr("Previous site"), this, [this] { m_sites->moveSelection(-1); });
    previous->setObjectName(QStringLiteral("previousSiteAction"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    createMarkMenu();
    createChecksMenu();
    m_officeActions.append(menuBar()->addMenu(m_scanController->createMenu(this)));
    menuBar()->addMenu(m_exportController->createMenu(this));

    // The round's rectification lifecycle: overdue findings, re-check, escalation, dashboard.
    QMenu *rectification = menuBar()->addMenu(tr("&Rectification"));
    rectification->setObjectName(QStringLiteral("rectificationMenu"));
    m_officeActions.append(rectification->menuAction());
    auto *lifecycle = new LifecycleController(m_db, m_dataDirectory.path(), m_findings, this);
    rectification->addAction(lifecycle->overdueAction());
    connect(lifecycle, &LifecycleController::findingRequested, this, &MainWindow::openFindingPage);
    m_recheck = new RecheckController(m_db, m_dataDirectory.path(), m_webProfile->profile(), this);
    rectification
        ->addAction(tr("Re-check open findings…"), this,
                    [this] { m_recheck->recheckRound(currentRoundId(), m_settings->inspectorName()); })
        ->setObjectName(QStringLiteral("recheckAllAction"));
    connect(m_findings, &FindingsPanel::recheckRequested, this,
            [this](qint64 id) { m_recheck->recheckFinding(id, m_settings->inspectorName()); });
    connect(m_recheck, &RecheckController::findingsChanged, m_findings, &FindingsPanel::reload);
    connect(m_exportController, &ExportController::findingsChanged, m_findings, &FindingsPanel::reload);
    rectification->addAction((new EscalationController(
                                  m_db, m_dataDirectory.path(), [this] { return currentRoundId(); },
                                  [this] { return m_settings->inspectorName(); }, this))
                                 ->action());
    // The dashboard of the current round; a click on a chart narrows the findings list.
    auto *dashboard = new DashboardController(
        m_db, m_dataDirectory.path(), [this] { return currentRoundId(); }, this);
    rectification->addAction(dashboard->action());
    connect(dashboard, &DashboardController::filterRequested, this,
            [this](const FindingFilterProxy::Restriction &restriction) {
                m_findings->applyRestriction(restriction);
                m_bottomTabs->setCurrentWidget(m_findings);
            });

    // The remedial training: the instructor's window, and exercises saved from this round's findings.
    m_training =
        new TrainingController(m_db, m_dataDirectory.path(), m_findings, m_webProfile->profile(), this);
    m_officeActions.append(menuBar()->addMenu(m_training->menu()));

    // Peer audits (互查): packages out to the teams and back, the comparison and the statistics.
    m_audit = new AuditController(
        m_db, m_dataDirectory.path(), [this] { return currentRoundId(); },
        [this](qint64 roundId) { reloadRounds(roundId); }, this);
    m_officeActions.append(menuBar()->addMenu(m_audit->menu()));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Verify evidence integrity…"), this, &MainWindow::verifyEvidence)
        ->setObjectName(QStringLiteral("verifyEvidenceAction"));

    QMenu *settings = menuBar()->addMenu(tr("S&ettings"));
    settings->addAction(tr("Inspector name…"), this, &MainWindow::askInspectorName);
    QMenu *language = settings->addMenu(tr("Language"));
    auto *group = new QActionGroup(this);
    const QList<QPair<QString, QString>> languages{{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name, this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(m_settings->language() == code);
        group->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About Xunjian"), this, [this] {
        QMessageBox::about(this, tr("About Xunjian"),
                           tr("<b>Xunjian (巡检) %1</b><p>A workbench for inspecting government websites and "
                              "new-media accounts against the national indicators (国办秘函〔2019〕19号).</p>"
                              "<p>Data folder: %2</p>")
                               .arg(QStringLiteral(XUNJIAN_VERSION), m_dataDirectory.path().toHtmlEscaped()));
    });
}

// Everything an inspector does while looking at a page is one key away: the menu shows the keys,
// and the tool bar's tooltips repeat them. The keys are ones the web page does not claim for itself
// (Alt+arrows and Ctrl+arrows are taken by the browser while a page has focus).
void MainWindow::createMarkMenu()
{
    QMenu *mark = menuBar()->addMenu(tr("&Mark"));
    mark->setObjectName(QStringLiteral("markMenu"));
    auto *toolbar = addToolBar(tr("Mark problems"));
    toolbar->setObjectName(QStringLiteral("markToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : m_marker->markActions()) {
        mark->addAction(action);
        toolbar->addAction(action);
    }
    mark->addSeparator();
    mark->addAction(m_marker->addScreenshotAction());
    mark->addAction(m_marker->attachPictureAction());
    QAction *add =
        mark->addAction(tr("Add finding without screenshot…"), m_findings, &FindingsPanel::addFinding);
    add->setObjectName(QStringLiteral("addFindingAction"));
    mark->addSeparator();
    QAction *undo = m_findings->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    mark->addAction(undo);
    QAction *redo = m_findings->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    mark->addAction(redo);
    mark->addSeparator();
    QAction *nextItem =
        mark->addAction(tr("Next checklist item"), this, [this] { m_checklist->moveSelection(1); });
    nextItem->setObjectName(QStringLiteral("nextItemAction"));
    nextItem->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previousItem =
        mark->addAction(tr("Previous checklist item"), this, [this] { m_checklist->moveSelection(-1); });
    previousItem->setObjectName(QStringLiteral("previousItemAction"));
    previousItem->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    for (QAction *action : {nextItem, previousItem})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::createChecksMenu()
{
    const QStringList disabled = m_settings->disabledChecks();
    auto *menu = new ChecksMenu(QSet<QString>(disabled.cbegin(), disabled.cend()), this);
    m_checksMenuAction = menuBar()->addMenu(menu);
    m_checker->setDisabledChecks(menu->disabledChecks());
    connect(menu, &ChecksMenu::recheckRequested, m_checker, &PageChecker::check);
    connect(menu, &ChecksMenu::disabledChecksChanged, this, [this](const QSet<QString> &ids) {
        m_settings->setDisabledChecks(QStringList(ids.cbegin(), ids.cend()));
        m_checker->setDisabledChecks(ids);
        m_checker->check();
    });
    connect(menu, &ChecksMenu::dictionariesRequested, this, &MainWindow::editDictionaries);
}

void MainWindow::editDictionaries()
{
    const Site *site = m_sites->currentSite();
    DictionaryDialog dialog(m_db, site ? *site : Site{}, this);
    dialog.exec();
    if (dialog.isChanged())
        m_checker->reloadDictionaries();
}

void MainWindow::openFindingPage(const Finding &finding)
{
    if (finding.siteId != m_sites->currentSiteId())
        m_sites->selectSite(finding.siteId);
    m_scrollToSelector = finding.elementSelector;
    const QUrl url(finding.url);
    if (!url.isValid() || url.isEmpty()) {
        statusBar()->showMessage(tr("The finding has no page address."), 5000);
        return;
    }
    if (url == m_browser->url() && !m_scrollToSelector.isEmpty()) {
        m_marker->capturer()->scrollToElement(m_scrollToSelector);
        m_scrollToSelector.clear();
        return;
    }
    m_browser->load(url);
}

void MainWindow::showFindingEvidence(qint64 findingId)
{
    EvidenceViewer viewer(m_db, m_dataDirectory.path(), findingId, m_webProfile->profile(), this);
    viewer.exec();
}

void MainWindow::showAccountEvidence(qint64 accountRecordId)
{
    const std::unique_ptr<EvidenceViewer> viewer(EvidenceViewer::forAccountRecord(
        m_db, m_dataDirectory.path(), accountRecordId, m_webProfile->profile(), this));
    viewer->exec();
}

void MainWindow::verifyEvidence()
{
    IntegrityDialog::run(m_db, m_dataDirectory.path(), this);
}

AuditController *MainWindow::auditController() const
{
    return m_audit;
}

qint64 MainWindow::currentRoundId() const
{
    return m_roundSelector->currentData().toLongLong();
}

void MainWindow::setServiceMessage(const QString &message)
{
    m_serviceLabel->setText(message);
}

void MainWindow::enterTrainingMode(bool candidatesAllowed)
{
    m_candidatesAllowed = candidatesAllowed;
    for (QAction *action : std::as_const(m_officeActions))
        action->setVisible(false);
    m_bottomTabs->removeTab(m_bottomTabs->indexOf(m_scanPanel));
    m_scanPanel->hide();
    if (!candidatesAllowed) {
        m_bottomTabs->removeTab(m_bottomTabs->indexOf(m_candidates));
        m_candidates->hide();
        m_checksMenuAction->setVisible(false);
    }
    m_bottomTabs->setCurrentWidget(m_findings);
}

void MainWindow::reloadRounds(qint64 selectRoundId)
{
    auto rounds = RoundRepository(m_db).all();
    if (!rounds)
        return showError(this, tr("Inspection rounds"), rounds.error());
    const QSignalBlocker blocker(m_roundSelector);
    m_roundSelector->clear();
    for (const Round &r : rounds.value())
        m_roundSelector->addItem(QStringLiteral("%1 (%2)").arg(r.name, RoundKinds.label(r.kind)), r.id);
    const int index = m_roundSelector->findData(selectRoundId);
    m_roundSelector->setCurrentIndex(index >= 0 ? index : 0);
    m_settings->setCurrentRoundId(currentRoundId());
    applyRoundScope();
    refreshContext();
}

// A round that names its sites (self-check, peer check, re-check) lists only those; a special
// check shows only its checklist items.
void MainWindow::applyRoundScope()
{
    // A special check's items need nothing here: its checklist holds only them (SiteInspection).
    std::optional<QList<qint64>> sites;
    if (currentRoundId() > 0) {
        auto scope = RoundScope::load(m_db, currentRoundId());
        if (!scope)
            statusBar()->showMessage(scope.error().message, 8000);
        else if (scope.value().isRestricted())
            sites = scope.value().siteIds();
    }
    m_sites->setSiteScope(sites);
}

void MainWindow::newRound()
{
    RoundDialog dialog(m_db, m_dataDirectory.localChecklistsPath(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadRounds(dialog.createdRoundId());
    if (dialog.carriedCount() > 0)
        statusBar()->showMessage(
            tr("%n open finding(s) carried forward into the new round.", nullptr, dialog.carriedCount()),
            8000);
}

void MainWindow::showSite(qint64 siteId)
{
    m_settings->setCurrentSiteId(siteId);
    const Site *site = m_sites->currentSite();
    const bool siteChanged = siteId != m_shownSiteId;
    m_shownSiteId = siteId;
    if (siteChanged) {
        if (!site)
            m_browser->showBlank();
        else if (site->kind == SiteKind::NewMedia && site->url.isEmpty())
            m_browser->showAccount(*site);
        else
            m_browser->load(QUrl(site->lastUrl.isEmpty() ? site->url : site->lastUrl));
    }
    refreshContext();
}

// The checklist and the findings always show the current round for the current site.
void MainWindow::refreshContext()
{
    const Site *site = m_sites->currentSite();
    m_checklist->setContext(currentRoundId(), site);
    m_account->setContext(currentRoundId(), site);
    // The splitter remembers a hidden panel as zero high; give the account record room to be used.
    if (!m_account->isHidden()) {
        QList<int> sizes = m_centerSplitter->sizes();
        const int wanted = m_account->sizeHint().height();
        if (sizes.size() == 3 && sizes.at(1) < wanted && sizes.at(0) > 2 * wanted) {
            sizes[0] -= wanted - sizes.at(1);
            sizes[1] = wanted;
            m_centerSplitter->setSizes(sizes);
        }
    }
    m_findings->setContext(currentRoundId(), site ? site->id : 0, m_checklist->itemChoices(),
                           m_checklist->severityByItem());
    m_checker->setContext(currentRoundId(), site);
    m_scanController->setContext(currentRoundId(), site);
    m_scanPanel->setContext(currentRoundId(), site);
    m_exportController->setContext(currentRoundId(), site ? site->id : 0);
}

void MainWindow::rememberUrl(const QUrl &url)
{
    m_findings->setPage(url.toString(), m_browser->title());
    const Site *site = m_sites->currentSite();
    if (!site || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return;
    if (Status s = SiteRepository(m_db).setLastUrl(site->id, url.toString()); !s)
        statusBar()->showMessage(s.error().message, 5000);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == m_settings->language())
        return;
    m_settings->setLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used from the next start of Xunjian."));
}

void MainWindow::askInspectorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Inspector name"),
                                               tr("Your name, recorded with every verdict and finding:"),
                                               QLineEdit::Normal, m_settings->inspectorName(), &ok);
    if (!ok)
        return;
    m_settings->setInspectorName(name.trimmed());
    m_findings->setInspector(name.trimmed());
    m_checklist->setInspector(name.trimmed());
    m_account->setInspector(name.trimmed());
}

void MainWindow::restoreLayout()
{
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    } else if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        // First start: most of the screen, since the page, the checklist and the list all need room.
        const QRect available = screen->availableGeometry();
        resize(available.size() * 0.92);
        move(available.center() - rect().center());
    }
    restoreState(m_settings->windowState());
    m_bottomTabs->setCurrentIndex(m_settings->bottomTab());
    for (QSplitter *splitter : {m_mainSplitter, m_centerSplitter}) {
        if (const QByteArray state = m_settings->splitterState(splitter->objectName()); !state.isEmpty())
            splitter->restoreState(state);
    }
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setBottomTab(m_bottomTabs->currentIndex());
    for (QSplitter *splitter : {m_mainSplitter, m_centerSplitter})
        m_settings->setSplitterState(splitter->objectName(), splitter->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_checklist->commitPendingEdits();
    saveLayout();
    event->accept();
}

} // namespace xj
