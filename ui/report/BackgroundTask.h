// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace xj {

/// Runs slow work (typesetting pages, writing files) on a worker thread so the window never
/// freezes, and hands its result back on the GUI thread. The work returns a "deliver" function
/// that runs on the GUI thread when the work is done, unless a newer start() or cancel() has made
/// it stale. The task waits for its threads when it is destroyed, so a delivery never reaches a
/// dialog that is gone.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)
public:
    using Deliver = std::function<void()>;
    /// Runs on the worker thread; should return early once `cancel` is set.
    using Work = std::function<Deliver(const std::atomic_bool &cancel)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    /// Starts `work`; a run still going is cancelled and its result dropped.
    void start(Work work);
    /// Asks the running work to stop; its result is dropped.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Runs `function` on the GUI thread soon; callable from the worker (progress reports).
    void post(std::function<void()> function);

signals:
    /// The current run delivered its result (after the deliver function ran).
    void finished();

private:
    QList<QThread *> m_threads;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace xj
