// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace xj {

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString languageFromEnvironment()
{
    const QString env = qEnvironmentVariable("XUNJIAN_LANG");
    return availableLanguages().contains(env) ? env : DefaultLanguage;
}

bool installTranslations(const QString &language, const QStringList &catalogues)
{
    if (language == QLatin1String("en"))
        return true; // the source strings are English
    // Dates and times shown through QLocale follow the interface language, not the system's locale:
    // a Chinese interface says 2026/11/27, not "27 Nov 2026".
    QLocale::setDefault(QLocale(language));
    bool complete = true;
    for (const QString &catalogue : catalogues) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(catalogue + QLatin1Char('_') + language, QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator);
        } else {
            qCWarning(lcApp) << "missing translation catalogue" << catalogue << language;
            delete translator;
            complete = false;
        }
    }
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return complete;
}

} // namespace xj
