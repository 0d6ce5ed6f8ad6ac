// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/WebProfile.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace xj {

WebProfile::WebProfile(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(QStringLiteral("xunjian"), this))
{
    m_profile->setPersistentStoragePath(dataDirectory + QStringLiteral("/web/storage"));
    m_profile->setCachePath(dataDirectory + QStringLiteral("/web/cache"));
    m_profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    // Inspectors judge what a visitor sees, so pages run as in a normal browser, but they must
    // never be able to open windows we do not control.
    m_profile->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_profile->settings()->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

} // namespace xj
