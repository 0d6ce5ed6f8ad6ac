// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace xj {

/// Shows one archived page (an MHTML file from the evidence store) strictly offline: the page may
/// not fetch anything from the network, and clicking a link does not leave the archive, so what
/// the inspector sees is what was recorded, not today's live site.
class ArchivePage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchivePage)
public:
    /// `profile` may be nullptr: the default profile is used.
    ArchivePage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void openArchive(const QString &filePath);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QUrl m_archive;
};

} // namespace xj
