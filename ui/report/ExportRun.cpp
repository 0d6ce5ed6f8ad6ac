// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportRun.h"

#include "report/BackgroundTask.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>

namespace xj {

ExportRun::ExportRun(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_task(new BackgroundTask(this))
    , m_stop(std::make_shared<std::atomic_bool>(false))
{}

ExportRun::~ExportRun()
{
    // The runner sees this before the task waits for it, and removes what it wrote.
    m_stop->store(true);
}

bool ExportRun::isRunning() const
{
    return m_task->isRunning();
}

void ExportRun::start(const ExportPlan &plan)
{
    m_stop = std::make_shared<std::atomic_bool>(false);
    delete m_progress;
    m_progress = new QProgressDialog(m_parent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Exporting"));
    m_progress->setLabelText(tr("Preparing the export…"));
    // Not modal on purpose: a modal QProgressDialog spins the event loop inside setValue(), which
    // would deliver the end of the run in the middle of a progress report. The export dialog
    // beneath is disabled while the run goes on instead.
    m_progress->setWindowModality(Qt::NonModal);
    // The run closes it itself: only once the worker has stopped is the folder settled.
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setRange(0, 0);
    m_progress->setMinimumWidth(460);
    // QProgressDialog hides itself on Cancel; the worker then removes what it wrote and reports.
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_stop->store(true); });
    m_progress->show();

    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    m_task->start([this, plan, stop](const std::atomic_bool &) -> BackgroundTask::Deliver {
        const auto progress = [this](int done, int total, const QString &file) {
            m_task->post([this, done, total, file] { showProgress(done, total, file); });
        };
        Result<ExportOutcome> result = ExportRunner::run(plan, progress, stop.get());
        return [this, result] {
            finish(result);
        };
    });
}

void ExportRun::showProgress(int done, int total, const QString &file)
{
    if (!m_progress || m_stop->load())
        return;
    m_progress->setLabelText(file.isEmpty()
                                 ? tr("%1 of %2").arg(done).arg(total)
                                 : tr("%1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ExportRun::finish(const Result<ExportOutcome> &result)
{
    const bool stopped = m_stop->load();
    // Hidden, not deleted: the next start() replaces it, so nothing up the stack loses it.
    if (m_progress)
        m_progress->hide();
    // A cancel that came after the last file was written leaves a whole export: say so.
    if (result)
        emit succeeded(result.value());
    else if (stopped)
        emit cancelled();
    else
        emit failed(result.error());
}

} // namespace xj
