// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ServeCommand.h"

#include "cli/QuitOnSignal.h"
#include "net/StaticFileServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace xj {

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
