// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

namespace xj {

CliApplication::CliApplication(std::vector<std::unique_ptr<CliCommand>> commands)
    : m_commands(std::move(commands))
{}

CliCommand *CliApplication::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

void CliApplication::printOverview(QTextStream &stream) const
{
    stream << tr("Usage: xunjian-cli COMMAND [OPTIONS]") << '\n'
           << tr("Xunjian (巡检) government website inspection workbench, headless commands.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &c : m_commands)
        stream << "  " << c->name().leftJustified(12) << ' ' << c->summary() << '\n';
    stream << '\n'
           << tr("Run 'xunjian-cli COMMAND --help' for the options of a command.") << '\n'
           << tr("Exit codes: 0 done, 1 error, 2 bad usage.") << Qt::endl;
}

bool CliApplication::needsFonts(int argc, char *argv[]) const
{
    // Called before any application object exists, so it reads argv itself: the command is the
    // first argument.
    const CliCommand *command = argc > 1 ? find(QString::fromLocal8Bit(argv[1])) : nullptr;
    return command && command->needsFonts();
}

int CliApplication::exec(const QStringList &arguments, CliContext &context)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printOverview(context.err);
        return ExitBadUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (args.size() > 1 && find(args.at(1)))
            return exec({arguments.first(), args.at(1), QStringLiteral("--help")}, context);
        printOverview(context.out);
        return ExitDone;
    }
    if (first == QLatin1String("--version")) {
        context.out << "xunjian-cli " << XUNJIAN_VERSION << Qt::endl;
        return ExitDone;
    }
    CliCommand *command = find(first);
    if (!command) {
        context.err << tr("Unknown command '%1'.").arg(first) << "\n\n";
        printOverview(context.err);
        return ExitBadUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    command->configure(parser);

    if (!parser.parse(args)) {
        context.err << parser.errorText() << "\n\n" << helpText(parser, first);
        context.err.flush();
        return ExitBadUsage;
    }
    if (parser.isSet(helpOption)) {
        context.out << helpText(parser, first);
        context.out.flush();
        return ExitDone;
    }
    const int code = command->run(parser, context);
    context.out.flush();
    context.err.flush();
    return code;
}

QString CliApplication::helpText(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program after argv[0]; a sub-command's usage line must name the
    // command too, so the first line is rebuilt and the option list kept as Qt formats it.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString usage = text.left(firstLineEnd);
    const qsizetype optionsAt = usage.indexOf(QLatin1String(" ["));
    const QString rest = optionsAt >= 0 ? usage.mid(optionsAt) : QString();
    return tr("Usage: xunjian-cli %1").arg(command) + rest + text.mid(firstLineEnd);
}

} // namespace xj
