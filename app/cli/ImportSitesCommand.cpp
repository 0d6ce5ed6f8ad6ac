// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportSitesCommand.h"

#include "registry/SiteImporter.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace xj {

namespace {
const QString ValidOnlyOption = QStringLiteral("valid-only");
const QString DryRunOption = QStringLiteral("dry-run");
const QString SheetOption = QStringLiteral("sheet");
} // namespace

QString ImportSitesCommand::summary() const
{
    return tr("Import websites and new-media accounts from a .xlsx or CSV registry.");
}

void ImportSitesCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The registry: an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK)."));
    addDataDirOption(parser);
    parser.addOption(
        {ValidOnlyOption, tr("Import the rows without problems and skip the others (by default a "
                             "file with any bad row is not imported at all).")});
    parser.addOption({DryRunOption, tr("Check the file and list the problems, but write nothing.")});
    parser.addOption(
        {SheetOption, tr("The worksheet to read from a workbook (default: the first one)."), tr("NAME")});
}

void ImportSitesCommand::printPlan(const ImportPlan &plan, CliContext &context)
{
    for (const QString &warning : plan.warnings)
        context.out << tr("Note: %1").arg(warning) << '\n';
    for (const QString &problem : plan.problemMessages())
        context.out << problem << '\n';
    context.out << tr("Read %1, header in row %2: %n data row(s),", nullptr, int(plan.rows.size()))
                       .arg(plan.sourceDescription, QString::number(plan.headerRowNumber))
                << ' ' << tr("%n without problems,", nullptr, plan.validCount()) << ' '
                << tr("%n with problems.", nullptr, plan.invalidCount()) << Qt::endl;
}

int ImportSitesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return badUsage(context, tr("Give exactly one registry file to import, e.g. xunjian-cli import-sites "
                                    "sites.xlsx."));
    const QString path = files.first();
    if (!QFileInfo(path).isFile())
        return fail(context, tr("The file %1 does not exist.").arg(path));

    // The file is read before the database is opened, so that a wrong file creates no data folder.
    auto table = SiteImporter::readFile(path, parser.value(SheetOption));
    if (!table)
        return fail(context, table.error().fullText());
    const std::unique_ptr<Database> db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;

    const SiteImporter importer(*db);
    auto plan = importer.plan(table.value());
    if (!plan)
        return fail(context, plan.error().fullText());
    printPlan(plan.value(), context);

    const bool validOnly = parser.isSet(ValidOnlyOption);
    const int bad = plan.value().invalidCount();
    if (bad > 0 && !validOnly)
        return fail(context, tr("Nothing was imported because %n row(s) have problems. Correct them, or add "
                                "--valid-only to import only the rows without problems.",
                                nullptr, bad));
    if (parser.isSet(DryRunOption)) {
        context.out << tr("Dry run: nothing was written; %n site(s) would be imported.", nullptr,
                          plan.value().validCount())
                    << Qt::endl;
        return ExitDone;
    }

    auto summary =
        importer.apply(plan.value(), validOnly ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing);
    if (!summary)
        return fail(context, summary.error().fullText());
    context.out << tr("Imported %n site(s).", nullptr, summary.value().sitesCreated) << ' '
                << tr("Created %n host unit(s).", nullptr, summary.value().unitsCreated) << ' '
                << tr("Skipped %n row(s).", nullptr, summary.value().rowsSkipped) << Qt::endl;
    return ExitDone;
}

} // namespace xj
