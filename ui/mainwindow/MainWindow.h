// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DataDirectory.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;

namespace xj {

class AccountRecordPanel;
class AuditController;
class BrowserPane;
class CandidatesPanel;
class ChecksMenu;
class ExportController;
class PageChecker;
class RecheckController;
class ScanController;
class ScanPanel;
class ChecklistPanel;
class Database;
class FindingsPanel;
class MarkProblemController;
class SitesPanel;
class TrainingController;
class UiSettings;
class WebProfile;
struct Finding;
struct Site;

/// The workbench window. It coordinates the panels — site list, browser, checklist, findings —
/// and remembers the layout; the features themselves live in the panels.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(const DataDirectory &dataDirectory, Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    SitesPanel *sitesPanel() const { return m_sites; }
    BrowserPane *browserPane() const { return m_browser; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    AccountRecordPanel *accountRecordPanel() const { return m_account; }
    MarkProblemController *markProblemController() const { return m_marker; }
    CandidatesPanel *candidatesPanel() const { return m_candidates; }
    PageChecker *pageChecker() const { return m_checker; }
    ScanController *scanController() const { return m_scanController; }
    ScanPanel *scanPanel() const { return m_scanPanel; }
    ExportController *exportController() const { return m_exportController; }
    TrainingController *trainingController() const { return m_training; }
    AuditController *auditController() const;
    qint64 currentRoundId() const;

    /// A line in the status bar, e.g. where the demo site is served.
    void setServiceMessage(const QString &message);
    /// The workbench of a trainee's exercise: no site scan, rounds, rectification or training
    /// menus, and — unless the instructor allows hints — no automated candidates, so the trainee
    /// finds the problems alone.
    void enterTrainingMode(bool candidatesAllowed);
    bool candidatesAllowed() const { return m_candidatesAllowed; }

public slots:
    void reloadRounds(qint64 selectRoundId = 0);
    void newRound();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createMarkMenu();
    void createChecksMenu();
    void editDictionaries();
    void openFindingPage(const Finding &finding);
    void showFindingEvidence(qint64 findingId);
    void showAccountEvidence(qint64 accountRecordId);
    void verifyEvidence();
    void restoreLayout();
    void saveLayout();
    void showSite(qint64 siteId);
    void refreshContext();
    void applyRoundScope();
    void rememberUrl(const QUrl &url);
    void chooseLanguage(const QString &language);
    void askInspectorName();

    DataDirectory m_dataDirectory;
    Database &m_db;
    UiSettings *m_settings;
    WebProfile *m_webProfile;
    SitesPanel *m_sites;
    BrowserPane *m_browser;
    ChecklistPanel *m_checklist;
    FindingsPanel *m_findings;
    AccountRecordPanel *m_account;
    MarkProblemController *m_marker;
    CandidatesPanel *m_candidates;
    PageChecker *m_checker;
    ScanController *m_scanController;
    ScanPanel *m_scanPanel;
    ExportController *m_exportController;
    RecheckController *m_recheck = nullptr;
    TrainingController *m_training = nullptr;
    AuditController *m_audit = nullptr;
    QTabWidget *m_bottomTabs;
    QComboBox *m_roundSelector;
    QSplitter *m_mainSplitter;
    QSplitter *m_centerSplitter;
    QLabel *m_serviceLabel;
    /// Menus and actions of the office's work that a trainee's workbench leaves out.
    QList<QAction *> m_officeActions;
    QAction *m_checksMenuAction = nullptr;
    bool m_candidatesAllowed = true;
    qint64 m_shownSiteId = 0;
    QString m_scrollToSelector; ///< after the next page load, for reopening a finding
};

} // namespace xj
