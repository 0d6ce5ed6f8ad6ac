// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DataDirectory.h"
#include "report/ExportRequest.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace xj {

class Database;

/// The "Export" menu of the workbench: previews of a site's rectification notice and of the round
/// report, the batch exports (notices, problem list, round report, public results) and the
/// office's notice settings. It follows the window's current round and site; every dialog it opens leaves the
/// window usable, so findings can be corrected while a preview is open and then refreshed.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)
public:
    ExportController(const Database &database, const DataDirectory &dataDirectory, QWidget *window);

    /// The "Export" menu for the menu bar.
    QMenu *createMenu(QWidget *parent) const;
    void setContext(qint64 roundId, qint64 siteId);

    QAction *previewNoticeAction() const { return m_previewNotice; }
    QAction *previewReportAction() const { return m_previewReport; }
    QAction *exportNoticesAction() const { return m_exportNotices; }
    QAction *exportProblemsAction() const { return m_exportProblems; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportPublicResultsAction() const { return m_exportPublicResults; }
    QAction *noticeSettingsAction() const { return m_noticeSettings; }

public slots:
    void previewNotice();
    void previewReport();
    void exportNotices() { openExport(ExportKind::Notices); }
    void exportProblems() { openExport(ExportKind::Problems); }
    void exportReport() { openExport(ExportKind::Report); }
    void exportPublicResults() { openExport(ExportKind::Public); }
    void editNoticeSettings();

signals:
    /// Notices were issued: the findings they list are now notified, so lists showing them reload.
    void findingsChanged();

private:
    QAction *action(const QString &text, const char *objectName, void (ExportController::*slot)());
    bool haveRound(const QString &title) const;
    void openExport(ExportKind kind);
    void openPreview(ExportKind kind);
    /// The dashboard's charts of `roundId` drawn as PNGs for the round report; none when that fails.
    QList<ReportChart> reportCharts(qint64 roundId);

    const Database &m_db;
    DataDirectory m_dataDirectory;
    QWidget *m_window;
    qint64 m_roundId = 0;
    qint64 m_siteId = 0;
    QAction *m_previewNotice;
    QAction *m_previewReport;
    QAction *m_exportNotices;
    QAction *m_exportProblems;
    QAction *m_exportReport;
    QAction *m_exportPublicResults;
    QAction *m_noticeSettings;
    std::unique_ptr<QTemporaryDir> m_chartFolder; ///< the report's chart pictures, until the program ends
    int m_chartDrawings = 0;
};

} // namespace xj
