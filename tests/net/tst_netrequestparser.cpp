// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpRequestParser.h"

#include <QTest>

using namespace xj;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void waitsForMore_data();
    void waitsForMore();
    void keepAlive_data();
    void keepAlive();
    void pipelinedRequestsAreConsumedOneByOne();
};

void TestHttpRequestParser::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("state"); // 1 complete, 2 invalid
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("get") << QByteArray("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << 0
                         << QByteArray("/index.html");
    QTest::newRow("bare newlines") << QByteArray("HEAD / HTTP/1.1\nHost: x\n\n") << 1 << 0 << QByteArray("/");
    QTest::newRow("leading empty lines")
        << QByteArray("\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << 0 << QByteArray("/a");
    QTest::newRow("http/1.0 without host")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << 0 << QByteArray("/");
    QTest::newRow("body is skipped") << QByteArray(
                                            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
                                     << 1 << 0 << QByteArray("/");
    QTest::newRow("post answered at once")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 999\r\n\r\n") << 1 << 0
        << QByteArray("/");
    QTest::newRow("missing host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 2 << 400 << QByteArray();
    QTest::newRow("garbage") << QByteArray("hello there\r\n\r\n") << 2 << 400 << QByteArray();
    QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe\r\n\r\n", 8) << 2 << 400 << QByteArray();
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 2 << 400
                                << QByteArray();
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 2 << 505 << QByteArray();
    QTest::newRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 2 << 400 << QByteArray();
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n continued\r\n\r\n") << 2
                                   << 400 << QByteArray();
    QTest::newRow("control byte in target")
        << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n") << 2 << 400 << QByteArray();
    QTest::newRow("bad length") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 2
                                << 400 << QByteArray();
    QTest::newRow("conflicting lengths")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 2
        << 400 << QByteArray();
    QTest::newRow("body too large") << QByteArray(
                                           "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n\r\n")
                                    << 2 << 413 << QByteArray();
    QTest::newRow("chunked") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 2 << 501 << QByteArray();
    QTest::newRow("head too large") << (QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Big: ") +
                                        QByteArray(HttpRequestParser::MaxHeadBytes, 'a') + "\r\n\r\n")
                                    << 2 << 431 << QByteArray();
    QByteArray manyHeaders("GET / HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i <= HttpRequestParser::MaxHeaderCount; ++i)
        manyHeaders += "X-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("too many headers") << manyHeaders + "\r\n" << 2 << 431 << QByteArray();
}

void TestHttpRequestParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(QByteArray, target);
    const HttpRequestParser::Outcome o = HttpRequestParser::parse(input);
    QCOMPARE(int(o.state), state);
    QCOMPARE(o.errorStatus, status);
    if (o.state == HttpRequestParser::State::Complete) {
        QCOMPARE(o.request.target, target);
        QVERIFY(o.consumed > 0 && o.consumed <= input.size());
    }
}

void TestHttpRequestParser::waitsForMore_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("half a line") << QByteArray("GET /ind");
    QTest::newRow("no blank line") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n");
    QTest::newRow("body not there") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab");
}

void TestHttpRequestParser::waitsForMore()
{
    QFETCH(QByteArray, input);
    QCOMPARE(HttpRequestParser::parse(input).state, HttpRequestParser::State::Incomplete);
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);
    const HttpRequestParser::Outcome o = HttpRequestParser::parse(input);
    QCOMPARE(o.state, HttpRequestParser::State::Complete);
    QCOMPARE(o.request.keepAlive(), keepAlive);
}

void TestHttpRequestParser::pipelinedRequestsAreConsumedOneByOne()
{
    const QByteArray first("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray second("HEAD /b HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray buffer = first + second;
    HttpRequestParser::Outcome o = HttpRequestParser::parse(buffer);
    QCOMPARE(o.request.target, QByteArray("/a"));
    QCOMPARE(o.consumed, first.size());
    buffer.remove(0, o.consumed);
    o = HttpRequestParser::parse(buffer);
    QCOMPARE(o.request.method, QByteArray("HEAD"));
    QCOMPARE(o.request.target, QByteArray("/b"));
    QCOMPARE(o.request.header("host"), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_netrequestparser.moc"
