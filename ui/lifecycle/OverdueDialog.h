// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lifecycle/FindingDeadlines.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableView;

namespace xj {

class Database;
class OverdueModel;

/// Findings whose rectification deadline has passed without an answer (or whose answer failed
/// re-check), most overdue first, counted in working days with the office's holiday table. For the
/// current round or every round; a double click opens the finding.
class OverdueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueDialog)
public:
    OverdueDialog(const Database &database, const QString &dataDirectory, QWidget *parent = nullptr);

    /// The round "current round" means; 0 lists every round.
    void setRoundId(qint64 roundId);
    /// Counts from this day instead of today (tests).
    void setToday(const QDate &today);
    const QList<DeadlineRow> &rows() const;

public slots:
    void reload();

signals:
    void findingActivated(const xj::Finding &finding);

private:
    const Database &m_db;
    QString m_dataDirectory;
    qint64 m_roundId = 0;
    QDate m_today;
    QCheckBox *m_allRounds;
    QLabel *m_summary;
    OverdueModel *m_model;
    QTableView *m_table;
};

} // namespace xj
