// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: opens one window of the rectification lifecycle on a fresh demo workspace, so a person
// (or a screenshot) can look at it. `lifecycle_preview dashboard|recheck|escalation|overdue [DATA_DIR]`.
// The re-check, escalation and overdue windows show the demo's previous round, which has been
// through notices, feedback and re-checks.
#include "app/GuiStartup.h"
#include "core/Translations.h"
#include "demo/DemoSiteHost.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace xj;

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    installTranslations(languageFromEnvironment(),
                        {QStringLiteral("xunjian_core"), QStringLiteral("xunjian_ui")});
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("dashboard");
    QTemporaryDir temporary;
    const DataDirectory data(argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path());
    Database db;
    if (!GuiStartup::openWorkspace(data, db, true))
        return 1;
    DemoSiteHost host;
    GuiStartup::serveDemoSites(db, host);
    if (!GuiStartup::captureDemoEvidence(db, data, false))
        return 1;
    MainWindow window(data, db);
    window.resize(1400, 900);
    window.show();
    if (what != QLatin1String("dashboard")) {
        auto *rounds = window.findChild<QComboBox *>(QStringLiteral("roundSelector"));
        rounds->setCurrentIndex(rounds->count() - 1);
    }
    const QString action = what == QLatin1String("recheck")      ? QStringLiteral("recheckAllAction")
                           : what == QLatin1String("escalation") ? QStringLiteral("escalationAction")
                           : what == QLatin1String("overdue")    ? QStringLiteral("overdueFindingsAction")
                                                                 : QStringLiteral("dashboardAction");
    QTimer::singleShot(500, &window, [&window, action] {
        if (auto *a = window.findChild<QAction *>(action))
            a->trigger();
    });
    return app.exec();
}
