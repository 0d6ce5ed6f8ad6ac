// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommand.h"

#include "cli/QuitOnSignal.h"
#include "report/ExportPlanner.h"
#include "report/ExportRunner.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"

#include <QDir>
#include <QEventLoop>

namespace xj {

QString ExportCommand::summary() const
{
    return tr(
        "Export a round's rectification notices, problem list, round report or public results (PDF, Word, "
        "Excel, CSV, HTML).");
}

void ExportCommand::configure(QCommandLineParser &parser) const
{
    addDataDirOption(parser);
    parser.addOption({QStringLiteral("round"), tr("The round's id (see `rounds`)."), tr("id")});
    parser.addOption({QStringLiteral("what"),
                      tr("notices, problems, report or public (the public results for the portal)."),
                      tr("what"), QStringLiteral("notices")});
    parser.addOption({QStringLiteral("format"),
                      tr("pdf or docx for notices and the report; xlsx or csv for the problem list; html or "
                         "xlsx for the public results."),
                      tr("format")});
    parser.addOption(
        {QStringLiteral("out"), tr("The folder to write into (created when missing)."), tr("folder")});
    parser.addOption({QStringLiteral("sites"), tr("Only these sites: ids separated by commas."), tr("ids")});
    parser.addOption({QStringLiteral("date"), tr("The notice, report or publication date (default: today)."),
                      tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("no-zip"), tr("Notices: do not pack them into a zip as well.")});
    parser.addOption(
        {QStringLiteral("single-sheet"), tr("Problem list: one sheet for the round, not one per site.")});
    parser.addOption({QStringLiteral("quiet"), tr("No progress lines.")});
}

int ExportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(context, tr("export takes no arguments besides its options."));
    ExportRequest request;
    bool ok = false;
    request.roundId = parser.value(QStringLiteral("round")).toLongLong(&ok);
    if (!ok || request.roundId <= 0)
        return badUsage(context, tr("Give the round with --round ID (`xunjian-cli rounds` lists them)."));
    const auto kind = ExportKinds.fromCode(parser.value(QStringLiteral("what")));
    if (!kind)
        return badUsage(context, tr("--what must be notices, problems, report or public."));
    request.kind = *kind;
    const QString formatText = parser.isSet(QStringLiteral("format"))
                                   ? parser.value(QStringLiteral("format"))
                                   : QString::fromLatin1(request.kind == ExportKind::Problems ? "xlsx"
                                                         : request.kind == ExportKind::Public ? "html"
                                                                                              : "pdf");
    const auto format = ReportFormats.fromCode(formatText.toLower());
    if (!format || !ExportRequest::formatFits(request.kind, *format))
        return badUsage(context,
                        tr("--format %1 does not fit --what %2: use pdf or docx for notices and the report, "
                           "xlsx or csv for problems, html or xlsx for public.")
                            .arg(formatText, ExportKinds.code(request.kind)));
    request.format = *format;
    request.folder = parser.value(QStringLiteral("out"));
    if (request.folder.isEmpty())
        return badUsage(context, tr("Give the folder to write into with --out FOLDER."));
    request.folder = QDir(request.folder).absolutePath();
    for (const QString &id :
         parser.value(QStringLiteral("sites")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 siteId = id.trimmed().toLongLong(&ok);
        if (!ok || siteId <= 0)
            return badUsage(context, tr("--sites takes site ids separated by commas, such as 1,4,7."));
        request.siteIds.insert(siteId);
    }
    if (parser.isSet(QStringLiteral("date"))) {
        request.issuedOn = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!request.issuedOn.isValid())
            return badUsage(context, tr("--date must be a date such as 2026-11-27."));
    }
    request.zip = !parser.isSet(QStringLiteral("no-zip"));
    request.sheetPerSite = !parser.isSet(QStringLiteral("single-sheet"));

    auto db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;
    if (!RoundRepository(*db).get(request.roundId))
        return fail(context, tr("There is no round %1 in this data folder; `xunjian-cli rounds` lists them.")
                                 .arg(request.roundId));
    auto plan = ExportPlanner::plan(*db, dataDirectory(parser).path(), request);
    if (!plan)
        return fail(context, plan.error().fullText());
    // The export runs on this thread without an event loop; Ctrl+C is seen at the next progress
    // report (at least five times a second) and cancels the batch, which removes its files.
    std::atomic_bool cancel{false};
    QEventLoop unused;
    QuitOnSignal quit(unused);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    auto outcome = ExportRunner::run(
        plan.value(),
        [&](int done, int total, const QString &file) {
            if (quit.signalled())
                cancel = true;
            if (!quiet)
                context.err << tr("%1 of %2 written: %3").arg(done).arg(total).arg(file) << Qt::endl;
        },
        &cancel);
    if (!outcome)
        return fail(context, outcome.error().fullText());
    for (const QString &file : outcome.value().files)
        context.out << QDir::toNativeSeparators(file) << '\n';
    if (!outcome.value().zipPath.isEmpty())
        context.out << QDir::toNativeSeparators(outcome.value().zipPath) << '\n';
    return ExitDone;
}

} // namespace xj
