// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RoundsCommand.h"

#include "storage/Database.h"
#include "storage/RoundRepository.h"

namespace xj {

QString RoundsCommand::summary() const
{
    return tr("List the inspection rounds (id first on each line).");
}

void RoundsCommand::configure(QCommandLineParser &parser) const
{
    addDataDirOption(parser);
}

int RoundsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(context, tr("rounds takes no arguments besides its options."));
    auto db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;
    auto rounds = RoundRepository(*db).all();
    if (!rounds)
        return fail(context, rounds.error().fullText());
    // Tab-separated so that scripts can cut columns; the id comes first. The source round (the one
    // a re-check re-checks or whose findings were carried forward) comes last, empty when none, so
    // scripts reading the older columns keep working.
    for (const Round &r : rounds.value()) {
        context.out << r.id << '\t' << RoundKinds.code(r.kind) << '\t'
                    << r.inspectionDate.toString(Qt::ISODate) << '\t' << r.period << '\t' << r.name << '\t'
                    << (r.sourceRoundId > 0 ? QString::number(r.sourceRoundId) : QString()) << '\n';
    }
    if (rounds.value().isEmpty())
        context.err << tr("No inspection rounds yet.") << '\n';
    return ExitDone;
}

} // namespace xj
