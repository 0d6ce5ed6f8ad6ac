// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace xj {

/// Every piece of UI state we remember between runs, typed and with its default, in one place.
/// Stored in the data folder (ui-state.ini), so a fresh data folder starts with a fresh layout and
/// tests never see the user's real settings.
class UiSettings
{
public:
    explicit UiSettings(const QString &iniPath);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &splitterName) const;
    void setSplitterState(const QString &splitterName, const QByteArray &state);

    qint64 currentRoundId() const;
    void setCurrentRoundId(qint64 id);
    qint64 currentSiteId() const;
    void setCurrentSiteId(qint64 id);

    /// "zh_CN" (default) or "en"; applied at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    /// Who is inspecting: written into verdicts and findings.
    QString inspectorName() const;
    void setInspectorName(const QString &name);

    /// The tab under the browser: 0 findings, 1 candidates.
    int bottomTab() const;
    void setBottomTab(int index);
    /// Automated checks the inspector switched off (check ids); every check runs by default.
    QStringList disabledChecks() const;
    void setDisabledChecks(const QStringList &ids);

    /// The folder of the last export; the user's Documents folder until there was one.
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    void sync();

private:
    QSettings m_settings;
};

} // namespace xj
