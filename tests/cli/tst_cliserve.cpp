// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

/// `xunjian-cli serve`, run as a user would run it: started, fetched from, and stopped by signal.
class TestCliServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesBadInput_data();
    void refusesBadInput();
    void servesUntilTerminated();
    void reportsBusyPort();

private:
    TestDataDir m_dir;
    QString m_site;
};

void TestCliServe::initTestCase()
{
    QVERIFY2(QFileInfo(cliExecutable()).isExecutable(), qPrintable(cliExecutable()));
    m_site = m_dir.filePath(u"site"_s);
    QProcess generate;
    generate.start(cliExecutable(),
                   {u"demo-site"_s, u"--out"_s, m_site, u"--seed"_s, u"5"_s, u"--pages"_s, u"40"_s});
    QVERIFY(generate.waitForFinished(60000));
    QCOMPARE(generate.exitCode(), 0);
}

void TestCliServe::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("missing folder") << QStringList{u"serve"_s, m_dir.filePath(u"nothing"_s), u"--port"_s,
                                                   u"0"_s}
                                    << 1;
    QTest::newRow("no folder") << QStringList{u"serve"_s, u"--port"_s, u"0"_s} << 2;
    QTest::newRow("port too big") << QStringList{u"serve"_s, m_dir.path(), u"--port"_s, u"70000"_s} << 2;
    QTest::newRow("port not a number") << QStringList{u"serve"_s, m_dir.path(), u"--port"_s, u"http"_s} << 2;
    QTest::newRow("negative port") << QStringList{u"serve"_s, m_dir.path(), u"--port"_s, u"-5"_s} << 2;
}

void TestCliServe::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QProcess process;
    process.start(cliExecutable(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestCliServe::servesUntilTerminated()
{
    QProcess server;
    server.start(cliExecutable(), {u"serve"_s, m_site, u"--port"_s, u"0"_s});
    QVERIFY(server.waitForStarted(10000));
    // The first line names the port the system chose; it must arrive while the server runs.
    QString line;
    QTRY_VERIFY_WITH_TIMEOUT((line += QString::fromUtf8(server.readAllStandardOutput())).contains(u'\n'),
                             10000);
    const QRegularExpressionMatch m =
        QRegularExpression(u"^Serving (.+) at http://127\\.0\\.0\\.1:(\\d+)/$"_s).match(line.trimmed());
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QCOMPARE(m.captured(1), QDir::toNativeSeparators(QDir(m_site).absolutePath()));
    const int port = m.captured(2).toInt();
    QVERIFY(port > 0);

    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(
        manager.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QFile index(QDir(m_site).filePath(u"index.html"_s));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(reply->readAll(), index.readAll());

    server.terminate(); // SIGTERM: the command leaves its event loop and exits normally
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(QString::fromUtf8(server.readAllStandardOutput()).contains(u"Stopped."_s));
}

void TestCliServe::reportsBusyPort()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(cliExecutable(), {u"serve"_s, m_site, u"--port"_s, QString::number(occupant.serverPort())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"already in use"_s));
}

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cliserve.moc"
