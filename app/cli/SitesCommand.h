// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli sites --data-dir DIR`: the registry, one site or account per line, its id first.
class SitesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::SitesCommand)
public:
    QString name() const override { return QStringLiteral("sites"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace xj
