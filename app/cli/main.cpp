// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "cli/CommandRegistry.h"
#include "core/Translations.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Exports lay out text with fonts, which needs a QGuiApplication; the command line never
    // shows a window, so it asks for the display-less platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Xunjian"));
    QCoreApplication::setApplicationName(QStringLiteral("xunjian"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XUNJIAN_VERSION));
    xj::installTranslations(xj::languageFromEnvironment());

    QTextStream out(stdout);
    QTextStream err(stderr);
    xj::CliContext context{out, err};
    xj::CliApplication cli(xj::createCliCommands());
    return cli.exec(QCoreApplication::arguments(), context);
}
