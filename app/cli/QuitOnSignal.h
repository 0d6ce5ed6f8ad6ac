// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class QEventLoop;
class QSocketNotifier;

namespace xj {

/// Turns SIGINT and SIGTERM (Ctrl+C, systemd stopping a service) into a quit of an event loop with
/// the self-pipe trick, so long-running commands end cleanly and save what they have. Restores the
/// previous handlers when it goes out of scope. Elsewhere than on Unix it does nothing.
class QuitOnSignal
{
public:
    explicit QuitOnSignal(QEventLoop &loop);
    ~QuitOnSignal();
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

    /// Whether a signal ended the loop.
    bool signalled() const;

private:
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_installed = false;
#endif
};

} // namespace xj
