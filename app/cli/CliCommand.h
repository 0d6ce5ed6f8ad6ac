// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DataDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace xj {

class Database;

/// Exit codes every command uses: 0 done, 1 error (with a message on stderr), 2 bad usage.
enum ExitCode { ExitDone = 0, ExitFailed = 1, ExitBadUsage = 2 };

/// Where a command writes. Tests pass string-backed streams.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
};

/// One `xunjian-cli` sub-command. A command declares its options and positional arguments on a
/// parser, and runs with the parsed result; the application handles --help and usage errors for
/// all of them in one place.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(xj::CliCommand)
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void configure(QCommandLineParser &parser) const = 0;
    /// Runs the command; returns an ExitCode. Bad usage found only at run time returns ExitBadUsage.
    virtual int run(const QCommandLineParser &parser, CliContext &context) = 0;
    /// Whether the command lays out text with fonts (exports), which needs a QGuiApplication on
    /// the display-less platform instead of the plain QCoreApplication the others run in.
    virtual bool needsFonts() const { return false; }

protected:
    /// The shared --data-dir option (falls back to XUNJIAN_DATA_DIR and the platform location).
    static void addDataDirOption(QCommandLineParser &parser);
    static DataDirectory dataDirectory(const QCommandLineParser &parser);
    /// Opens (and migrates) the database of --data-dir; on failure prints the reason and returns null.
    static std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, CliContext &context);
    static int fail(CliContext &context, const QString &message);
    static int badUsage(CliContext &context, const QString &message);
};

} // namespace xj
