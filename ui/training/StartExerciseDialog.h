// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escalation/TrainingEnrollment.h"
#include "training/TrainingPlan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace xj {

class Database;
class DemoExerciseTask;

/// Starts an exercise for a trainee: the day of the plan (its title shown) or extra practice, the
/// exercise — one of the library or a new practice site generated with the day's recipe and a
/// random seed, so no two trainees get the same site — whether hints are allowed and the time
/// limit, both defaulting to the plan's. Emits startRequested once the exercise exists.
class StartExerciseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartExerciseDialog)
public:
    StartExerciseDialog(const Database &database, const QString &dataFolder,
                        const TrainingEnrollment &enrollment, QWidget *parent = nullptr);

    /// Exercise id standing for "a new practice site for this day" in the exercise list.
    static constexpr qint64 NewPracticeSite = 0;

signals:
    void startRequested(qint64 enrollmentId, int day, qint64 exerciseId, bool hintsAllowed, int minutes);

public slots:
    /// Starts (generating the practice site first when asked to) and closes.
    void accept() override;

private:
    void dayChosen();
    void started(qint64 exerciseId);

    TrainingEnrollment m_enrollment;
    TrainingPlan m_plan;
    DemoExerciseTask *m_task;
    QComboBox *m_day;
    QLabel *m_dayTitle;
    QComboBox *m_exercise;
    QCheckBox *m_hints;
    QSpinBox *m_minutes;
    QPushButton *m_start;
};

} // namespace xj
