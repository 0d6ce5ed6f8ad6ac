// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace xj {

class Database;
class ImportPreviewModel;

/// Imports the registry from a CSV or Excel file: the inspector picks the file, sees every row with
/// its problems, and imports all of it (only when every row is fine) or just the valid rows.
class ImportSitesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSitesDialog)
public:
    ImportSitesDialog(const Database &database, QWidget *parent = nullptr);

    /// Reads and checks `path` (the "Choose file…" button calls this with the chosen file).
    void loadFile(const QString &path);

private:
    void chooseFile();
    void runImport();
    void updateState();

    const Database &m_db;
    ImportPreviewModel *m_model;
    QLabel *m_file;
    QLabel *m_summary;
    QTableView *m_view;
    QCheckBox *m_validOnly;
    QPushButton *m_import;
};

} // namespace xj
