// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escalation/TrainingEnrollment.h"
#include "training/TrainingAttempt.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace xj {

class Database;

/// A trainee's attempts in a small table — day, exercise, started, submitted, found, missed, false
/// alarms, recall, precision — from which the instructor opens a submitted attempt's result
/// (double click or Open) or lets the trainee continue one still in progress.
class TraineeResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraineeResultsDialog)
public:
    TraineeResultsDialog(const Database &database, const TrainingEnrollment &enrollment,
                         QWidget *parent = nullptr);

    const QList<TrainingAttempt> &attempts() const { return m_attempts; }

signals:
    void resultRequested(qint64 attemptId);
    void resumeRequested(qint64 attemptId);

public slots:
    void openSelected();
    void continueSelected();

private:
    const TrainingAttempt *selected() const;
    void updateButtons();

    QList<TrainingAttempt> m_attempts;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_continue;
};

} // namespace xj
