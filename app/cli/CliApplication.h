// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace xj {

/// Dispatches `xunjian-cli COMMAND [OPTIONS]` to a CliCommand: prints the overview for no command
/// or --help, each command's help for `COMMAND --help`, and turns parse errors into exit code 2.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(xj::CliApplication)
public:
    explicit CliApplication(std::vector<std::unique_ptr<CliCommand>> commands);

    /// `arguments` as QCoreApplication::arguments() gives them (program name first).
    int exec(const QStringList &arguments, CliContext &context);
    /// Whether the command the arguments name needs fonts (see CliCommand::needsFonts).
    bool needsFonts(int argc, char *argv[]) const;

private:
    CliCommand *find(const QString &name) const;
    void printOverview(QTextStream &stream) const;
    static QString helpText(const QCommandLineParser &parser, const QString &command);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace xj
