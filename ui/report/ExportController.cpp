// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportController.h"

#include "common/ErrorDialog.h"
#include "dashboard/DashboardCharts.h"
#include "report/ExportDialog.h"
#include "report/NoticeSettingsDialog.h"
#include "report/ReportLogging.h"
#include "report/ReportPreviewDialog.h"

#include <QAction>
#include <QMenu>

namespace xj {

ExportController::ExportController(const Database &database, const DataDirectory &dataDirectory,
                                   QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_window(window)
    , m_previewNotice(action(tr("Preview rectification notice…"), "exportPreviewNoticeAction",
                             &ExportController::previewNotice))
    , m_previewReport(
          action(tr("Preview round report…"), "exportPreviewReportAction", &ExportController::previewReport))
    , m_exportNotices(action(tr("Export rectification notices…"), "exportNoticesAction",
                             &ExportController::exportNotices))
    , m_exportProblems(
          action(tr("Export problem list…"), "exportProblemsAction", &ExportController::exportProblems))
    , m_exportReport(
          action(tr("Export round report…"), "exportReportAction", &ExportController::exportReport))
    , m_exportPublicResults(action(tr("Export public results…"), "exportPublicResultsAction",
                                   &ExportController::exportPublicResults))
    , m_noticeSettings(
          action(tr("Notice settings…"), "noticeSettingsAction", &ExportController::editNoticeSettings))
{
    m_previewNotice->setToolTip(tr("Shows the current site's notice as it will print, with its number and "
                                   "deadline to correct."));
    m_exportNotices->setToolTip(tr("One notice per site with problems to rectify, numbered when exported."));
    m_exportPublicResults->setToolTip(tr("Every site's score, result and rectification, without personal "
                                         "data, as a web page or Excel workbook to publish on the portal."));
    m_noticeSettings->setToolTip(tr("Office name, notice numbers, deadline, contact and standard text."));
}

QAction *ExportController::action(const QString &text, const char *objectName,
                                  void (ExportController::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(objectName));
    connect(a, &QAction::triggered, this, slot);
    return a;
}

QMenu *ExportController::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("E&xport"), parent);
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->addAction(m_previewNotice);
    menu->addAction(m_previewReport);
    menu->addSeparator();
    menu->addAction(m_exportNotices);
    menu->addAction(m_exportProblems);
    menu->addAction(m_exportReport);
    menu->addAction(m_exportPublicResults);
    menu->addSeparator();
    menu->addAction(m_noticeSettings);
    return menu;
}

void ExportController::setContext(qint64 roundId, qint64 siteId)
{
    m_roundId = roundId;
    m_siteId = siteId;
}

bool ExportController::haveRound(const QString &title) const
{
    if (m_roundId > 0)
        return true;
    showError(
        m_window, title,
        Error{tr("There is no inspection round to export from. Choose one in the \"Inspection round\" list "
                 "of the tool bar, or create one with File ▸ New inspection round…"),
              {}});
    return false;
}

void ExportController::previewNotice()
{
    openPreview(ExportKind::Notices);
}

void ExportController::previewReport()
{
    openPreview(ExportKind::Report);
}

void ExportController::openPreview(ExportKind kind)
{
    if (!haveRound(kind == ExportKind::Notices ? tr("Preview rectification notice")
                                               : tr("Preview round report")))
        return;
    // Not modal: the inspector may correct findings in the window and then press Refresh.
    auto *dialog = new ReportPreviewDialog(m_db, m_dataDirectory.path(), m_dataDirectory.uiStatePath(),
                                           m_roundId, kind, m_siteId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kind == ExportKind::Report)
        dialog->setChartSource([this, roundId = m_roundId] { return reportCharts(roundId); });
    if (kind == ExportKind::Notices)
        connect(dialog, &ReportPreviewDialog::documentExported, this, &ExportController::findingsChanged);
    dialog->show();
}

void ExportController::openExport(ExportKind kind)
{
    if (!haveRound(tr("Export")))
        return;
    auto *dialog = new ExportDialog(m_db, m_dataDirectory.path(), m_dataDirectory.uiStatePath(), m_roundId,
                                    kind, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kind == ExportKind::Report)
        dialog->setChartSource([this, roundId = m_roundId] { return reportCharts(roundId); });
    if (kind == ExportKind::Notices)
        connect(dialog, &ExportDialog::exported, this, &ExportController::findingsChanged);
    dialog->open();
}

QList<ReportChart> ExportController::reportCharts(qint64 roundId)
{
    if (!m_chartFolder)
        m_chartFolder = std::make_unique<QTemporaryDir>();
    // A folder per drawing: a preview still open keeps the pictures its pages were laid out with.
    const QString folder = m_chartFolder->filePath(QString::number(++m_chartDrawings));
    auto charts = DashboardCharts::renderForReport(m_db, m_dataDirectory.path(), roundId, folder);
    if (!charts) {
        // The report is still worth having without its charts; the log says why they are missing.
        qCWarning(lcReport) << "round report without charts:" << charts.error().fullText();
        return {};
    }
    return charts.value();
}

void ExportController::editNoticeSettings()
{
    auto *dialog = new NoticeSettingsDialog(m_db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace xj
