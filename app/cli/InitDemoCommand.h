// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace xj {

/// `xunjian-cli init-demo --data-dir DIR [--today DATE]`: creates the demo workspace (demo sites,
/// registry, a demo quarterly round with verdicts and findings) in an empty data folder, then has
/// the workbench capture real screenshots and archived pages for the demo findings.
class InitDemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::InitDemoCommand)
public:
    QString name() const override { return QStringLiteral("init-demo"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    int captureEvidence(const QString &dataDir, CliContext &context) const;
};

} // namespace xj
