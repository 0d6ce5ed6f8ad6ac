// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/UiSettings.h"

#include "core/Translations.h"

#include <QStandardPaths>

namespace xj {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterGroup = QStringLiteral("splitters/");
const QString RoundKey = QStringLiteral("session/roundId");
const QString SiteKey = QStringLiteral("session/siteId");
const QString LanguageKey = QStringLiteral("ui/language");
const QString InspectorKey = QStringLiteral("session/inspector");
const QString DisabledChecksKey = QStringLiteral("checks/disabled");
const QString BottomTabKey = QStringLiteral("window/bottomTab");
const QString LastExportFolderKey = QStringLiteral("export/lastFolder");
} // namespace

UiSettings::UiSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(StateKey, state);
}

QByteArray UiSettings::splitterState(const QString &splitterName) const
{
    return m_settings.value(SplitterGroup + splitterName).toByteArray();
}

void UiSettings::setSplitterState(const QString &splitterName, const QByteArray &state)
{
    m_settings.setValue(SplitterGroup + splitterName, state);
}

qint64 UiSettings::currentRoundId() const
{
    return m_settings.value(RoundKey, 0).toLongLong();
}

void UiSettings::setCurrentRoundId(qint64 id)
{
    m_settings.setValue(RoundKey, id);
}

qint64 UiSettings::currentSiteId() const
{
    return m_settings.value(SiteKey, 0).toLongLong();
}

void UiSettings::setCurrentSiteId(qint64 id)
{
    m_settings.setValue(SiteKey, id);
}

QString UiSettings::language() const
{
    const QString value = m_settings.value(LanguageKey, DefaultLanguage).toString();
    return availableLanguages().contains(value) ? value : DefaultLanguage;
}

void UiSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, language);
}

int UiSettings::bottomTab() const
{
    return m_settings.value(BottomTabKey, 0).toInt();
}

void UiSettings::setBottomTab(int index)
{
    m_settings.setValue(BottomTabKey, index);
}

QStringList UiSettings::disabledChecks() const
{
    return m_settings.value(DisabledChecksKey).toStringList();
}

void UiSettings::setDisabledChecks(const QStringList &ids)
{
    m_settings.setValue(DisabledChecksKey, ids);
}

QString UiSettings::inspectorName() const
{
    return m_settings.value(InspectorKey).toString();
}

void UiSettings::setInspectorName(const QString &name)
{
    m_settings.setValue(InspectorKey, name);
}

void UiSettings::sync()
{
    m_settings.sync();
}

QString UiSettings::lastExportFolder() const
{
    return m_settings
        .value(LastExportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void UiSettings::setLastExportFolder(const QString &folder)
{
    m_settings.setValue(LastExportFolderKey, folder);
    // Written at once: the export dialog and the preview each open their own UiSettings.
    m_settings.sync();
}

} // namespace xj
