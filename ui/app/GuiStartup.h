// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DataDirectory.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace xj {

class Database;
class DemoSiteHost;

/// What `xunjian` was asked for on its command line.
struct GuiOptions
{
    QString dataDirectory; ///< empty: XUNJIAN_DATA_DIR, then the platform location
    QString language;      ///< empty: the saved choice
    bool demoOnFirstStart = true;
    /// Headless helper mode for `xunjian-cli init-demo`: capture the demo findings' evidence, exit.
    bool captureDemoEvidence = false;
};

/// Start-up of the workbench, outside main() so that tests run the same steps: parse the options,
/// open the database, fill a brand-new data folder with the demo (a generated county website and a
/// demo round, usable with no network) and serve the demo sites on 127.0.0.1.
class GuiStartup
{
    Q_DECLARE_TR_FUNCTIONS(xj::GuiStartup)
public:
    /// Parses `arguments` (program name first); prints help/version and returns false when the
    /// program should exit with `exitCode`.
    static bool parseOptions(const QStringList &arguments, GuiOptions &options, int &exitCode);

    /// The interface language: --lang, then XUNJIAN_LANG, then the choice saved in the data folder.
    static QString language(const GuiOptions &options, const DataDirectory &dataDirectory);

    /// Opens the database of `dataDirectory`; on the first start (no database file yet) creates the
    /// demo in it. `progress` is called with (done, total) while the demo is generated.
    static Status openWorkspace(const DataDirectory &dataDirectory, Database &database, bool demoOnFirstStart,
                                const std::function<void(int, int)> &progress = {});

    /// openWorkspace() with a progress dialog while the demo is generated and an error dialog that
    /// says what to do when the workspace cannot be opened; false when the program cannot go on.
    static bool openWorkspaceInteractively(const DataDirectory &dataDirectory, Database &database,
                                           bool demoOnFirstStart);

    /// Starts serving the demo sites recorded in the database; returns a status-bar line.
    static QString serveDemoSites(const Database &database, DemoSiteHost &host);
    /// Gives demo findings without evidence their screenshots and archived pages (the demo sites
    /// must be served). With `interactive`, a progress dialog shows; returns a status-bar line,
    /// empty when there was nothing to do.
    static Status captureDemoEvidence(const Database &database, const DataDirectory &dataDirectory,
                                      bool interactive);
    /// The whole --capture-demo-evidence run: open, serve, capture, print progress; the exit code.
    static int runDemoEvidenceCapture(const DataDirectory &dataDirectory);
};

} // namespace xj
