// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiStartup.h"

#include "common/ErrorDialog.h"
#include "core/Translations.h"
#include "demo/DemoSiteHost.h"
#include "demo/DemoWorkspace.h"
#include "marking/DemoEvidenceCapture.h"
#include "settings/UiSettings.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QProgressDialog>

#include <cstdio>
#include <memory>

namespace xj {

bool GuiStartup::parseOptions(const QStringList &arguments, GuiOptions &options, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Xunjian (巡检): inspection workbench for government websites and "
                                        "new-media accounts."));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        tr("Data folder (default: $XUNJIAN_DATA_DIR, then the user's application "
           "data folder)."),
        tr("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Interface language: zh_CN or en."),
                                      tr("LANG"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    tr("Start an empty data folder without the demo site and round."));
    const QCommandLineOption captureDemo(
        QStringLiteral("capture-demo-evidence"),
        tr("Capture screenshots and archived pages for the demo findings, then exit (used by "
           "xunjian-cli init-demo; runs without a window)."));
    parser.addOptions({dataDir, language, noDemo, captureDemo});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        exitCode = 2;
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        std::fprintf(stdout, "%s\n",
                     qPrintable(parser.isSet(help)
                                    ? parser.helpText()
                                    : QStringLiteral("xunjian ") + QStringLiteral(XUNJIAN_VERSION)));
        exitCode = 0;
        return false;
    }
    options.dataDirectory = parser.value(dataDir);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && !availableLanguages().contains(options.language)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Unknown language '%1'; use one of: %2")
                                    .arg(options.language, availableLanguages().join(QStringLiteral(", ")))));
        exitCode = 2;
        return false;
    }
    options.demoOnFirstStart = !parser.isSet(noDemo);
    options.captureDemoEvidence = parser.isSet(captureDemo);
    return true;
}

QString GuiStartup::language(const GuiOptions &options, const DataDirectory &dataDirectory)
{
    if (!options.language.isEmpty())
        return options.language;
    if (qEnvironmentVariableIsSet("XUNJIAN_LANG"))
        return languageFromEnvironment();
    return UiSettings(dataDirectory.uiStatePath()).language();
}

Status GuiStartup::openWorkspace(const DataDirectory &dataDirectory, Database &database,
                                 bool demoOnFirstStart, const std::function<void(int, int)> &progress)
{
    if (Status s = dataDirectory.ensureExists(); !s)
        return s;
    const bool firstStart = !QFileInfo::exists(dataDirectory.databasePath());
    if (Status s = database.open(dataDirectory.databasePath()); !s)
        return s;
    if (firstStart && demoOnFirstStart) {
        auto demo = DemoWorkspace::create(database, dataDirectory, QDate::currentDate(), progress);
        if (!demo)
            return demo.error();
    }
    return Status::success();
}

bool GuiStartup::openWorkspaceInteractively(const DataDirectory &dataDirectory, Database &database,
                                            bool demoOnFirstStart)
{
    QProgressDialog progress(tr("Preparing the demo site and round…"), QString(), 0, 0);
    progress.setObjectName(QStringLiteral("startupProgress"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::ApplicationModal);
    const Status opened = openWorkspace(dataDirectory, database, demoOnFirstStart, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
    });
    progress.close();
    if (!opened)
        showError(nullptr, tr("Xunjian cannot start"), opened.error());
    return opened.ok();
}

QString GuiStartup::serveDemoSites(const Database &database, DemoSiteHost &host)
{
    auto served = host.start(database);
    if (!served)
        return served.error().message;
    if (served.value().isEmpty())
        return {};
    QStringList parts;
    for (const auto &site : served.value())
        parts.append(site.url.toString());
    return tr("Demo site served at %1").arg(parts.join(QStringLiteral(", ")));
}

Status GuiStartup::captureDemoEvidence(const Database &database, const DataDirectory &dataDirectory,
                                       bool interactive)
{
    auto todo = DemoEvidenceCapture::findingsToCapture(database);
    if (!todo)
        return todo.error();
    if (todo.value().isEmpty())
        return Status::success();
    std::unique_ptr<QProgressDialog> dialog;
    if (interactive) {
        dialog = std::make_unique<QProgressDialog>(tr("Taking screenshots of the demo site for the demo "
                                                      "findings…"),
                                                   QString(), 0, int(todo.value().size()));
        dialog->setObjectName(QStringLiteral("demoEvidenceProgress"));
        dialog->setMinimumDuration(0);
        dialog->setWindowModality(Qt::ApplicationModal);
    }
    return DemoEvidenceCapture::run(database, dataDirectory.path(), nullptr, [&](int done, int total) {
        if (dialog) {
            dialog->setMaximum(total);
            dialog->setValue(done);
        } else {
            std::fprintf(stdout, "%s\n",
                         qPrintable(tr("Demo evidence: %1 of %2 findings").arg(done).arg(total)));
            std::fflush(stdout);
        }
    });
}

int GuiStartup::runDemoEvidenceCapture(const DataDirectory &dataDirectory)
{
    Database database;
    if (Status s = openWorkspace(dataDirectory, database, false); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    DemoSiteHost host;
    if (auto served = host.start(database); !served) {
        std::fprintf(stderr, "%s\n", qPrintable(served.error().fullText()));
        return 1;
    }
    if (Status s = captureDemoEvidence(database, dataDirectory, false); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    return 0;
}

} // namespace xj
