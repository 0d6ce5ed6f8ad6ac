// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli demo-site --out DIR [--seed N] [--pages N] [--clean] [--today YYYY-MM-DD]`:
/// writes a demo county website with planted problems and its answer key.
class DemoSiteCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoSiteCommand)
public:
    QString name() const override { return QStringLiteral("demo-site"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace xj
