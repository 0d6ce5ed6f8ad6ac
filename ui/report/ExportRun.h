// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/ExportPlan.h"
#include "report/ExportRunner.h"

#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace xj {

class BackgroundTask;

/// Writes a planned export on a worker thread behind a progress dialog ("2 of 5: file.pdf", with
/// Cancel). A cancelled or failed export leaves no files (ExportRunner removes them); the run
/// reports once the worker has really stopped, so the folder is settled when the signal comes.
class ExportRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRun)
public:
    explicit ExportRun(QWidget *parent);
    ~ExportRun() override;

    void start(const ExportPlan &plan);
    bool isRunning() const;
    /// The progress dialog of the last run (hidden once it ended); null before the first.
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    void succeeded(const xj::ExportOutcome &outcome);
    void failed(const xj::Error &error);
    void cancelled();

private:
    void showProgress(int done, int total, const QString &file);
    void finish(const Result<ExportOutcome> &result);

    QWidget *m_parent;
    BackgroundTask *m_task;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace xj
