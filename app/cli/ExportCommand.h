// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli export --data-dir DIR --round ID --what notices|problems|report --format
/// pdf|docx|xlsx|csv --out FOLDER`: the workbench's exports without a window, for scripts and
/// for the round's overnight batch. Prints each written file on stdout and progress on stderr.
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
    bool needsFonts() const override { return true; }
};

} // namespace xj
