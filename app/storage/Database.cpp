// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "core/Logging.h"
#include "storage/Migrations.h"
#include "storage/SqlScript.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace xj {

namespace {

Error sqlError(const QString &message, const QSqlError &error, const QString &statement = {})
{
    QString detail = error.text();
    if (!statement.isEmpty())
        detail += QStringLiteral(" [") + statement.simplified().left(200) + QLatin1Char(']');
    return Error{message, detail};
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("xunjian-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    const auto migrations = bundledMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return sqlError(tr("The database could not run a command."), query.lastError(), sql);
    for (const QVariant &p : params) {
        // A null QString binds as SQL NULL; our text columns are NOT NULL DEFAULT '', and an empty
        // field in a form is an empty text, not an unknown value.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(p);
    }
    if (!query.exec())
        return sqlError(tr("The database could not run a command."), query.lastError(), sql);
    return query;
}

// Reads the header of an existing file through a read-only connection, so that a database from a
// newer program or a foreign file is refused before WAL mode or a migration touches it.
Status Database::checkBeforeWriting(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Status::success();

    const QString probeName = m_connectionName + QStringLiteral("-probe");
    Status status;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open()) {
            status =
                sqlError(tr("The database file %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                         probe.lastError());
        } else {
            QSqlQuery q(probe);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                status = Error{tr("The file %1 is not a Xunjian database (it is not an SQLite database "
                                  "at all). Choose another data folder; the file was not changed.")
                                   .arg(QDir::toNativeSeparators(path)),
                               q.lastError().text()};
            } else {
                const int appId = q.value(0).toInt();
                q.exec(QStringLiteral("PRAGMA user_version"));
                const int version = q.next() ? q.value(0).toInt() : 0;
                if (appId != ApplicationId && (appId != 0 || version != 0)) {
                    status = Error{tr("The file %1 is an SQLite database of another program, not of "
                                      "Xunjian. Choose another data folder; the file was not changed.")
                                       .arg(QDir::toNativeSeparators(path)),
                                   {}};
                } else if (version > latestSchemaVersion()) {
                    status = Error{tr("This database was written by a newer version of Xunjian (schema "
                                      "version %1; this program knows up to %2). Install the newer "
                                      "version to open it. The database was not changed.")
                                       .arg(version)
                                       .arg(latestSchemaVersion()),
                                   QDir::toNativeSeparators(path)};
                }
            }
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    return status;
}

Status Database::configure()
{
    // foreign_keys must be set outside a transaction; WAL lets the UI read while a long import writes.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (auto r = exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    return Status::success();
}

Status Database::open(const QString &path, int targetVersion)
{
    close();
    if (Status s = checkBeforeWriting(path); !s)
        return s;

    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        Error e = sqlError(tr("The database %1 cannot be opened. Check that the folder is writable.")
                               .arg(QDir::toNativeSeparators(path)),
                           db.lastError());
        close();
        return e;
    }
    if (Status s = configure(); !s) {
        close();
        return s;
    }

    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    const int current = schemaVersion();
    for (const Migration &m : bundledMigrations()) {
        if (m.version <= current || m.version > target)
            continue;
        qCInfo(lcStorage) << "migrating" << path << "to schema" << m.version << m.name;
        QSqlDatabase conn = connection();
        if (!conn.transaction()) {
            Error e = sqlError(tr("The database could not be upgraded."), conn.lastError());
            close();
            return e;
        }
        QStringList statements = splitSqlStatements(m.sql);
        statements.append(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery q(conn);
            if (!q.exec(statement)) {
                Error e = sqlError(tr("The database could not be upgraded to schema version %1 (%2). It "
                                      "was left as it was.")
                                       .arg(m.version)
                                       .arg(m.name),
                                   q.lastError(), statement);
                conn.rollback();
                close();
                return e;
            }
        }
        if (!conn.commit()) {
            Error e = sqlError(tr("The database could not be upgraded."), conn.lastError());
            conn.rollback();
            close();
            return e;
        }
    }
    return Status::success();
}

int Database::schemaVersion() const
{
    auto r = exec(QStringLiteral("PRAGMA user_version"));
    if (!r || !r.value().next())
        return -1;
    return r.value().value(0).toInt();
}

} // namespace xj
