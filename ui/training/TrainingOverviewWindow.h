// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "escalation/TrainingEnrollment.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace xj {

class Database;
class TraineeOverviewModel;

/// The instructor's window of the five-day remedial training (脱岗跟班学习): every trainee with
/// attendance and summed scores, and what the instructor does with them — enrol or edit a trainee,
/// keep the day log, start an exercise for the trainee, look at results, export the completion
/// record, mark the training completed — plus the plan and the exercise library. Starting,
/// resuming and showing a result are the TrainingController's: this window only asks for them.
/// Not modal, so the workbench stays usable beside it.
class TrainingOverviewWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingOverviewWindow)
public:
    TrainingOverviewWindow(const Database &database, const QString &dataFolder, QWidget *parent = nullptr);

    TraineeOverviewModel *model() const { return m_model; }
    /// Selects the trainee's row; false when the enrolment is not listed.
    bool selectEnrollment(qint64 enrollmentId);
    /// The enrolment of the selected row.
    std::optional<TrainingEnrollment> selectedEnrollment() const;

signals:
    /// Day 0 is extra practice outside the plan; minutes 0 means no time limit.
    void startRequested(qint64 enrollmentId, int day, qint64 exerciseId, bool hintsAllowed, int minutes);
    void resumeRequested(qint64 attemptId);
    void resultRequested(qint64 attemptId);

public slots:
    /// Reads the trainees again, keeping the selection.
    void reload();
    void enrollTrainee();
    void editTrainee();
    void openDayLog();
    void startExercise();
    void showResults();
    /// Asks where to save and writes the selected trainee's completion record as PDF.
    void exportCompletionRecord();
    /// Writes the completion record of an enrolment to `path` without asking anything.
    Status writeCompletionRecord(qint64 enrollmentId, const QString &path) const;
    void openPlan();
    void openExercises();
    void markCompleted();

private:
    QPushButton *addButton(const QString &text, const char *objectName, const QString &toolTip,
                           void (TrainingOverviewWindow::*action)());
    void updateButtons();

    const Database &m_db;
    QString m_dataFolder;
    TraineeOverviewModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QList<QPushButton *> m_needSelection;
};

} // namespace xj
