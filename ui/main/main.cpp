// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiStartup.h"
#include "core/Translations.h"
#include "demo/DemoSiteHost.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by Qt WebEngine
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Xunjian"));
    QApplication::setApplicationName(QStringLiteral("xunjian"));
    QApplication::setApplicationDisplayName(QStringLiteral("巡检 Xunjian"));
    QApplication::setApplicationVersion(QStringLiteral(XUNJIAN_VERSION));

    xj::GuiOptions options;
    int exitCode = 0;
    if (!xj::GuiStartup::parseOptions(QApplication::arguments(), options, exitCode))
        return exitCode;
    const xj::DataDirectory dataDirectory = xj::DataDirectory::resolve(options.dataDirectory);
    xj::installTranslations(xj::GuiStartup::language(options, dataDirectory),
                            {QStringLiteral("xunjian_core"), QStringLiteral("xunjian_ui")});

    if (options.captureDemoEvidence)
        return xj::GuiStartup::runDemoEvidenceCapture(dataDirectory);

    xj::Database database;
    if (!xj::GuiStartup::openWorkspaceInteractively(dataDirectory, database, options.demoOnFirstStart))
        return 1;

    // The demo sites are served before the window reads the registry: a busy port moves a demo site
    // to another one and its address in the registry with it.
    xj::DemoSiteHost demoHost;
    QString served = xj::GuiStartup::serveDemoSites(database, demoHost);
    if (const xj::Status captured = xj::GuiStartup::captureDemoEvidence(database, dataDirectory, true);
        !captured)
        served += QLatin1Char(' ') + captured.error().message; // the demo still works without screenshots
    xj::MainWindow window(dataDirectory, database);
    window.setServiceMessage(served);
    window.show();
    return QApplication::exec();
}
