// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureHttpServer.h"
#include "crawler/Fetcher.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace xj;

namespace {

/// A server that keeps connections open (HTTP/1.1 keep-alive) and counts them; with
/// `closeAfterFirst` it closes each connection once it has answered, as a server whose
/// keep-alive timeout is shorter than the client's wait would.
class KeepAliveServer : public QObject
{
public:
    explicit KeepAliveServer(bool closeAfterFirst)
        : m_closeAfterFirst(closeAfterFirst)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    while (m_pending[socket].contains("\r\n\r\n")) {
                        m_pending[socket].remove(0, m_pending[socket].indexOf("\r\n\r\n") + 4);
                        ++requests;
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n"
                                      "Connection: keep-alive\r\n\r\nhello");
                        if (m_closeAfterFirst)
                            socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    bool m_closeAfterFirst;
};

FetchResult fetchWith(Fetcher &fetcher, const QUrl &url, Fetcher::Mode mode = Fetcher::Mode::Read)
{
    QSignalSpy spy(&fetcher, &Fetcher::finished);
    fetcher.fetch(1, url, mode);
    if (!spy.wait(10000))
        return {};
    return spy.first().at(1).value<FetchResult>();
}

} // namespace

/// The crawler's own plain-HTTP replies (PlainHttpReply through CrawlNetworkAccessManager): what
/// a server may send — keep-alive, chunked and close-delimited bodies, deflate, informational
/// answers, garbage — is read as a browser would.
class TestPlainHttpReply : public QObject
{
    Q_OBJECT

    static FetchResult fetch(const QUrl &url, Fetcher::Mode mode = Fetcher::Mode::Read)
    {
        Fetcher fetcher(CrawlSettings{});
        return fetchWith(fetcher, url, mode);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void keepAliveConnectionIsReused()
    {
        KeepAliveServer server(false);
        Fetcher fetcher(CrawlSettings{});
        for (int i = 0; i < 3; ++i) {
            const FetchResult r = fetchWith(fetcher, server.url(QStringLiteral("/p%1.html").arg(i)));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray("hello"));
        }
        QCOMPARE(server.requests, 3);
        QCOMPARE(server.connections, 1);
    }

    void closedKeepAliveConnectionIsRetriedOnANewOne()
    {
        KeepAliveServer server(true);
        Fetcher fetcher(CrawlSettings{});
        for (int i = 0; i < 3; ++i) {
            const FetchResult r = fetchWith(fetcher, server.url(QStringLiteral("/p%1.html").arg(i)));
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error + QLatin1Char(' ') + r.errorDetail));
            QCOMPARE(r.body, QByteArray("hello"));
        }
        QCOMPARE(server.requests, 3);
        QCOMPARE(server.connections, 3);
    }

    void chunkedBodyIsJoined()
    {
        FixtureHttpServer::Route r;
        r.headers = {{"Content-Type", "text/html"}, {"Transfer-Encoding", "chunked"}};
        r.omitContentLength = true;
        r.body = "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n";
        m_server.route(QStringLiteral("/chunked.html"), r);
        const FetchResult got = fetch(m_server.url(QStringLiteral("/chunked.html")));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, QByteArray("hello world"));
    }

    void closeDelimitedBodyIsReadToTheEnd()
    {
        FixtureHttpServer::Route r;
        r.headers = {{"Content-Type", "text/html"}};
        r.omitContentLength = true;
        r.body = QByteArray(70000, 'a');
        m_server.route(QStringLiteral("/close.html"), r);
        const FetchResult got = fetch(m_server.url(QStringLiteral("/close.html")));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.size(), 70000);
    }

    void deflateBodiesAreDecoded_data()
    {
        QTest::addColumn<bool>("raw");
        QTest::newRow("zlib-wrapped (the standard)") << false;
        QTest::newRow("raw deflate (some servers)") << true;
    }
    void deflateBodiesAreDecoded()
    {
        QFETCH(bool, raw);
        const QByteArray text = QByteArray("<html><title>政务公开</title>").repeated(200);
        QByteArray body = qCompress(text).mid(4); // qCompress: 4-byte length, then a zlib stream
        if (raw)
            body = body.mid(2).chopped(4); // without the zlib header and the Adler-32 trailer
        FixtureHttpServer::Route r;
        r.headers = {{"Content-Type", "text/html"}, {"Content-Encoding", "deflate"}};
        r.body = body;
        m_server.route(QStringLiteral("/deflate.html"), r);
        const FetchResult got = fetch(m_server.url(QStringLiteral("/deflate.html")));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, text);
    }

    void informationalAnswerIsSkipped()
    {
        FixtureHttpServer::Route r;
        r.status = 100;
        r.omitContentLength = true;
        r.body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok";
        m_server.route(QStringLiteral("/continue.html"), r);
        const FetchResult got = fetch(m_server.url(QStringLiteral("/continue.html")));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, QByteArray("ok"));
    }

    void headHasNoBody()
    {
        m_server.page(QStringLiteral("/head.png"), 200, QByteArray(5000, 'p'), "image/png");
        const FetchResult got = fetch(m_server.url(QStringLiteral("/head.png")), Fetcher::Mode::Check);
        QCOMPARE(got.status, 200);
        QVERIFY(got.usedHead);
        QCOMPARE(got.bytes, 0);
        QCOMPARE(got.contentType, QByteArray("image/png"));
    }

    void garbageIsAnError()
    {
        FixtureHttpServer::Route r;
        r.closeWithoutAnswer = true;
        m_server.route(QStringLiteral("/nothing.html"), r);
        const FetchResult got = fetch(m_server.url(QStringLiteral("/nothing.html")));
        QCOMPARE(got.status, 0);
        QCOMPARE(got.error, QStringLiteral("closed"));
    }

private:
    FixtureHttpServer m_server;
};

QTEST_GUILESS_MAIN(TestPlainHttpReply)
#include "tst_plainhttpreply.moc"
