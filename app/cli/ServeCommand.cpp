// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ServeCommand.h"

#include "net/StaticFileServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace xj {

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

extern "C" void onQuitSignal(int)
{
    // Only async-signal-safe calls here: one byte into the pipe wakes the event loop.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[0], &byte, 1);
}

/// Turns SIGINT and SIGTERM into a quit of `loop` (the self-pipe trick), and restores the
/// previous handlers when it goes out of scope.
class QuitOnSignal
{
public:
    explicit QuitOnSignal(QEventLoop &loop)
    {
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
    ~QuitOnSignal()
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
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_installed = false;
};
#endif

} // namespace

QString ServeCommand::summary() const
{
    return tr("Serve a folder (a demo site) on 127.0.0.1 until interrupted.");
}

void ServeCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Folder to serve."));
    parser.addOption({QStringLiteral("port"), tr("Port on 127.0.0.1; 0 picks a free one (default 0)."),
                      tr("P"), QStringLiteral("0")});
}

int ServeCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return badUsage(context, tr("Give exactly one folder to serve."));
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return badUsage(context, tr("--port must be a number from 0 to 65535."));
    const QString dir = QDir(args.first()).absolutePath();
    if (!QFileInfo(dir).isDir())
        return fail(context, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)));

    StaticFileServer server(dir);
    if (Status s = server.listen(quint16(port)); !s)
        return fail(context, s.error().message);

    QEventLoop loop;
#ifdef Q_OS_UNIX
    const QuitOnSignal quitOnSignal(loop);
#endif
    // Flushed at once: scripts and tests wait for this line to learn the port.
    context.out << tr("Serving %1 at %2").arg(QDir::toNativeSeparators(dir), server.baseUrl().toString())
                << Qt::endl;
    loop.exec();
    server.close();
    context.out << tr("Stopped.") << Qt::endl;
    return ExitDone;
}

} // namespace xj
