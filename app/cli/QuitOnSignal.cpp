// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/QuitOnSignal.h"

#include <QEventLoop>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace xj {

#ifdef Q_OS_UNIX
namespace {

int signalPipe[2] = {-1, -1};
volatile sig_atomic_t gotSignal = 0;

extern "C" void onQuitSignal(int)
{
    // Only async-signal-safe calls here: one byte into the pipe wakes the event loop.
    gotSignal = 1;
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[0], &byte, 1);
}

} // namespace

QuitOnSignal::QuitOnSignal(QEventLoop &loop)
{
    gotSignal = 0;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    ::fcntl(signalPipe[0], F_SETFL, ::fcntl(signalPipe[0], F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &loop, [&loop] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[1], &byte, 1);
        loop.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &m_previousInt);
    ::sigaction(SIGTERM, &action, &m_previousTerm);
    m_installed = true;
}

QuitOnSignal::~QuitOnSignal()
{
    if (m_installed) {
        ::sigaction(SIGINT, &m_previousInt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    m_notifier.reset();
    for (int &fd : signalPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

bool QuitOnSignal::signalled() const
{
    return gotSignal != 0;
}
#else
QuitOnSignal::QuitOnSignal(QEventLoop &) {}
QuitOnSignal::~QuitOnSignal() = default;
bool QuitOnSignal::signalled() const
{
    return false;
}
#endif

} // namespace xj
