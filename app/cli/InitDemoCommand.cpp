// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/InitDemoCommand.h"

#include "demo/DemoWorkspace.h"
#include "storage/Database.h"

namespace xj {

QString InitDemoCommand::summary() const
{
    return tr("Create the demo workspace (demo sites, registry and a demo round) in an empty data folder.");
}

void InitDemoCommand::configure(QCommandLineParser &parser) const
{
    addDataDirOption(parser);
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
    return ExitDone;
}

} // namespace xj
