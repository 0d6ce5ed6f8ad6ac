// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureHttpServer.h"
#include "probe/AvailabilityProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace xj;

// One attempt on a home page as W-V2 counts it: a complete document with a status below 400 within
// the limit, and every other outcome a failure with its cause.
class TestAvailabilityProbe : public QObject
{
    Q_OBJECT

    FixtureHttpServer m_server;

    static ProbeResult probe(const QUrl &url, int timeoutMs = 5000)
    {
        AvailabilityProbe probe;
        probe.setTimeout(timeoutMs);
        QSignalSpy finished(&probe, &AvailabilityProbe::finished);
        probe.probe(7, url);
        if (!finished.wait(timeoutMs + 5000))
            return {};
        return finished.first().first().value<ProbeResult>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        QVERIFY(m_server.listen());
        m_server.page(QStringLiteral("/"), 200, QByteArrayLiteral("<html><body>首页</body></html>"));
        m_server.page(QStringLiteral("/broken/"), 500, QByteArrayLiteral("oops"));
        m_server.redirect(QStringLiteral("/old/"), QStringLiteral("/"));
        m_server.redirect(QStringLiteral("/older/"), QStringLiteral("/old/"));
        m_server.redirect(QStringLiteral("/loop/"), QStringLiteral("/loop/b/"));
        m_server.redirect(QStringLiteral("/loop/b/"), QStringLiteral("/loop/"));
        FixtureHttpServer::Route late;
        late.headerDelayMs = 3000;
        late.body = QByteArrayLiteral("late");
        m_server.route(QStringLiteral("/late/"), late);
        // The head comes at once, the document never completes in time: still unavailable.
        FixtureHttpServer::Route drip;
        drip.body = QByteArray(400, 'x');
        drip.dripBytes = 10;
        drip.dripIntervalMs = 100;
        m_server.route(QStringLiteral("/drip/"), drip);
        FixtureHttpServer::Route hangUp;
        hangUp.closeWithoutAnswer = true;
        m_server.route(QStringLiteral("/hangup/"), hangUp);
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << QStringLiteral("/") << true << 200 << QString();
        QTest::newRow("server error") << QStringLiteral("/broken/") << false << 500 << QStringLiteral("http");
        QTest::newRow("missing") << QStringLiteral("/nothing/") << false << 404 << QStringLiteral("http");
        QTest::newRow("redirect followed") << QStringLiteral("/old/") << true << 200 << QString();
        QTest::newRow("redirect chain") << QStringLiteral("/older/") << true << 200 << QString();
        QTest::newRow("redirect loop")
            << QStringLiteral("/loop/") << false << 302 << QStringLiteral("redirect");
        QTest::newRow("late head") << QStringLiteral("/late/") << false << 0 << QStringLiteral("timeout");
        QTest::newRow("slow body") << QStringLiteral("/drip/") << false << 200 << QStringLiteral("timeout");
        QTest::newRow("hang-up") << QStringLiteral("/hangup/") << false << 0 << QStringLiteral("closed");
    }

    void outcomes()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QFETCH(int, status);
        QFETCH(QString, error);
        QElapsedTimer clock;
        clock.start();
        const ProbeResult r = probe(m_server.url(path), 1500);
        QCOMPARE(r.siteId, 7);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.status, status);
        QCOMPARE(r.error, error);
        QCOMPARE(r.url, m_server.url(path).toString());
        QVERIFY(r.probedAt.isValid());
        QCOMPARE(r.vantage, AvailabilityProbe::vantage());
        QVERIFY(!r.vantage.isEmpty());
        // The limit covers the whole response, not just silence between packets.
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        if (error == QLatin1String("timeout"))
            QVERIFY(r.elapsedMs >= 1400);
    }

    void refusedPort()
    {
        const quint16 port = FixtureHttpServer::closedPort();
        QVERIFY(port > 0);
        const ProbeResult r = probe(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QVERIFY(!r.ok);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QStringLiteral("refused"));
    }

    void notAWebAddress()
    {
        const ProbeResult r = probe(QUrl(QStringLiteral("ftp://127.0.0.1/")));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("address"));
        QVERIFY(!AvailabilityProbe::describeError(r.error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityProbe)
#include "tst_availabilityprobe.moc"
