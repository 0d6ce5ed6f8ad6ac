// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlScript.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace xj;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static int scalar(const Database &db, const QString &sql)
    {
        auto q = db.exec(sql);
        if (!q || !q.value().next())
            return -1;
        return q.value().value(0).toInt();
    }

    // Runs the seed rows of schema versions first…last on an open database.
    static void seed(const Database &db, int first, int last)
    {
        for (int v = first; v <= last; ++v) {
            QFile seed(testDataPath(QStringLiteral("storage/seed_%1.sql").arg(v, 3, 10, QLatin1Char('0'))));
            QVERIFY2(seed.open(QIODevice::ReadOnly), qPrintable(seed.fileName()));
            for (const QString &statement : splitSqlStatements(QString::fromUtf8(seed.readAll()))) {
                auto r = db.exec(statement);
                QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
            }
        }
    }

    // Writes a raw pragma through a separate plain connection, as another program would.
    static void setPragma(const QString &path, const QString &pragma)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(pragma));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void migrationsAreNumberedWithoutGaps()
    {
        const auto migrations = bundledMigrations();
        QVERIFY(migrations.size() >= 2);
        for (int i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations.at(i).version, i + 1);
        QCOMPARE(Database::latestSchemaVersion(), migrations.size());
    }

    void fromEmpty()
    {
        TestDataDir dir;
        Database db;
        const Status s = db.open(dir.databasePath());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")), Database::ApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
        auto mode = db.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode.value().next());
        QCOMPARE(mode.value().value(0).toString(), QStringLiteral("wal"));
        for (const char *table : {"units", "sites", "checklist_templates", "checklist_items", "rounds",
                                  "verdicts", "findings", "app_meta"}) {
            QCOMPARE(scalar(db, QStringLiteral(
                                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                    .arg(QLatin1String(table))),
                     1);
        }
    }

    void fromEveryOlderSchema_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from schema %d", v) << v;
    }

    void fromEveryOlderSchema()
    {
        QFETCH(int, startVersion);
        TestDataDir dir;
        {
            Database old;
            QVERIFY(old.open(dir.databasePath(), startVersion).ok());
            QCOMPARE(old.schemaVersion(), startVersion);
            seed(old, 1, startVersion);
        }
        Database db;
        const Status s = db.open(dir.databasePath());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // What the older schema held is still there, unchanged.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM units")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sites")), 2);
        auto site = db.exec(QStringLiteral("SELECT name, site_code, is_portal FROM sites WHERE id = 1"));
        QVERIFY(site && site.value().next());
        QCOMPARE(site.value().value(0).toString(), QStringLiteral("青禾县人民政府"));
        QCOMPARE(site.value().value(1).toString(), QStringLiteral("3399990001"));
        QCOMPARE(site.value().value(2).toInt(), 1);
        // The newer schema works on top of the old rows.
        seed(db, startVersion + 1, Database::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM findings")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM evidence")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM findings WHERE deleted_at = ''")), 2);
    }

    void reopeningIsIdempotent()
    {
        TestDataDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.databasePath()).ok());
            seed(db, 1, Database::latestSchemaVersion());
        }
        Database db;
        QVERIFY(db.open(dir.databasePath()).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM verdicts")), 1);
    }

    void newerDatabaseIsRefusedUnchanged()
    {
        TestDataDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.databasePath()).ok());
            seed(db, 1, Database::latestSchemaVersion());
        }
        setPragma(dir.databasePath(),
                  QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
        setPragma(dir.databasePath(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString before = fileSha256(dir.databasePath());

        Database db;
        const Status s = db.open(dir.databasePath());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("newer version")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileSha256(dir.databasePath()), before);
    }

    void foreignFilesAreRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("网站名称,网址\n青禾县,http://x\n")
                                   << QStringLiteral("not a Xunjian database");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << QStringLiteral("not a Xunjian database");
    }

    void foreignFilesAreRefusedUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        TestDataDir dir;
        QFile f(dir.databasePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Database db;
        const Status s = db.open(dir.databasePath());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void otherProgramsSqliteIsRefused()
    {
        TestDataDir dir;
        setPragma(dir.databasePath(), QStringLiteral("CREATE TABLE t (x)"));
        setPragma(dir.databasePath(), QStringLiteral("PRAGMA application_id = 12345"));
        const QString before = fileSha256(dir.databasePath());
        Database db;
        const Status s = db.open(dir.databasePath());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("another program")),
                 qPrintable(s.error().message));
        QCOMPARE(fileSha256(dir.databasePath()), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
