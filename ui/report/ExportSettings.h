// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

namespace xj {

/// What the export dialogs remember between runs, typed and with defaults: the last folder an
/// export went to. Kept beside UiSettings in the data folder's ui-state.ini (its own "export/"
/// group), so a fresh data folder starts fresh and tests never see the user's choices.
class ExportSettings
{
public:
    explicit ExportSettings(const QString &iniPath);

    /// The folder of the last export; the user's Documents folder until there was one.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

private:
    QSettings m_settings;
};

} // namespace xj
