// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "net/PageStatusProbe.h"
#include "net/StaticFileServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace xj;

Q_DECLARE_METATYPE(xj::PageStatus)

// What the server answered at marking time: status, redirects and the final address.
class TestPageStatusProbe : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    std::unique_ptr<StaticFileServer> m_server;
    QUrl m_base;

    PageStatus probe(const QUrl &url, int timeoutMs = 10000)
    {
        PageStatusProbe probe;
        probe.setTimeout(timeoutMs);
        QSignalSpy finished(&probe, &PageStatusProbe::finished);
        probe.probe(url);
        if (!finished.wait(timeoutMs + 5000))
            return {};
        return finished.first().first().value<PageStatus>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PageStatus>();
        QDir(m_dir.path()).mkpath(QStringLiteral("news"));
        QFile page(m_dir.path() + QStringLiteral("/news/index.html"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html><body>新闻</body></html>");
        page.close();
        m_server = std::make_unique<StaticFileServer>(m_dir.path());
        QVERIFY(m_server->listen(0).ok());
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port()));
    }

    void okPage()
    {
        const PageStatus s = probe(m_base.resolved(QUrl(QStringLiteral("news/index.html"))));
        QCOMPARE(s.httpStatus, 200);
        QVERIFY(s.error.isEmpty());
        QVERIFY(s.redirects.isEmpty());
        QCOMPARE(s.finalUrl, m_base.resolved(QUrl(QStringLiteral("news/index.html"))));
    }

    void missingPage()
    {
        const PageStatus s = probe(m_base.resolved(QUrl(QStringLiteral("gone.html"))));
        QCOMPARE(s.httpStatus, 404);
    }

    void redirectIsFollowedAndRecorded()
    {
        // The server sends a folder address without its slash to the address with it.
        const PageStatus s = probe(m_base.resolved(QUrl(QStringLiteral("news"))));
        QCOMPARE(s.httpStatus, 200);
        QCOMPARE(s.redirects.size(), 1);
        QCOMPARE(s.finalUrl, m_base.resolved(QUrl(QStringLiteral("news/"))));
    }

    void refusedConnection()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const PageStatus s = probe(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(s.httpStatus, 0);
        QVERIFY(!s.error.isEmpty());
    }

    void notAWebPage()
    {
        const PageStatus s = probe(QUrl(QStringLiteral("data:text/html,hello")));
        QCOMPARE(s.httpStatus, 0);
        QVERIFY(!s.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPageStatusProbe)
#include "tst_pagestatusprobe.moc"
