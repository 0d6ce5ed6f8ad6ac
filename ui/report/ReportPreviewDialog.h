// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/ExportRequest.h"
#include "report/document/DocumentStyle.h"
#include "report/document/ReportDocument.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace xj {

class BackgroundTask;
class Database;
class NoticeFieldsEditor;
class ReportPageView;

/// The pages of a site's rectification notice or of the round report as they will print, before
/// anything is exported. For a notice: a site chooser, and the notice's number, dates and
/// requirements to correct once it has been issued. "Refresh" reads the findings again after they
/// were edited; "Export PDF…" and "Export Word…" write this one document (a notice gets its number
/// then). Pages are typeset on a worker thread, so a 20-page report never freezes the window.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreviewDialog)
public:
    /// `kind`: Notices (one site's notice, `siteId` first if it has one) or Report.
    ReportPreviewDialog(const Database &database, const QString &dataDirectory, const QString &iniPath,
                        qint64 roundId, ExportKind kind, qint64 siteId = 0, QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    ReportPageView *pageView() const { return m_pages; }
    qint64 currentSiteId() const;
    /// Writes the shown document to `path` as `format`; with an empty path, asks for one. A notice
    /// not issued yet is issued (numbered) first. Returns false when it did not start.
    bool exportDocument(ReportFormat format, const QString &path = {});
    /// Draws the pictures of the round report's charts section at each refresh (the workbench's
    /// dashboard); without one the report has no charts section. Redraws the pages.
    void setChartSource(std::function<QList<ReportChart>()> source);

public slots:
    /// Reads the round, the findings and the notice again and draws the pages anew.
    void refresh();

signals:
    /// The pages are on screen (after each refresh).
    void pagesShown(int count);
    /// exportDocument() finished: `path` written, or `error` says why not.
    void documentExported(const QString &path, const QString &error);

private:
    void loadSites();
    /// Draws the chosen document again from the database (the site list stays as it is).
    void redraw();
    Result<ReportDocument> buildDocument();
    void render(const ReportDocument &document);
    QString suggestedFileName(ReportFormat format) const;
    void setBusy(bool busy);

    const Database &m_db;
    QString m_dataDirectory;
    QString m_iniPath;
    qint64 m_roundId;
    ExportKind m_kind;
    QString m_roundName;
    QString m_nextNumber;
    DocumentStyle m_style;
    QComboBox *m_site = nullptr;
    QDateEdit *m_date;
    QComboBox *m_zoom;
    QPushButton *m_refresh;
    QLabel *m_pageCount;
    QPushButton *m_exportPdf;
    QPushButton *m_exportWord;
    QLabel *m_status;
    ReportPageView *m_pages;
    NoticeFieldsEditor *m_fields = nullptr;
    BackgroundTask *m_renderer;
    BackgroundTask *m_writer;
    std::function<QList<ReportChart>()> m_chartSource;
    QList<ReportChart> m_charts; ///< those of the pages shown, so an export writes the same
};

} // namespace xj
