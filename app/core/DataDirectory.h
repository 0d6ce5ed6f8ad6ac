// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace xj {

/// The folder that holds everything an office has entered: the SQLite database, the UI state,
/// local checklist templates and (later) evidence files. Chosen once at start-up, in this order:
/// the `--data-dir` option, the XUNJIAN_DATA_DIR environment variable, then the platform's
/// application-data location.
class DataDirectory
{
public:
    static constexpr const char *EnvironmentVariable = "XUNJIAN_DATA_DIR";

    explicit DataDirectory(QString path);

    /// Picks the folder from an explicit option (may be empty), the environment and the platform.
    static DataDirectory resolve(const QString &explicitPath);

    /// Creates the folder if needed; fails with a message that names the folder.
    Status ensureExists() const;

    QString path() const { return m_path; }
    QString databasePath() const;
    QString uiStatePath() const;
    QString localChecklistsPath() const;

private:
    QString m_path;
};

} // namespace xj
