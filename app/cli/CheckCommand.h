// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli check FILE.html [--url URL] [--date YYYY-MM-DD] [--site-code CODE]
/// [--data-dir DIR] --format json|csv`: the automated checks on a saved page, from its static HTML
/// (no rendering, so hidden-link facts come from inline styles only).
class CheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace xj
