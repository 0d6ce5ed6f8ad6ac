// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "core/Result.h"
#include "model/Site.h"
#include "scan/ScanRules.h"

namespace xj {

class Database;

/// `xunjian-cli probe [--site CODE]... [--all] [--if-due] [--interval MINUTES] [--timeout S]
/// [--report] [--date YYYY-MM-DD] [--data-dir DIR]`: one availability attempt per chosen site
/// (W-V2), stored as evidence, for cron or a systemd timer; with --report, the failure ratio of
/// the monitoring window instead. --if-due follows the same schedule as the workbench, so the two
/// running side by side do not probe a site twice in a row.
class ProbeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProbeCommand)
public:
    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    /// The sites of --site and --all; the error says which code is unknown or cannot be probed.
    static Result<QList<Site>> chosenSites(const Database &db, const QCommandLineParser &parser);
    static QString label(const Site &site);
    static int probe(const Database &db, const QList<Site> &sites, const ScanRules &rules,
                     CliContext &context);
    static int report(const Database &db, const QList<Site> &sites, const QDateTime &end,
                      const ScanRules &rules, CliContext &context);
};

} // namespace xj
