// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/Exercise.h"

#include <QDialog>

#include <functional>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace xj {

class BackgroundTask;
class Database;
class ExerciseListModel;

/// The office's exercise library: generated practice sites and real inspections with their answer
/// keys. New ones come from the practice-site generator or from a `.xjexercise` file another
/// office exported; an exercise is exported to hand it on, and deleted unless an attempt uses it.
/// Import and export run on a worker thread behind a progress dialog.
class ExerciseLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseLibraryDialog)
public:
    ExerciseLibraryDialog(const Database &database, const QString &dataFolder, QWidget *parent = nullptr);

    ExerciseListModel *model() const { return m_model; }
    /// The exercise of the selected row; 0 when none is selected.
    qint64 selectedExerciseId() const;
    bool selectExercise(qint64 exerciseId);

    /// Imports a package and lists it; the new exercise's id. Asks nothing (the test's way in).
    Result<qint64> importPackage(const QString &zipPath);

public slots:
    void reload();
    void newDemoExercise();
    void importExercise();
    void exportExercise();
    void deleteExercise();

signals:
    /// A worker finished (import or export), whatever the outcome.
    void workFinished();

private:
    /// Runs `work` on a worker thread with a busy progress dialog; what it returns then runs on the
    /// GUI thread.
    void runInBackground(const QString &label, std::function<std::function<void()>()> work);
    /// Lists an exercise unpacked into `workRoot`/<uuid>, then removes `workRoot`.
    Result<qint64> registerImported(const Result<Exercise> &unpacked, const QString &workRoot);
    void updateButtons();

    const Database &m_db;
    QString m_dataFolder;
    ExerciseListModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QList<QPushButton *> m_needSelection;
    BackgroundTask *m_task;
    QProgressDialog *m_progress = nullptr;
};

} // namespace xj
