// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AuditCommand.h"

#include "audit/AuditImporter.h"
#include "audit/AuditPackageWriter.h"
#include "storage/Database.h"
#include "storage/NoticeRepository.h"
#include "storage/RoundRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace xj {

namespace {

const QString PassphraseVariable = QStringLiteral("XUNJIAN_AUDIT_PASSPHRASE");

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

/// A progress callback that redraws one percentage line on a terminal and stays silent otherwise,
/// so a script's captured stderr holds only errors. `label` has a %1 for the percentage.
std::function<void(qint64, qint64)> progressPrinter(CliContext &context, const QString &label)
{
    if (!stderrIsTerminal())
        return {};
    return [&context, label, last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == last)
            return;
        last = percent;
        context.err << '\r' << label.arg(percent);
        if (percent >= 100)
            context.err << '\n';
        context.err.flush();
    };
}

QString yesNo(bool value)
{
    return value ? AuditCommand::tr("yes") : AuditCommand::tr("no");
}

} // namespace

QString AuditCommand::summary() const
{
    return tr("Export or import a peer-audit package (an assignment for a team, or a team's result).");
}

void AuditCommand::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        summary() + QLatin1String("\n\n") +
        tr("audit export --round ID --kind assignment|result --out FILE writes a package of the round; "
           "audit import FILE reads one into the data folder after checking all of it.\n"
           "The passphrase that signs a package (and proves an imported one) is the first line of "
           "--passphrase-file or the environment variable %1. It is never taken as a command-line "
           "argument, because other users' `ps` and the shell history would show it.")
            .arg(PassphraseVariable));
    parser.addPositionalArgument(QStringLiteral("action"), tr("export or import."), tr("export|import"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("import: the package to import."), tr("[FILE]"));
    addDataDirOption(parser);
    parser.addOption({QStringLiteral("round"),
                      tr("export: the round's id (see `rounds`). import of a result: file it under this "
                         "round instead of the one the package names."),
                      tr("id")});
    parser.addOption({QStringLiteral("kind"),
                      tr("export: assignment (the office hands a team the round and its sites) or result "
                         "(the team's findings, verdicts and evidence)."),
                      tr("kind")});
    parser.addOption({QStringLiteral("sites"),
                      tr("export: only these sites, ids separated by commas (default: every site of the "
                         "round)."),
                      tr("ids")});
    parser.addOption({QStringLiteral("out"), tr("export: the package file to write."), tr("file")});
    parser.addOption({QStringLiteral("exporter"),
                      tr("export: who the package comes from, as the receiver sees it (default: the "
                         "round's team, else the office name of the notice settings)."),
                      tr("name")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      tr("A file whose first line is the passphrase shared with the other side (default: "
                         "$%1; none: the package is not signed).")
                          .arg(PassphraseVariable),
                      tr("file")});
}

int AuditCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positionals = parser.positionalArguments();
    if (positionals.isEmpty())
        return badUsage(context, tr("Give the action: `audit export` or `audit import FILE`."));
    const QString action = positionals.first();
    if (action == QLatin1String("export"))
        return runExport(parser, context);
    if (action == QLatin1String("import"))
        return runImport(parser, context);
    return badUsage(context,
                    tr("Unknown action '%1': use `audit export` or `audit import FILE`.").arg(action));
}

Result<QString> AuditCommand::passphrase(const QCommandLineParser &parser)
{
    const QString fileName = parser.value(QStringLiteral("passphrase-file"));
    if (fileName.isEmpty())
        return qEnvironmentVariable(qPrintable(PassphraseVariable));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the passphrase file %1.").arg(QDir::toNativeSeparators(fileName)),
                     file.errorString()};
    // Only the first line counts, so an editor's final newline (or CRLF) is not part of the secret.
    QString first = QString::fromUtf8(file.readLine(64 * 1024));
    while (first.endsWith(QLatin1Char('\n')) || first.endsWith(QLatin1Char('\r')))
        first.chop(1);
    if (first.isEmpty())
        return Error{tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(fileName)),
                     tr("Put the passphrase on its first line, or leave out --passphrase-file.")};
    return first;
}

int AuditCommand::runExport(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.positionalArguments().size() > 1)
        return badUsage(context,
                        tr("audit export takes no file argument: give the package with --out FILE."));
    AuditPackageWriter::Request request;
    bool ok = false;
    request.roundId = parser.value(QStringLiteral("round")).toLongLong(&ok);
    if (!ok || request.roundId <= 0)
        return badUsage(context, tr("Give the round with --round ID (`xunjian-cli rounds` lists them)."));
    const auto kind = AuditPackageKinds.fromCode(parser.value(QStringLiteral("kind")));
    if (!kind)
        return badUsage(context, tr("Give the package kind with --kind assignment or --kind result."));
    request.kind = *kind;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return badUsage(context, tr("Give the package file to write with --out FILE."));
    request.outPath = QFileInfo(out).absoluteFilePath();
    for (const QString &id :
         parser.value(QStringLiteral("sites")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 siteId = id.trimmed().toLongLong(&ok);
        if (!ok || siteId <= 0)
            return badUsage(context, tr("--sites takes site ids separated by commas, such as 1,4,7."));
        if (!request.siteIds.contains(siteId))
            request.siteIds.append(siteId);
    }
    if (parser.isSet(QStringLiteral("sites")) && request.siteIds.isEmpty())
        return badUsage(context, tr("--sites takes site ids separated by commas, such as 1,4,7."));
    auto secret = passphrase(parser);
    if (!secret)
        return fail(context, secret.error().fullText());
    request.passphrase = secret.value();

    auto db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;
    auto round = RoundRepository(*db).get(request.roundId);
    if (!round)
        return fail(context, tr("There is no round %1 in this data folder; `xunjian-cli rounds` lists them.")
                                 .arg(request.roundId));
    request.exporter = parser.value(QStringLiteral("exporter")).trimmed();
    if (request.exporter.isEmpty())
        request.exporter = round.value().team.trimmed();
    if (request.exporter.isEmpty()) {
        auto settings = NoticeRepository(*db).settings();
        // The default office name is a placeholder for the notice form, not anyone's name.
        if (settings && settings.value().officeName != NoticeRepository::defaultSettings().officeName)
            request.exporter = settings.value().officeName.trimmed();
    }
    if (request.exporter.isEmpty())
        return fail(context,
                    tr("The round has no team and the notice settings no office name, so the package "
                       "would not say who it comes from: give it with --exporter NAME."));

    // collect() first: it refuses a bad request before any file is created, and its content is what
    // the summary reports.
    auto package = AuditPackageWriter::collect(*db, request);
    if (!package)
        return fail(context, package.error().fullText());
    if (Status s = AuditPackageWriter::write(*db, dataDirectory(parser).path(), request,
                                             progressPrinter(context, tr("Writing the package: %1%")));
        !s)
        return fail(context, s.error().fullText());

    const AuditPackage &p = package.value();
    QStringList siteIds;
    for (const AuditSite &site : p.round.sites)
        siteIds.append(QString::number(site.originId));
    QSet<QString> evidence;
    for (const AuditFinding &finding : p.findings) {
        for (const AuditEvidence &e : finding.evidence)
            evidence.insert(e.sha256);
    }
    context.out
        << QDir::toNativeSeparators(request.outPath) << '\n'
        << tr("Kind: %1").arg(AuditPackageKinds.code(request.kind)) << '\n'
        << tr("Exporter: %1").arg(request.exporter) << '\n'
        << tr("Round: %1 %2").arg(QString::number(request.roundId), round.value().name) << '\n'
        << tr("Sites: %1 (%2)").arg(QString::number(p.round.sites.size()), siteIds.join(QLatin1String(", ")))
        << '\n'
        << tr("Findings: %1").arg(p.findings.size()) << '\n'
        << tr("Verdicts: %1").arg(p.verdicts.size()) << '\n'
        << tr("Evidence files: %1").arg(evidence.size()) << '\n'
        << tr("Signed: %1").arg(yesNo(!request.passphrase.isEmpty())) << '\n';
    return ExitDone;
}

int AuditCommand::runImport(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() != 2)
        return badUsage(context, tr("Give the one package to import: `audit import FILE`."));
    for (const char *exportOnly : {"kind", "sites", "out", "exporter"}) {
        if (parser.isSet(QLatin1String(exportOnly)))
            return badUsage(
                context,
                tr("--%1 belongs to `audit export`, not to `audit import`.").arg(QLatin1String(exportOnly)));
    }
    AuditImporter::Options options;
    if (parser.isSet(QStringLiteral("round"))) {
        bool ok = false;
        options.targetRoundId = parser.value(QStringLiteral("round")).toLongLong(&ok);
        if (!ok || options.targetRoundId <= 0)
            return badUsage(context, tr("--round takes a round's id (`xunjian-cli rounds` lists them)."));
    }
    auto secret = passphrase(parser);
    if (!secret)
        return fail(context, secret.error().fullText());
    options.passphrase = secret.value();
    options.progress = progressPrinter(context, tr("Checking the package: %1%"));

    auto db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;
    const QString path = QFileInfo(positionals.at(1)).absoluteFilePath();
    auto outcome = AuditImporter::importFile(*db, dataDirectory(parser).path(), path, options);
    if (!outcome) {
        fail(context, outcome.error().fullText());
        context.err << tr("Nothing was imported: the data folder is as it was.") << Qt::endl;
        return ExitFailed;
    }
    const AuditImportOutcome &o = outcome.value();
    auto round = RoundRepository(*db).get(o.roundId);
    const QString roundName = round ? round.value().name : QString();
    context.out << tr("Imported %1").arg(QDir::toNativeSeparators(path)) << '\n'
                << tr("Kind: %1").arg(AuditPackageKinds.code(o.kind)) << '\n'
                << tr("Exporter: %1").arg(o.exporter) << '\n'
                << tr("Round: %1 %2").arg(QString::number(o.roundId), roundName) << '\n'
                << tr("Sites: %1").arg(o.sites) << '\n'
                << tr("Findings: %1").arg(o.findings) << '\n'
                << tr("Verdicts: %1").arg(o.verdicts) << '\n'
                << tr("Evidence files: %1").arg(o.evidenceFiles) << '\n'
                << tr("Signature checked: %1").arg(yesNo(o.signatureChecked)) << '\n';
    return ExitDone;
}

} // namespace xj
