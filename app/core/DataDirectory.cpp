// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace xj {

DataDirectory::DataDirectory(QString path)
    : m_path(QDir::cleanPath(QDir(path).absolutePath()))
{}

DataDirectory DataDirectory::resolve(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return DataDirectory(explicitPath);
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return DataDirectory(fromEnvironment);
    return DataDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

Status DataDirectory::ensureExists() const
{
    if (QDir().mkpath(m_path) && QFileInfo(m_path).isWritable())
        return Status::success();
    return Error{QCoreApplication::translate("xj::DataDirectory",
                                             "Cannot create or write the data folder %1. Check that the "
                                             "disk is not full and that you may write there, or choose "
                                             "another folder with --data-dir.")
                     .arg(QDir::toNativeSeparators(m_path)),
                 {}};
}

QString DataDirectory::databasePath() const
{
    return m_path + QStringLiteral("/xunjian.sqlite");
}

QString DataDirectory::uiStatePath() const
{
    return m_path + QStringLiteral("/ui-state.ini");
}

QString DataDirectory::localChecklistsPath() const
{
    return m_path + QStringLiteral("/checklists");
}

} // namespace xj
