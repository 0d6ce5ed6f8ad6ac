// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditController.h"

#include "audit/AuditComparisonWindow.h"
#include "audit/AuditExportDialog.h"
#include "audit/AuditImporter.h"
#include "audit/AuditImportsDialog.h"
#include "audit/AuditPackageWriter.h"
#include "audit/AuditPassphraseDialog.h"
#include "audit/AuditStatisticsDialog.h"
#include "common/ErrorDialog.h"
#include "core/DataDirectory.h"
#include "core/ZipReader.h"
#include "report/BackgroundTask.h"
#include "settings/UiSettings.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

#include <atomic>
#include <memory>

namespace xj {

namespace {

/// Whether the zip carries a manifest.sig, read before asking for a passphrase. Only a hint for the
/// question: the reader decides whether the package is genuine.
bool looksSigned(const QString &path)
{
    ZipReader zip;
    if (!zip.open(path))
        return false;
    auto entries = zip.entries(AuditPackageReader::MaxEntries);
    if (!entries)
        return false;
    for (const ZipReader::Entry &e : entries.value()) {
        if (e.name == AuditPackageFiles::Signature)
            return true;
    }
    return false;
}

/// Turns byte counts reported on the worker into at most a hundred updates of the progress bar.
std::function<void(qint64, qint64)> progressReporter(BackgroundTask *task, QPointer<QWidget> progress)
{
    auto last = std::make_shared<std::atomic_int>(-1);
    return [task, progress, last](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(qBound<qint64>(qint64(0), done * 100 / total, qint64(100))) : 0;
        if (last->exchange(percent) == percent)
            return;
        task->post([progress, percent] {
            if (auto *dialog = qobject_cast<QProgressDialog *>(progress.data())) {
                dialog->setRange(0, 100);
                dialog->setValue(percent);
            }
        });
    };
}

} // namespace

AuditController::AuditController(Database &database, QString dataFolder, CurrentRound currentRound,
                                 SelectRound selectRound, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataFolder(std::move(dataFolder))
    , m_currentRound(std::move(currentRound))
    , m_selectRound(std::move(selectRound))
    , m_window(window)
    , m_menu(new QMenu(tr("&Peer audit"), window))
    , m_task(new BackgroundTask(this))
{
    m_menu->setObjectName(QStringLiteral("peerAuditMenu"));
    addAction(tr("Export assignment package…"), "exportAssignmentAction", &AuditController::exportAssignment);
    addAction(tr("Export result package…"), "exportResultAction", &AuditController::exportResult);
    addAction(tr("Import package…"), "importPackageAction", &AuditController::importPackage);
    addAction(tr("Imported packages…"), "importsAction", &AuditController::openImports);
    m_menu->addSeparator();
    addAction(tr("Compare and reconcile…"), "compareAction", &AuditController::openComparison);
    addAction(tr("Agreement statistics…"), "statisticsAction", &AuditController::openStatistics);
}

AuditController::~AuditController()
{
    delete m_comparison;
}

QAction *AuditController::addAction(const QString &text, const char *objectName,
                                    void (AuditController::*slot)())
{
    QAction *action = m_menu->addAction(text, this, slot);
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

bool AuditController::isBusy() const
{
    return m_task->isRunning();
}

AuditComparisonWindow *AuditController::comparisonWindow() const
{
    return m_comparison;
}

bool AuditController::haveRound(const QString &title) const
{
    if (m_currentRound() > 0)
        return true;
    QMessageBox box(QMessageBox::Information, title,
                    tr("There is no inspection round yet. Create one (File ▸ New inspection round…) or "
                       "import a team assignment (Peer audit ▸ Import package…)."),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("auditNoRound"));
    box.exec();
    return false;
}

void AuditController::showProgress(const QString &label)
{
    auto *progress = qobject_cast<QProgressDialog *>(m_progress.data());
    if (!progress) {
        progress = new QProgressDialog(m_window);
        progress->setObjectName(QStringLiteral("auditProgress"));
        progress->setCancelButton(nullptr);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setWindowModality(Qt::WindowModal);
        m_progress = progress;
    }
    progress->setRange(0, 0);
    progress->setLabelText(label);
    progress->show();
    for (QAction *action : m_menu->actions())
        action->setEnabled(false);
}

void AuditController::hideProgress()
{
    if (m_progress)
        m_progress->hide();
    for (QAction *action : m_menu->actions())
        action->setEnabled(true);
}

void AuditController::exportPackage(AuditPackageKind kind)
{
    const QString title =
        kind == AuditPackageKind::Assignment ? tr("Export assignment package") : tr("Export result package");
    if (isBusy() || !haveRound(title))
        return;
    AuditExportDialog dialog(m_db, m_dataFolder, kind, m_currentRound(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AuditPackageWriter::Request request = dialog.request();
    showProgress(tr("Writing %1…").arg(QFileInfo(request.outPath).fileName()));
    const QString databasePath = m_db.path();
    const QString dataFolder = m_dataFolder;
    auto progress = progressReporter(m_task, m_progress);
    m_task->start([this, request, databasePath, dataFolder, progress, title](const std::atomic_bool &) {
        // Qt's SQL connections belong to the thread that opened them: the worker opens its own.
        Database database;
        Status written = database.open(databasePath);
        if (written)
            written = AuditPackageWriter::write(database, dataFolder, request, progress);
        return BackgroundTask::Deliver([this, written, request, title] {
            hideProgress();
            emit workFinished();
            if (!written) {
                showError(m_window, tr("Package not exported"), written.error());
                return;
            }
            const QString path = QDir::toNativeSeparators(request.outPath);
            QMessageBox box(QMessageBox::Information, title,
                            request.passphrase.isEmpty()
                                ? tr("The package was written to %1.\n\nIt is not protected by a "
                                     "passphrase: the receiver cannot tell it from a forged one.")
                                      .arg(path)
                                : tr("The package was written to %1.\n\nIt is signed with your "
                                     "passphrase; tell the receiver the passphrase another way (not "
                                     "with the file).")
                                      .arg(path),
                            QMessageBox::Ok, m_window);
            box.setObjectName(QStringLiteral("auditExportDone"));
            box.exec();
        });
    });
}

void AuditController::importPackage()
{
    if (isBusy())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import peer-audit package"),
                                     UiSettings(DataDirectory(m_dataFolder).uiStatePath()).lastExportFolder(),
                                     tr("Peer-audit packages (*.%1)").arg(AuditPackageFiles::Suffix));
    if (!path.isEmpty())
        importPackageFile(path);
}

void AuditController::importPackageFile(const QString &path)
{
    if (isBusy())
        return;
    AuditPassphraseDialog ask(QFileInfo(path).fileName(), looksSigned(path), m_window);
    if (ask.exec() != QDialog::Accepted)
        return;
    runImport(path, ask.passphrase());
}

void AuditController::runImport(const QString &path, const QString &passphrase)
{
    showProgress(tr("Checking and importing %1…").arg(QFileInfo(path).fileName()));
    const QString databasePath = m_db.path();
    const QString dataFolder = m_dataFolder;
    AuditImporter::Options options;
    options.passphrase = passphrase;
    options.progress = progressReporter(m_task, m_progress);
    m_task->start([this, path, databasePath, dataFolder, options](const std::atomic_bool &) {
        Database database;
        const Status opened = database.open(databasePath);
        const Result<AuditImportOutcome> outcome =
            opened ? AuditImporter::importFile(database, dataFolder, path, options)
                   : Result<AuditImportOutcome>(opened.error());
        return BackgroundTask::Deliver([this, outcome] {
            hideProgress();
            if (!outcome) {
                emit workFinished();
                // The importer wrote nothing: say why and what to do, with the technical detail.
                showError(m_window, tr("Package not imported"), outcome.error());
                return;
            }
            importDone(outcome.value());
            emit workFinished();
        });
    });
}

void AuditController::importDone(const AuditImportOutcome &outcome)
{
    auto round = RoundRepository(m_db).get(outcome.roundId);
    const QString roundName = round ? round.value().name : QString::number(outcome.roundId);
    const QString signature = outcome.signatureChecked
                                  ? tr("The signature was checked with the passphrase.")
                                  : tr("The package was not signed, so nothing proves who made it.");
    QString text;
    if (outcome.kind == AuditPackageKind::Assignment) {
        // The team works in the round the assignment created: show it straight away.
        m_selectRound(outcome.roundId);
        text = tr("Imported the assignment from %1 as the round “%2” with %3 site(s). The workbench now "
                  "shows this round.")
                   .arg(outcome.exporter, roundName)
                   .arg(outcome.sites);
    } else {
        if (m_comparison && m_comparisonRound == outcome.roundId)
            m_comparison->refresh(); // the new team appears among the sides at once
        emit auditDataChanged(outcome.roundId);
        text = tr("Filed the result of %1 under the round “%2”: %3 finding(s), %4 verdict(s), %5 evidence "
                  "file(s). Compare it with this office's results: Peer audit ▸ Compare and reconcile.")
                   .arg(outcome.exporter, roundName)
                   .arg(outcome.findings)
                   .arg(outcome.verdicts)
                   .arg(outcome.evidenceFiles);
    }
    QMessageBox box(QMessageBox::Information, tr("Package imported"),
                    text + QStringLiteral("\n\n") + signature, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("auditImportDone"));
    box.exec();
}

void AuditController::openComparison()
{
    if (!haveRound(tr("Compare and reconcile")))
        return;
    // One window at a time: it keeps the user's place, so a second click brings it forward.
    if (m_comparison && m_comparisonRound != m_currentRound()) {
        m_comparison->close(); // another round is current now; the window deletes itself
        m_comparison = nullptr;
    }
    if (m_comparison) {
        m_comparison->show();
        m_comparison->raise();
        m_comparison->activateWindow();
        return;
    }
    m_comparisonRound = m_currentRound();
    m_comparison = new AuditComparisonWindow(m_db, m_dataFolder, m_comparisonRound, m_window);
    m_comparison->show();
}

void AuditController::openImports()
{
    if (!haveRound(tr("Imported packages")))
        return;
    AuditImportsDialog dialog(m_db, m_currentRound(), m_window);
    dialog.exec();
}

void AuditController::openStatistics()
{
    if (!haveRound(tr("Agreement statistics")))
        return;
    AuditStatisticsDialog dialog(m_db, m_dataFolder, m_currentRound(), m_window);
    dialog.exec();
}

} // namespace xj
