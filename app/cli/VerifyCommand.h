// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli verify --data-dir DIR [--json]`: re-hashes every evidence file and lists the
/// missing, altered and orphaned ones by finding. Exit 0 when all are intact, 1 when problems were
/// found, 2 when the check could not run (bad usage, no database, unreadable database).
class VerifyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace xj
