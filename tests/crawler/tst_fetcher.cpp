// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureHttpServer.h"
#include "TestDataDir.h"
#include "crawler/Fetcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using xj::CrawlSettings;
using xj::Fetcher;
using xj::FetchResult;

/// One fetch against servers on 127.0.0.1 that answer, fail, stall, loop or flood, and the
/// FetchResult each must give: status, error key, redirect chain, body kept or not.
class TestFetcher : public QObject
{
    Q_OBJECT

    FixtureHttpServer m_server;

    static CrawlSettings quick()
    {
        CrawlSettings s;
        s.connectTimeoutMs = 3000;
        s.responseTimeoutMs = 6000;
        return s;
    }
    static FetchResult fetch(const QUrl &url, Fetcher::Mode mode = Fetcher::Mode::Read,
                             const CrawlSettings &settings = quick())
    {
        Fetcher fetcher(settings);
        QSignalSpy spy(&fetcher, &Fetcher::finished);
        fetcher.fetch(7, url, mode);
        if (!spy.wait(settings.responseTimeoutMs + 5000) || spy.size() != 1) {
            FetchResult none;
            none.error = QStringLiteral("test: no answer");
            return none;
        }
        [&] {
            QCOMPARE(spy.first().at(0).toLongLong(), 7);
        }();
        return spy.first().at(1).value<FetchResult>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchResult>();
        QVERIFY(m_server.listen());
    }

    void statuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("broken");
        QTest::newRow("200") << 200 << false;
        QTest::newRow("404") << 404 << true;
        QTest::newRow("500") << 500 << true;
    }
    void statuses()
    {
        QFETCH(int, status);
        QFETCH(bool, broken);
        const QString path = QStringLiteral("/status-%1.html").arg(status);
        m_server.page(path, status, "<html><title>t</title><body>status page</body></html>");
        const FetchResult r = fetch(m_server.url(path));
        QCOMPARE(r.status, status);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.isBroken(), broken);
        QVERIFY(r.body.contains("status page"));
        QVERIFY(r.isHtml());
        QCOMPARE(r.finalUrl, m_server.url(path));
        QVERIFY(r.redirects.isEmpty());
    }

    void redirectChain()
    {
        m_server.redirect(QStringLiteral("/r1"), QStringLiteral("/r2"), 301);
        m_server.redirect(QStringLiteral("/r2"), m_server.url(QStringLiteral("/r3")).toString(), 302);
        m_server.redirect(QStringLiteral("/r3"), QStringLiteral("final.html"), 307);
        m_server.page(QStringLiteral("/final.html"), 200, "<html><body>arrived</body></html>");
        const FetchResult r = fetch(m_server.url(QStringLiteral("/r1")));
        QCOMPARE(r.error, QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.redirects, QStringList({m_server.url(QStringLiteral("/r2")).toString(),
                                           m_server.url(QStringLiteral("/r3")).toString(),
                                           m_server.url(QStringLiteral("/final.html")).toString()}));
        QCOMPARE(r.finalUrl, m_server.url(QStringLiteral("/final.html")));
        QCOMPARE(r.url, m_server.url(QStringLiteral("/r1")));
        QVERIFY(r.body.contains("arrived"));
        QVERIFY(!r.body.contains("Location"));
    }

    void redirectLoop()
    {
        m_server.redirect(QStringLiteral("/loop-a"), QStringLiteral("/loop-b"));
        m_server.redirect(QStringLiteral("/loop-b"), QStringLiteral("/loop-a"));
        const FetchResult r = fetch(m_server.url(QStringLiteral("/loop-a")));
        QCOMPARE(r.error, QStringLiteral("redirect_loop"));
        QVERIFY(r.isBroken());
        QCOMPARE(r.redirects.size(), 2);
        QCOMPARE(m_server.hits(QStringLiteral("/loop-a")), 1);
        QCOMPARE(m_server.hits(QStringLiteral("/loop-b")), 1);

        m_server.redirect(QStringLiteral("/self"), QStringLiteral("/self"));
        QCOMPARE(fetch(m_server.url(QStringLiteral("/self"))).error, QStringLiteral("redirect_loop"));
    }

    void tooManyRedirects()
    {
        // 10 hops are followed; the 11th is one too many.
        for (int i = 0; i < 12; ++i)
            m_server.redirect(QStringLiteral("/hop%1").arg(i), QStringLiteral("/hop%1").arg(i + 1));
        m_server.page(QStringLiteral("/hop12"), 200, "<html>end</html>");
        m_server.page(QStringLiteral("/hop10"), 200, "<html>end after ten</html>");
        const FetchResult ten = fetch(m_server.url(QStringLiteral("/hop0")));
        QCOMPARE(ten.error, QString());
        QCOMPARE(ten.redirects.size(), 10);
        for (int i = 0; i < 12; ++i)
            m_server.redirect(QStringLiteral("/many%1").arg(i), QStringLiteral("/many%1").arg(i + 1));
        const FetchResult eleven = fetch(m_server.url(QStringLiteral("/many0")));
        QCOMPARE(eleven.error, QStringLiteral("too_many_redirects"));
        QCOMPARE(eleven.redirects.size(), FetchResult::MaxRedirects + 1);
        QCOMPARE(m_server.hits(QStringLiteral("/many11")), 0);
    }

    void slowHeadersTimeOut()
    {
        FixtureHttpServer::Route slow;
        slow.headerDelayMs = 3000;
        slow.body = "late";
        m_server.route(QStringLiteral("/slow-headers"), slow);
        CrawlSettings s = quick();
        s.connectTimeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const FetchResult r = fetch(m_server.url(QStringLiteral("/slow-headers")), Fetcher::Mode::Read, s);
        QCOMPARE(r.error, QStringLiteral("timeout"));
        QVERIFY(r.isRetryable());
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }

    void slowDripTimesOut()
    {
        // Headers at once, then 10 bytes every 200 ms: each piece is in time, the whole is not.
        FixtureHttpServer::Route drip;
        drip.body = QByteArray(2000, 'd');
        drip.dripBytes = 10;
        drip.dripIntervalMs = 200;
        m_server.route(QStringLiteral("/drip"), drip);
        CrawlSettings s = quick();
        s.connectTimeoutMs = 500;
        s.responseTimeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const FetchResult r = fetch(m_server.url(QStringLiteral("/drip")), Fetcher::Mode::Read, s);
        QCOMPARE(r.error, QStringLiteral("timeout"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.bytes > 0 && r.bytes < 2000);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void refused()
    {
        const quint16 port = FixtureHttpServer::closedPort();
        const FetchResult r = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(r.error, QStringLiteral("refused"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.isBroken());
    }

    void closedWithoutAnswer()
    {
        FixtureHttpServer::Route drop;
        drop.closeWithoutAnswer = true;
        m_server.route(QStringLiteral("/drop"), drop);
        const FetchResult r = fetch(m_server.url(QStringLiteral("/drop")));
        QCOMPARE(r.error, QStringLiteral("closed"));
        QVERIFY(r.isRetryable());
    }

    void dnsFailure()
    {
        // RFC 6761: .invalid never resolves, and resolvers answer it without asking the network.
        // Should this sandbox's resolver stall instead, the short limit turns it into a timeout.
        CrawlSettings s = quick();
        s.connectTimeoutMs = 4000;
        const FetchResult r =
            fetch(QUrl(QStringLiteral("http://no-such-host.xunjian-test.invalid/")), Fetcher::Mode::Read, s);
        QVERIFY2(r.error == QLatin1String("dns") || r.error == QLatin1String("timeout"), qPrintable(r.error));
        if (r.error != QLatin1String("dns"))
            qWarning("the resolver did not answer for .invalid in time: accepted a timeout");
        QVERIFY(r.isBroken());
    }

    void headRefusedFallsBackToGet()
    {
        FixtureHttpServer::Route r;
        r.headStatus = 405;
        r.headers = {{"Content-Type", "application/pdf"}};
        r.body = QByteArray(1000, 'p');
        m_server.route(QStringLiteral("/file.pdf"), r);
        const int before = int(m_server.requests().size());
        const FetchResult result = fetch(m_server.url(QStringLiteral("/file.pdf")), Fetcher::Mode::Check);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.error, QString());
        QVERIFY(!result.usedHead);
        QVERIFY(!result.isBroken());
        const auto requests = m_server.requests().mid(before);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("HEAD"));
        QCOMPARE(requests.at(1).method, QByteArray("GET"));
    }

    void headAnsweredIsEnough()
    {
        m_server.page(QStringLiteral("/headok.pdf"), 200, QByteArray(500, 'p'), "application/pdf");
        const int before = int(m_server.requests().size());
        const FetchResult r = fetch(m_server.url(QStringLiteral("/headok.pdf")), Fetcher::Mode::Check);
        QCOMPARE(r.status, 200);
        QVERIFY(r.usedHead);
        QCOMPARE(m_server.requests().size() - before, 1);
        QCOMPARE(m_server.requests().last().method, QByteArray("HEAD"));
    }

    void checkStopsAfterHeaders()
    {
        // HEAD refused, and the GET would bring 50 MB: a check reads the status and hangs up.
        FixtureHttpServer::Route big;
        big.headStatus = 405;
        big.headers = {{"Content-Type", "application/zip"}};
        big.generatedBytes = 50LL * 1024 * 1024;
        m_server.route(QStringLiteral("/huge-check.zip"), big);
        const FetchResult r = fetch(m_server.url(QStringLiteral("/huge-check.zip")), Fetcher::Mode::Check);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QString());
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.bytes < 4 * 1024 * 1024, qPrintable(QString::number(r.bytes)));
        QVERIFY(!r.isBroken());
    }

    void largeResponseIsCut_data()
    {
        QTest::addColumn<bool>("declaredLength");
        QTest::newRow("Content-Length given") << true;
        QTest::newRow("no Content-Length") << false;
    }
    void largeResponseIsCut()
    {
        QFETCH(bool, declaredLength);
        FixtureHttpServer::Route big;
        big.headers = {{"Content-Type", "text/html"}};
        big.generatedBytes = 50LL * 1024 * 1024;
        big.omitContentLength = !declaredLength;
        m_server.route(QStringLiteral("/huge.html"), big);
        CrawlSettings s = quick();
        s.maxResponseBytes = 2 * 1024 * 1024;
        s.responseTimeoutMs = 20000;
        const FetchResult r = fetch(m_server.url(QStringLiteral("/huge.html")), Fetcher::Mode::Read, s);
        QCOMPARE(r.error, QStringLiteral("too_large"));
        QCOMPARE(r.status, 200);
        // The start is kept, up to the limit and not a byte more.
        QCOMPARE(r.body.size(), s.maxResponseBytes);
        QVERIFY(r.body.startsWith("xxxx"));
        QVERIFY2(r.bytes < 20LL * 1024 * 1024, qPrintable(QString::number(r.bytes)));
        QVERIFY(!r.isBroken());
    }

    void gzipIsDecoded()
    {
        QFile gz(testDataPath(QStringLiteral("crawler/page.html.gz")));
        QVERIFY(gz.open(QIODevice::ReadOnly));
        FixtureHttpServer::Route r;
        r.headers = {{"Content-Type", "text/html; charset=utf-8"}, {"Content-Encoding", "gzip"}};
        r.body = gz.readAll();
        QVERIFY(r.body.startsWith("\x1f\x8b"));
        m_server.route(QStringLiteral("/gz.html"), r);
        const FetchResult result = fetch(m_server.url(QStringLiteral("/gz.html")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.error, QString());
        QVERIFY2(result.body.contains("gzip body marker"), result.body.left(60).toHex().constData());
        QVERIFY(QString::fromUtf8(result.body).contains(QStringLiteral("压缩页面")));
    }

    void selfSignedCertificateFails()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend.");
        QFile certFile(testDataPath(QStringLiteral("crawler/selfsigned.crt")));
        QFile keyFile(testDataPath(QStringLiteral("crawler/selfsigned.key")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());
        QSslServer tls;
        tls.setSslConfiguration(config);
        QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
        const FetchResult r = fetch(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(tls.serverPort())));
        QCOMPARE(r.error, QStringLiteral("tls"));
        QVERIFY(!r.errorDetail.isEmpty());
        QCOMPARE(r.status, 0);
        QVERIFY(r.isBroken());
        QVERIFY(!r.isRetryable());
    }
};

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
