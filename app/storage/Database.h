// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace xj {

/// The office's SQLite database: one named Qt Sql connection, opened with WAL and foreign keys,
/// migrated to the newest schema from the numbered SQL files in resources/sql/. A database written
/// by a newer Xunjian, or a file that is not a Xunjian database, is refused before anything is
/// written to it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(xj::Database)
public:
    /// 'XJDB': marks the file as ours in the SQLite header.
    static constexpr int ApplicationId = 0x584A4442;

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens `path` (created if missing) and migrates it to `targetVersion`
    /// (default: the newest schema this program knows).
    Status open(const QString &path, int targetVersion = -1);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    /// Prepares `sql`, binds `params` positionally and runs it. The error names the statement.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {}) const;

private:
    Status checkBeforeWriting(const QString &path) const;
    Status configure();

    QString m_connectionName;
    QString m_path;
};

} // namespace xj
