// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QDialog>

class QTableWidget;
class QTextBrowser;

namespace xj {

class Database;
struct FindingChange;

/// The whole story of one finding: every change (when in local time, who, which field, old → new,
/// why), the unit's feedback with links to the files it sent, and the re-checks with their verdicts.
class FindingHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingHistoryDialog)
public:
    enum Column { TimeColumn, ActorColumn, FieldColumn, ChangeColumn, NoteColumn, ColumnCount };

    FindingHistoryDialog(const Database &database, const QString &dataDirectory, const Finding &finding,
                         QWidget *parent = nullptr);

    /// A stored value in words: state and severity codes become their labels.
    static QString valueText(const QString &field, const QString &value);
    /// "old → new", or just the new value when there was none.
    static QString changeText(const FindingChange &change);

private:
    void loadChanges();
    void loadAnswers();

    const Database &m_db;
    QString m_dataDirectory;
    Finding m_finding;
    QTableWidget *m_table;
    QTextBrowser *m_answers;
};

} // namespace xj
