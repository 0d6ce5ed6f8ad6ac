// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BackgroundTask.h"

#include <QThread>

namespace xj {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{}

BackgroundTask::~BackgroundTask()
{
    cancel();
    // The workers post to this object; it must outlive them.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void BackgroundTask::start(Work work)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    m_running = true;
    QThread *thread = QThread::create([this, work = std::move(work), flag, generation] {
        Deliver deliver = work(*flag);
        if (flag->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, deliver = std::move(deliver), flag, generation] {
                // A newer run or a cancel made this result stale.
                if (flag->load() || generation != m_generation)
                    return;
                m_running = false;
                if (deliver)
                    deliver();
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_threads.removeOne(thread))
            thread->deleteLater();
    });
    thread->start();
}

void BackgroundTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_running = false;
}

void BackgroundTask::post(std::function<void()> function)
{
    QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
}

} // namespace xj
