// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "net/StaticFileServer.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTest>

using namespace xj;
using namespace Qt::StringLiterals;

namespace {

// The server runs on this thread, so a client here must wait with the event loop running, never
// with the blocking waitFor… calls.
bool waitForData(QTcpSocket &socket, int ms)
{
    if (socket.bytesAvailable() > 0)
        return true;
    QSignalSpy spy(&socket, &QTcpSocket::readyRead);
    return spy.wait(ms);
}

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false; ///< the server closed the connection afterwards
};

// Reads one response: the head, then Content-Length bytes of body; waits for the server to close
// when `waitForClose` is set.
RawResponse readResponse(QTcpSocket &socket, bool waitForClose, QByteArray &pending)
{
    RawResponse r;
    QElapsedTimer timer;
    timer.start();
    qsizetype headEnd = -1;
    qsizetype length = -1;
    while (timer.elapsed() < 5000) {
        if (headEnd < 0 && (headEnd = pending.indexOf("\r\n\r\n")) >= 0) {
            r.head = pending.left(headEnd);
            const int space = int(r.head.indexOf(' '));
            r.status = r.head.mid(space + 1, 3).toInt();
            const qsizetype at = r.head.toLower().indexOf("content-length: ");
            length = at < 0 ? 0 : r.head.mid(at + 16, r.head.indexOf('\r', at) - at - 16).toLongLong();
        }
        if (headEnd >= 0 && pending.size() >= headEnd + 4 + length &&
            (!waitForClose || socket.state() == QAbstractSocket::UnconnectedState))
            break;
        if (socket.state() == QAbstractSocket::UnconnectedState && !socket.bytesAvailable())
            break;
        if (waitForData(socket, 50))
            pending += socket.readAll();
    }
    if (headEnd >= 0) {
        r.body = pending.mid(headEnd + 4, length);
        pending.remove(0, headEnd + 4 + length);
    }
    r.closed = socket.state() == QAbstractSocket::UnconnectedState;
    return r;
}

} // namespace

class TestStaticFileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void get_data();
    void get();
    void headSendsNoBody();
    void notFoundHasHtmlBody();
    void folderWithoutSlashRedirects();
    void gbkPageIsServedUnchanged();
    void largeFileIsStreamedWhole();
    void rawRequests_data();
    void rawRequests();
    void keepAliveAndPipelining();
    void survivesGarbageAndDisconnects();
    void busyPortIsReported();
    void missingFolderIsReported();

private:
    QNetworkReply *fetch(const QString &path, const QByteArray &verb = "GET");
    QByteArray fileBytes(const QString &relative) const;
    void writeFile(const QString &relative, const QByteArray &bytes);

    TestDataDir m_dir;
    QString m_root;
    std::unique_ptr<StaticFileServer> m_server;
    QNetworkAccessManager m_manager;
};

void TestStaticFileServer::writeFile(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_root + QLatin1Char('/') + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray TestStaticFileServer::fileBytes(const QString &relative) const
{
    QFile f(m_root + QLatin1Char('/') + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QNetworkReply *TestStaticFileServer::fetch(const QString &path, const QByteArray &verb)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
    // head() rather than a custom "HEAD" verb: only then does the manager expect no body.
    QNetworkReply *reply =
        verb == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    return reply;
}

void TestStaticFileServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("site"));
    writeFile(u"index.html"_s,
              "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>首页</body></html>");
    writeFile(u"sub/index.html"_s, "<html><body>sub</body></html>");
    writeFile(u"style.css"_s, "body { color: red; }");
    writeFile(u"a.pdf"_s, "%PDF-1.4\n%%EOF\n");
    writeFile(u"logo.svg"_s, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    writeFile(u"data.json"_s, "[]");
    writeFile(u"form.doc"_s, "{\\rtf1}");
    writeFile(u"中文.txt"_s, "中文");
    QStringEncoder gbk("GBK");
    writeFile(
        u"hdjl/index.html"_s,
        QByteArray(gbk.encode(u"<html><head><meta charset=\"gbk\"></head><body>互动交流</body></html>"_s)));
    // 64-bit arithmetic: i * 7919 overflows an int within the loop, and signed overflow let the
    // optimiser turn this into an endless loop in release builds.
    QByteArray big;
    big.reserve(3 * 1024 * 1024);
    for (qint64 i = 0; i < 3 * 1024 * 1024; ++i)
        big.append(char((i * 7919) % 251));
    writeFile(u"big.bin"_s, big);
    QFile secret(m_dir.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET");
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), m_root + QStringLiteral("/escape.txt")));

    m_server = std::make_unique<StaticFileServer>(m_root);
    const Status s = m_server->listen(0);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl().toString(), u"http://127.0.0.1:%1/"_s.arg(m_server->port()));
}

void TestStaticFileServer::get_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("root") << u"/"_s << u"index.html"_s << QByteArray("text/html");
    QTest::newRow("page") << u"/index.html"_s << u"index.html"_s << QByteArray("text/html");
    QTest::newRow("folder") << u"/sub/"_s << u"sub/index.html"_s << QByteArray("text/html");
    QTest::newRow("css") << u"/style.css"_s << u"style.css"_s << QByteArray("text/css");
    QTest::newRow("pdf") << u"/a.pdf"_s << u"a.pdf"_s << QByteArray("application/pdf");
    QTest::newRow("svg") << u"/logo.svg"_s << u"logo.svg"_s << QByteArray("image/svg+xml");
    QTest::newRow("json") << u"/data.json"_s << u"data.json"_s << QByteArray("application/json");
    QTest::newRow("doc") << u"/form.doc"_s << u"form.doc"_s << QByteArray("application/msword");
    QTest::newRow("encoded name") << u"/%E4%B8%AD%E6%96%87.txt"_s << u"中文.txt"_s
                                  << QByteArray("text/plain; charset=utf-8");
}

void TestStaticFileServer::get()
{
    QFETCH(QString, path);
    QFETCH(QString, file);
    QFETCH(QByteArray, type);
    std::unique_ptr<QNetworkReply> reply(fetch(path));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Type"), type);
    const QByteArray expected = fileBytes(file);
    QCOMPARE(reply->rawHeader("Content-Length").toLongLong(), expected.size());
    QCOMPARE(reply->readAll(), expected);
}

void TestStaticFileServer::headSendsNoBody()
{
    std::unique_ptr<QNetworkReply> reply(fetch(u"/index.html"_s, "HEAD"));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Length").toLongLong(), fileBytes(u"index.html"_s).size());
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/html"));
    QVERIFY(reply->readAll().isEmpty());
}

void TestStaticFileServer::notFoundHasHtmlBody()
{
    std::unique_ptr<QNetworkReply> reply(fetch(u"/no/such/page.html"_s));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(reply->rawHeader("Content-Type").startsWith("text/html"));
    QVERIFY(reply->readAll().contains("404 Not Found"));
}

void TestStaticFileServer::folderWithoutSlashRedirects()
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(u"/sub"_s)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 301);
    QCOMPARE(reply->rawHeader("Location"), QByteArray("/sub/"));
}

void TestStaticFileServer::gbkPageIsServedUnchanged()
{
    std::unique_ptr<QNetworkReply> reply(fetch(u"/hdjl/index.html"_s));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // No charset parameter: the browser must use the page's own <meta charset="gbk">.
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/html"));
    const QByteArray body = reply->readAll();
    QCOMPARE(body, fileBytes(u"hdjl/index.html"_s));
    QVERIFY(body.contains("\xbb\xa5\xb6\xaf")); // 互动 in GBK
}

void TestStaticFileServer::largeFileIsStreamedWhole()
{
    std::unique_ptr<QNetworkReply> reply(fetch(u"/big.bin"_s));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(reply->readAll(), fileBytes(u"big.bin"_s));
}

void TestStaticFileServer::rawRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");
    const QByteArray tail = " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QTest::newRow("traversal") << "GET /../secret.txt" + tail << 403 << false;
    QTest::newRow("deep traversal") << "GET /sub/../../secret.txt" + tail << 403 << false;
    QTest::newRow("encoded traversal") << "GET /%2e%2e/secret.txt" + tail << 403 << false;
    QTest::newRow("encoded slashes") << "GET /%2E%2E%2Fsecret.txt" + tail << 403 << false;
    QTest::newRow("backslash") << "GET /..\\secret.txt" + tail << 400 << true;
    QTest::newRow("symlink out") << "GET /escape.txt" + tail << 404 << false;
    QTest::newRow("system path") << "GET //etc/passwd" + tail << 404 << false;
    QTest::newRow("nul byte") << "GET /index.html%00" + tail << 400 << true;
    QTest::newRow("absolute form") << "GET http://127.0.0.1/index.html" + tail << 200 << false;
    QTest::newRow("post") << "POST /index.html" + tail << 405 << true;
    QTest::newRow("delete") << "DELETE /index.html" + tail << 405 << true;
    QTest::newRow("garbage") << QByteArray("hello server\r\n\r\n") << 400 << true;
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505 << true;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << true;
    QTest::newRow("http/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 200 << true;
    QTest::newRow("connection close")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << 200 << true;
    QTest::newRow("huge head") << "GET /" + QByteArray(40000, 'a') + tail << 431 << true;
}

void TestStaticFileServer::rawRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, closes);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request);
    QByteArray pending;
    const RawResponse r = readResponse(socket, closes, pending);
    QCOMPARE(r.status, status);
    QCOMPARE(r.closed, closes);
    QVERIFY(!r.body.contains("TOP-SECRET"));
    if (status == 405)
        QVERIFY(r.head.contains("Allow: GET, HEAD"));
}

void TestStaticFileServer::keepAliveAndPipelining()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /style.css HTTP/1.1\r\nHost: x\r\n\r\nHEAD /index.html HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /sub/ HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray pending;
    const RawResponse css = readResponse(socket, false, pending);
    QCOMPARE(css.status, 200);
    QCOMPARE(css.body, fileBytes(u"style.css"_s));
    const RawResponse head = readResponse(socket, false, pending);
    QCOMPARE(head.status, 200);
    // A HEAD response announces the length but sends no body: the next response follows at once.
    const QByteArray length = "Content-Length: " + QByteArray::number(fileBytes(u"index.html"_s).size());
    QVERIFY(head.head.contains(length));
    pending.prepend(head.body);
    const qsizetype next = pending.indexOf("HTTP/1.1 ");
    QVERIFY(next >= 0 || pending.isEmpty());
    pending.remove(0, std::max<qsizetype>(0, next));
    const RawResponse sub = readResponse(socket, false, pending);
    QCOMPARE(sub.status, 200);
    QCOMPARE(sub.body, fileBytes(u"sub/index.html"_s));
    QVERIFY(!sub.closed);
}

void TestStaticFileServer::survivesGarbageAndDisconnects()
{
    {
        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(garbage.waitForConnected(5000));
        QByteArray noise;
        for (int i = 0; i < 5000; ++i)
            noise.append(char((i * 131) % 256));
        garbage.write(noise);
        garbage.waitForBytesWritten(5000);
    }
    {
        QTcpSocket half;
        half.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(half.waitForConnected(5000));
        half.write("GET /big.bin HTTP/1.1\r\nHo");
        half.waitForBytesWritten(5000);
        half.abort();
    }
    {
        // A client that asks for a large file and leaves before reading it.
        QTcpSocket leaver;
        leaver.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(leaver.waitForConnected(5000));
        leaver.write("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n");
        leaver.waitForBytesWritten(5000);
        QVERIFY(waitForData(leaver, 5000));
        leaver.abort();
    }
    QTest::qWait(200);
    std::unique_ptr<QNetworkReply> reply(fetch(u"/index.html"_s));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), fileBytes(u"index.html"_s));
}

void TestStaticFileServer::busyPortIsReported()
{
    StaticFileServer second(m_root);
    const Status s = second.listen(m_server->port());
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("already in use")));
}

void TestStaticFileServer::missingFolderIsReported()
{
    StaticFileServer server(m_dir.filePath(QStringLiteral("no-such-folder")));
    const Status s = server.listen(0);
    QVERIFY(!s.ok());
    QVERIFY(!server.isListening());
}

QTEST_GUILESS_MAIN(TestStaticFileServer)
#include "tst_staticfileserver.moc"
