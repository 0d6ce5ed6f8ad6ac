// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/VerifyCommand.h"

#include "evidence/IntegrityChecker.h"
#include "evidence/IntegrityReportText.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace xj {

namespace {

// Exit 1 is reserved for "the check ran and found problems", so scripts can tell a damaged
// evidence store from a check that never happened.
constexpr int ExitProblemsFound = 1;
constexpr int ExitCouldNotCheck = ExitBadUsage;

} // namespace

QString VerifyCommand::summary() const
{
    return tr("Check that every evidence file is present and unaltered (exit 0 intact, 1 problems, 2 could "
              "not check).");
}

void VerifyCommand::configure(QCommandLineParser &parser) const
{
    addDataDirOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
}

int VerifyCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(context, tr("verify takes no arguments besides its options."));
    const DataDirectory dir = dataDirectory(parser);
    // Checking a folder that holds no database would create an empty one and report it intact.
    if (!QFileInfo::exists(dir.databasePath())) {
        fail(context, tr("There is no Xunjian database in %1. Give the data folder with --data-dir.")
                          .arg(QDir::toNativeSeparators(dir.path())));
        return ExitCouldNotCheck;
    }
    auto db = openDatabase(parser, context);
    if (!db)
        return ExitCouldNotCheck;
    auto report = IntegrityChecker(*db, dir.path()).run();
    if (!report) {
        fail(context, report.error().fullText());
        return ExitCouldNotCheck;
    }
    auto text = IntegrityReportText::load(*db, report.value());
    if (!text) {
        fail(context, text.error().fullText());
        return ExitCouldNotCheck;
    }
    if (parser.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(text.value().json());
    else
        context.out << text.value().text();
    return report.value().ok() ? ExitDone : ExitProblemsFound;
}

} // namespace xj
