// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportSettings.h"

#include <QStandardPaths>

namespace xj {

namespace {
const QString LastFolderKey = QStringLiteral("export/lastFolder");
} // namespace

ExportSettings::ExportSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QString ExportSettings::lastFolder() const
{
    return m_settings
        .value(LastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void ExportSettings::setLastFolder(const QString &folder)
{
    m_settings.setValue(LastFolderKey, folder);
    m_settings.sync();
}

} // namespace xj
