// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/InitDemoCommand.h"

#include "demo/DemoWorkspace.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace xj {

QString InitDemoCommand::summary() const
{
    return tr("Create the demo workspace (demo sites, registry and a demo round) in an empty data folder.");
}

void InitDemoCommand::configure(QCommandLineParser &parser) const
{
    addDataDirOption(parser);
    parser.addOption({QStringLiteral("no-evidence"),
                      tr("Skip the screenshots and archived pages of the demo findings (they need the "
                         "workbench program, xunjian, next to xunjian-cli).")});
    parser.addOption({QStringLiteral("today"),
                      tr("Inspection date the demo is built around (default: today)."), tr("YYYY-MM-DD")});
}

int InitDemoCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(context, tr("init-demo takes no arguments besides its options."));
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return badUsage(context, tr("--today needs a date like 2026-11-24."));
    }
    auto db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;
    auto entries = DemoWorkspace::create(*db, dataDirectory(parser), today);
    if (!entries)
        return fail(context, entries.error().fullText());
    context.out << tr("Demo workspace created in %1").arg(dataDirectory(parser).path()) << '\n';
    for (const DemoSiteEntry &e : entries.value())
        context.out << tr("  demo site %1 (site %2), served by the workbench at http://127.0.0.1:%3/")
                           .arg(e.folder)
                           .arg(e.siteId)
                           .arg(e.port)
                    << '\n';
    if (parser.isSet(QStringLiteral("no-evidence")))
        return ExitDone;
    return captureEvidence(dataDirectory(parser).path(), context);
}

// Screenshots need a browser engine, which the core and this CLI deliberately do not link: the
// workbench program does the capture in a headless mode, on the same data folder.
int InitDemoCommand::captureEvidence(const QString &dataDir, CliContext &context) const
{
    const QString workbench = QCoreApplication::applicationDirPath() + QStringLiteral("/xunjian");
    if (!QFileInfo(workbench).isExecutable()) {
        context.err << tr("The demo findings have no screenshots yet: %1 was not found. They are taken "
                          "when the workbench first opens this data folder.")
                           .arg(workbench)
                    << '\n';
        return ExitDone;
    }
    context.out << tr("Taking screenshots and archiving the pages of the demo findings…") << '\n';
    context.out.flush();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (::geteuid() == 0) // Chromium refuses its sandbox as root
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(workbench,
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--capture-demo-evidence")});
    constexpr int TimeoutMs = 180000;
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(context, tr("Capturing the demo evidence did not finish within %1 seconds. The demo "
                                "workspace is usable; the screenshots are taken when the workbench opens it.")
                                 .arg(TimeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(context,
                    tr("Capturing the demo evidence failed (see the messages above). The demo "
                       "workspace is usable; the screenshots are taken when the workbench opens it."));
    context.out << tr("Demo evidence captured.") << '\n';
    return ExitDone;
}

} // namespace xj
