// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QDialog>

class QTableView;
class QTextBrowser;

namespace xj {

class Database;
class FindingHistoryModel;

/// The whole story of one finding: every change (when in local time, who, which field, old → new,
/// why), the unit's feedback with links to the files it sent, and the re-checks with their verdicts.
class FindingHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingHistoryDialog)
public:
    FindingHistoryDialog(const Database &database, const QString &dataDirectory, const Finding &finding,
                         QWidget *parent = nullptr);

private:
    void loadChanges();
    void loadAnswers();

    const Database &m_db;
    QString m_dataDirectory;
    Finding m_finding;
    FindingHistoryModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_answers;
};

} // namespace xj
