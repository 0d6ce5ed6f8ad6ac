// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli serve DIR [--port P]`: serves a folder (a demo site) on 127.0.0.1 until SIGINT
/// or SIGTERM.
class ServeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::ServeCommand)
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace xj
