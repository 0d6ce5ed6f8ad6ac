// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/DemoExerciseBuilder.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace xj {

class BackgroundTask;
class Database;

/// Generates a practice site with the demo generator and adds it to the exercise library: the
/// generation (seconds for a large site) runs on a worker thread behind a busy progress dialog,
/// then the exercise is listed in the database on the GUI thread. Used by the library's "New from
/// practice-site generator…" and by starting a day with a new practice site.
class DemoExerciseTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoExerciseTask)
public:
    DemoExerciseTask(const Database &database, const QString &dataFolder, QWidget *dialogParent);
    ~DemoExerciseTask() override;

    /// Starts the generation; created() or failed() follows.
    void start(const DemoExerciseRequest &request);
    bool isRunning() const;

    /// A seed that differs from run to run, so no two trainees get the same site.
    static quint64 randomSeed();

signals:
    void created(qint64 exerciseId);
    void failed(const xj::Error &error);

private:
    void finish(const Result<Exercise> &built, const QString &workFolder);

    const Database &m_db;
    QString m_dataFolder;
    QPointer<QWidget> m_dialogParent;
    BackgroundTask *m_task;
    QPointer<QProgressDialog> m_progress;
};

} // namespace xj
