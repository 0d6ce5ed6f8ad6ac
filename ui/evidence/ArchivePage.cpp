// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/ArchivePage.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace xj {

ArchivePage::ArchivePage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile ? profile : QWebEngineProfile::defaultProfile(), parent)
{
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings()->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

void ArchivePage::openArchive(const QString &filePath)
{
    // The store names the file <sha256>.mhtml, and the suffix is what makes Chromium read it as
    // an archive rather than as text.
    m_archive = QUrl::fromLocalFile(filePath);
    load(m_archive);
}

bool ArchivePage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    if (isMainFrame)
        return url == m_archive;
    // Frames inside an archive are parts of it (cid: addresses); nothing may come from outside.
    const QString scheme = url.scheme();
    return scheme == QLatin1String("cid") || scheme == QLatin1String("about") ||
           scheme == QLatin1String("data");
}

} // namespace xj
