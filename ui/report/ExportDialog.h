// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ExportRequest.h"
#include "report/ExportRunner.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace xj {

class Database;
class ExportRun;

/// Exports one kind of document of a round: rectification notices (PDF or Word, one per site with
/// problems, optionally packed into a zip), the problem list (Excel or CSV), the round report or
/// the public results (web page or Excel).
/// The inspector picks the format, the folder (remembered) and the date; for notices also which
/// sites. Export numbers the notices on this thread (it uses the database), then writes the files
/// on a worker thread behind a progress dialog, and ends with a message that opens the folder.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    /// `iniPath`: the data folder's ui-state.ini, where the last folder is remembered.
    ExportDialog(const Database &database, const QString &dataDirectory, const QString &iniPath,
                 qint64 roundId, ExportKind kind, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The request the form describes.
    ExportRequest request() const;
    /// Starts the export as the Export button does.
    void startExport();
    /// Draws the pictures of the round report's charts section when an export starts (the
    /// workbench's dashboard); without one the report has no charts section.
    void setChartSource(std::function<QList<ReportChart>()> source) { m_chartSource = std::move(source); }

signals:
    void exported(const xj::ExportOutcome &outcome);

public slots:
    void reject() override;

private:
    void buildNoticeSites();
    void browse();
    void updateState();
    void showDone(const ExportOutcome &outcome);

    const Database &m_db;
    QString m_dataDirectory;
    QString m_iniPath;
    qint64 m_roundId;
    ExportKind m_kind;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QDateEdit *m_date;
    QCheckBox *m_zip = nullptr;
    QCheckBox *m_sheetPerSite = nullptr;
    QListWidget *m_sites = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    ExportRun *m_run;
    std::function<QList<ReportChart>()> m_chartSource;
};

} // namespace xj
