// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommand.h"

#include "storage/Database.h"

namespace xj {

void CliCommand::addDataDirOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data-dir"),
                      tr("Data folder (default: $XUNJIAN_DATA_DIR, then the user's application data "
                         "folder)."),
                      tr("DIR")});
}

DataDirectory CliCommand::dataDirectory(const QCommandLineParser &parser)
{
    return DataDirectory::resolve(parser.value(QStringLiteral("data-dir")));
}

std::unique_ptr<Database> CliCommand::openDatabase(const QCommandLineParser &parser, CliContext &context)
{
    const DataDirectory dir = dataDirectory(parser);
    if (Status s = dir.ensureExists(); !s) {
        fail(context, s.error().fullText());
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    if (Status s = db->open(dir.databasePath()); !s) {
        fail(context, s.error().fullText());
        return nullptr;
    }
    return db;
}

int CliCommand::fail(CliContext &context, const QString &message)
{
    context.err << tr("Error: %1").arg(message) << Qt::endl;
    return ExitFailed;
}

int CliCommand::badUsage(CliContext &context, const QString &message)
{
    context.err << message << Qt::endl;
    return ExitBadUsage;
}

} // namespace xj
