// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlScript.h"

#include <QTest>

using namespace xj;

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two statements")
            << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
            << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO a VALUES ('x;y');INSERT INTO a VALUES ('it''s;');")
            << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y')"),
                           QStringLiteral("INSERT INTO a VALUES ('it''s;')")};
        QTest::newRow("comments") << QStringLiteral("-- a; comment\nSELECT 1; /* b; */ SELECT 2;")
                                  << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("trigger body")
            << QStringLiteral(
                   "CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE b SET y = CASE WHEN 1 THEN 2 END; "
                   "DELETE FROM c; END;\nSELECT 3;")
            << QStringList{QStringLiteral(
                               "CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE b SET y = CASE WHEN 1 THEN 2 "
                               "END; DELETE FROM c; END"),
                           QStringLiteral("SELECT 3")};
        QTest::newRow("no trailing semicolon")
            << QStringLiteral("SELECT 1;\nSELECT 2\n")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("empty") << QStringLiteral(" ;\n-- only a comment\n") << QStringList{};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(splitSqlStatements(script), expected);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
