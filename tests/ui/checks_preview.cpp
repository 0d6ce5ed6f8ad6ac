// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: opens the word lists dialog of the automated checks on a fresh demo workspace, so a
// person (or a screenshot) can look at it. `checks_preview [DATA_DIR]`.
#include "app/GuiStartup.h"
#include "checks/DictionaryDialog.h"
#include "core/Translations.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"

#include <QApplication>
#include <QTemporaryDir>

using namespace xj;

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    installTranslations(languageFromEnvironment(),
                        {QStringLiteral("xunjian_core"), QStringLiteral("xunjian_ui")});
    QTemporaryDir temporary;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    Database db;
    if (!GuiStartup::openWorkspace(DataDirectory(path), db, true))
        return 1;
    const QList<Site> sites = SiteRepository(db).all().value();
    DictionaryDialog dialog(db, sites.value(0), nullptr);
    dialog.show();
    return app.exec();
}
