// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "core/Result.h"

namespace xj {

/// `xunjian-cli audit export|import`: peer-audit packages (互查) without a window. `export` writes
/// an assignment (office → team) or a result (team → office) package of a round; `import` reads one
/// into a data folder after verifying the whole package. The passphrase that signs or proves a
/// package is read from a file or XUNJIAN_AUDIT_PASSPHRASE, never from the command line, where
/// `ps` and the shell history would show it.
class AuditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    int runExport(const QCommandLineParser &parser, CliContext &context);
    int runImport(const QCommandLineParser &parser, CliContext &context);
    /// The passphrase of --passphrase-file (its first line) or XUNJIAN_AUDIT_PASSPHRASE; empty when
    /// neither is given.
    static Result<QString> passphrase(const QCommandLineParser &parser);
};

} // namespace xj
