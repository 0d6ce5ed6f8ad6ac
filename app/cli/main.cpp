// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "cli/CommandRegistry.h"
#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
