// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

struct ImportPlan;

/// `xunjian-cli import-sites FILE`: imports the office's registry of websites and new-media accounts
/// from a .xlsx or CSV file. Lists every problem with its spreadsheet row first; a file with bad rows
/// is refused as a whole unless --valid-only asks for the good rows alone.
class ImportSitesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::ImportSitesCommand)
public:
    QString name() const override { return QStringLiteral("import-sites"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    static void printPlan(const ImportPlan &plan, CliContext &context);
};

} // namespace xj
