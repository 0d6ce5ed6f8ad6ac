// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditManifest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace xj {

class AuditComparisonWindow;
class BackgroundTask;
class Database;
struct AuditImportOutcome;

/// The Peer audit (互查) menu of the office's workbench: exporting an assignment or result package of
/// the current round, importing a package (verified whole on a worker thread, then written in one
/// transaction), the comparison window and the agreement statistics. The workbench hands it the
/// current round and a way to switch to another (an imported assignment creates a round).
class AuditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditController)
public:
    using CurrentRound = std::function<qint64()>;
    using SelectRound = std::function<void(qint64)>;

    AuditController(Database &database, QString dataFolder, CurrentRound currentRound,
                    SelectRound selectRound, QWidget *window);
    ~AuditController() override;

    QMenu *menu() const { return m_menu; }
    bool isBusy() const;
    AuditComparisonWindow *comparisonWindow() const;

public slots:
    void exportAssignment() { exportPackage(AuditPackageKind::Assignment); }
    void exportResult() { exportPackage(AuditPackageKind::Result); }
    void exportPackage(AuditPackageKind kind);
    /// Asks for a package file, then imports it with importPackageFile().
    void importPackage();
    /// Asks for the passphrase (AuditPassphraseDialog) and imports `path` on a worker thread.
    void importPackageFile(const QString &path);
    void openComparison();
    /// The round's imported result packages.
    void openImports();
    void openStatistics();

signals:
    /// An import or an export finished (successfully or not).
    void workFinished();
    /// A result package was filed: views of the round's peer-audit data are stale.
    void auditDataChanged(qint64 roundId);

private:
    QAction *addAction(const QString &text, const char *objectName, void (AuditController::*slot)());
    /// Whether a round is chosen; says what to do when none is.
    bool haveRound(const QString &title) const;
    void runImport(const QString &path, const QString &passphrase);
    void importDone(const AuditImportOutcome &outcome);
    void showProgress(const QString &label);
    void hideProgress();

    Database &m_db;
    QString m_dataFolder;
    CurrentRound m_currentRound;
    SelectRound m_selectRound;
    QWidget *m_window;
    QMenu *m_menu;
    BackgroundTask *m_task;
    QPointer<QWidget> m_progress;
    QPointer<AuditComparisonWindow> m_comparison;
    qint64 m_comparisonRound = 0;
};

} // namespace xj
