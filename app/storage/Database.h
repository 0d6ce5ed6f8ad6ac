// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <type_traits>

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

    /// Runs a SELECT and turns every row into a value with `read(const QSqlQuery &)`.
    template<typename Read>
    auto selectAll(const QString &sql, const QVariantList &params, Read read) const
        -> Result<QList<std::invoke_result_t<Read, const QSqlQuery &>>>
    {
        using Row = std::invoke_result_t<Read, const QSqlQuery &>;
        auto query = exec(sql, params);
        if (!query)
            return query.error();
        QList<Row> rows;
        while (query.value().next())
            rows.append(read(query.value()));
        return rows;
    }

    /// Runs a SELECT that should find one row; `notFound` is the error when it finds none.
    template<typename Read>
    auto selectOne(const QString &sql, const QVariantList &params, Read read, const QString &notFound) const
        -> Result<std::invoke_result_t<Read, const QSqlQuery &>>
    {
        auto query = exec(sql, params);
        if (!query)
            return query.error();
        if (!query.value().next())
            return Error{notFound, {}};
        return read(query.value());
    }

private:
    Status checkBeforeWriting(const QString &path) const;
    Status configure();

    QString m_connectionName;
    QString m_path;
};

} // namespace xj
