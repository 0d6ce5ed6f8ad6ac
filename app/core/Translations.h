// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace xj {

/// The UI languages we ship. Simplified Chinese is the default whatever the system locale is:
/// the inspectors are Chinese civil servants, and the source strings are English.
inline const QString DefaultLanguage = QStringLiteral("zh_CN");
QStringList availableLanguages();

/// XUNJIAN_LANG if set ("en", "zh_CN"), else the default.
QString languageFromEnvironment();

/// Loads the translation catalogues whose base names are given (e.g. "xunjian_core") for `language`
/// from the resources, plus Qt's own catalogue, and installs them on the application. Returns false
/// when a catalogue for a non-English language is missing.
bool installTranslations(const QString &language,
                         const QStringList &catalogues = {QStringLiteral("xunjian_core")});

} // namespace xj
