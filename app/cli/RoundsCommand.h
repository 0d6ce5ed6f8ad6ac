// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli rounds --data-dir DIR`: one line per inspection round, its id first.
class RoundsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::RoundsCommand)
public:
    QString name() const override { return QStringLiteral("rounds"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace xj
