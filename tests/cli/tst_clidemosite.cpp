// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

/// `xunjian-cli demo-site`, run as a user would run it.
class TestCliDemoSite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpIsShown();
    void badUsage_data();
    void badUsage();
    void writesASite_data();
    void writesASite();
    void replacesItsOwnSiteOnly();

private:
    static QJsonObject answerKey(const QString &dir);
    TestDataDir m_dir;
};

QJsonObject TestCliDemoSite::answerKey(const QString &dir)
{
    QFile file(QDir(dir).filePath(u"answer-key.json"_s));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void TestCliDemoSite::initTestCase()
{
    QVERIFY2(QFileInfo(cliExecutable()).isExecutable(), qPrintable(cliExecutable()));
    QVERIFY(m_dir.isValid());
}

void TestCliDemoSite::helpIsShown()
{
    const CliRun r = runCli({u"demo-site"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"--out"_s));
    QVERIFY(r.out.contains(u"--seed"_s));
    QVERIFY(r.out.contains(u"--clean"_s));
    QVERIFY(r.out.contains(u"--today"_s));
}

void TestCliDemoSite::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = m_dir.filePath(u"unused"_s);
    QTest::newRow("no --out") << QStringList{u"demo-site"_s};
    QTest::newRow("bad seed") << QStringList{u"demo-site"_s, u"--out"_s, out, u"--seed"_s, u"abc"_s};
    QTest::newRow("negative seed") << QStringList{u"demo-site"_s, u"--out"_s, out, u"--seed"_s, u"-1"_s};
    QTest::newRow("too few pages") << QStringList{u"demo-site"_s, u"--out"_s, out, u"--pages"_s, u"5"_s};
    QTest::newRow("bad date") << QStringList{u"demo-site"_s, u"--out"_s, out, u"--today"_s, u"20.11.2026"_s};
    QTest::newRow("unknown option") << QStringList{u"demo-site"_s, u"--out"_s, out, u"--colour"_s};
    QTest::newRow("stray argument") << QStringList{u"demo-site"_s, u"--out"_s, out, u"extra"_s};
}

void TestCliDemoSite::badUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"unused"_s)));
}

void TestCliDemoSite::writesASite_data()
{
    QTest::addColumn<bool>("clean");
    QTest::newRow("planted") << false;
    QTest::newRow("clean") << true;
}

void TestCliDemoSite::writesASite()
{
    QFETCH(bool, clean);
    const QString out = m_dir.filePath(clean ? u"clean"_s : u"planted"_s);
    QStringList arguments{u"demo-site"_s, u"--out"_s,     out, u"--seed"_s, u"7"_s,
                          u"--today"_s,   u"2026-11-20"_s};
    if (clean)
        arguments.append(u"--clean"_s);
    const CliRun r = runCli(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QDir::toNativeSeparators(out)));
    QVERIFY(QFile::exists(QDir(out).filePath(u"index.html"_s)));
    const QJsonObject key = answerKey(out);
    QCOMPARE(key.value(u"seed"_s).toString(), u"7"_s);
    QCOMPARE(key.value(u"today"_s).toString(), u"2026-11-20"_s);
    QCOMPARE(key.value(u"clean"_s).toBool(), clean);
    const qsizetype problems = key.value(u"problems"_s).toArray().size();
    QCOMPARE(problems == 0, clean);
    if (!clean)
        QVERIFY(r.out.contains(u"%1 planted problems"_s.arg(problems)));
}

void TestCliDemoSite::replacesItsOwnSiteOnly()
{
    const QString out = m_dir.filePath(u"again"_s);
    QCOMPARE(runCli({u"demo-site"_s, u"--out"_s, out, u"--seed"_s, u"1"_s}).exitCode, 0);
    const CliRun again =
        runCli({u"demo-site"_s, u"--out"_s, out, u"--seed"_s, u"2"_s, u"--pages"_s, u"40"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(answerKey(out).value(u"seed"_s).toString(), u"2"_s);

    const QString foreign = m_dir.filePath(u"foreign"_s);
    QVERIFY(QDir().mkpath(foreign));
    QFile note(QDir(foreign).filePath(u"notes.txt"_s));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.close();
    const CliRun refused = runCli({u"demo-site"_s, u"--out"_s, foreign});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(u"not empty"_s));
    QCOMPARE(QDir(foreign).entryList(QDir::Files), QStringList{u"notes.txt"_s});
}

QTEST_GUILESS_MAIN(TestCliDemoSite)
#include "tst_clidemosite.moc"
