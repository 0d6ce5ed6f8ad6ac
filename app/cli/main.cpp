// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "cli/CommandRegistry.h"
#include "core/Translations.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    xj::CliApplication cli(xj::createCliCommands());
    std::unique_ptr<QCoreApplication> app;
    if (cli.needsFonts(argc, argv)) {
        // Exports lay out text with fonts, which needs a QGuiApplication; the command line never
        // shows a window, so it asks for the display-less platform unless the caller chose one,
        // and gives Qt the private runtime folder it would otherwise warn about on a server.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/xunjian-runtime-%1").arg(::getuid());
            if (QDir().mkpath(runtime) &&
                QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Xunjian"));
    QCoreApplication::setApplicationName(QStringLiteral("xunjian"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XUNJIAN_VERSION));
    xj::installTranslations(xj::languageFromEnvironment());

    QTextStream out(stdout);
    QTextStream err(stderr);
    xj::CliContext context{out, err};
    return cli.exec(QCoreApplication::arguments(), context);
}
