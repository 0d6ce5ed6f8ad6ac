// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace xj {

class TrainingPlanModel;

/// The instructor edits the five days of the training plan: titles, topics, categories and the
/// recipe of each day's practice site. Save keeps the plan for every later trainee; Reset to
/// default brings back the plan the program ships with. A plan that cannot be saved stays open
/// with a line saying which day and what to fix.
class TrainingPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPlanDialog)
public:
    explicit TrainingPlanDialog(const QString &dataFolder, QWidget *parent = nullptr);

    TrainingPlanModel *model() const { return m_model; }

public slots:
    /// Saves the plan and closes, or shows what to fix.
    void save();
    /// After a confirmation (skipped when `ask` is false), forgets the office's changes.
    void resetToDefault(bool ask = true);

private:
    void load();
    void showProblem(const QString &text);

    QString m_dataFolder;
    TrainingPlanModel *m_model;
    QTableView *m_table;
    QLabel *m_state;
    QLabel *m_problem;
};

} // namespace xj
