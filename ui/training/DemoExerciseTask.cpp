// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/DemoExerciseTask.h"

#include "report/BackgroundTask.h"
#include "training/ExerciseLibrary.h"

#include <QProgressDialog>
#include <QRandomGenerator>

namespace xj {

DemoExerciseTask::DemoExerciseTask(const Database &database, const QString &dataFolder, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(database)
    , m_dataFolder(dataFolder)
    , m_dialogParent(dialogParent)
    , m_task(new BackgroundTask(this))
{}

DemoExerciseTask::~DemoExerciseTask()
{
    delete m_progress;
}

bool DemoExerciseTask::isRunning() const
{
    return m_task->isRunning();
}

quint64 DemoExerciseTask::randomSeed()
{
    // Nine digits at most: short enough to read out and type again, wide enough that two trainees
    // practically never draw the same site.
    return quint64(QRandomGenerator::global()->bounded(1, 1000000000));
}

void DemoExerciseTask::start(const DemoExerciseRequest &request)
{
    const QString workFolder = ExerciseLibrary(m_dataFolder).newWorkFolder();
    if (!m_progress) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(QStringLiteral("demoExerciseProgress"));
        m_progress->setWindowTitle(tr("New practice site"));
        m_progress->setCancelButton(nullptr);
        m_progress->setRange(0, 0);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setWindowModality(Qt::WindowModal);
    }
    m_progress->setLabelText(tr("Generating the practice site (seed %1)…").arg(request.seed));
    m_progress->show();
    m_task->start([this, request, workFolder](const std::atomic_bool &) -> BackgroundTask::Deliver {
        Result<Exercise> built = DemoExerciseBuilder::build(request, workFolder);
        return [this, built, workFolder] {
            finish(built, workFolder);
        };
    });
}

void DemoExerciseTask::finish(const Result<Exercise> &built, const QString &workFolder)
{
    if (m_progress)
        m_progress->hide();
    if (!built) {
        emit failed(built.error());
        return;
    }
    // Listing it happens here, on the thread that owns the database connection.
    auto id = ExerciseLibrary(m_dataFolder).add(m_db, workFolder);
    if (!id) {
        emit failed(id.error());
        return;
    }
    emit created(id.value());
}

} // namespace xj
