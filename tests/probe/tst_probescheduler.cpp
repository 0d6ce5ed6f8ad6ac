// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "FixtureHttpServer.h"
#include "ProbeSites.h"
#include "probe/ProbeScheduler.h"
#include "storage/ProbeRepository.h"
#include "storage/SiteRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace xj;

// The in-app schedule: which sites are probed, that each result is stored, that a site is not
// probed again before it is due, and that the number of probes at once is limited.
class TestProbeScheduler : public DatabaseTestCase
{
    Q_OBJECT

    FixtureHttpServer m_server;
    QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-11-20T08:00:00Z"), Qt::ISODate);

    qint64 m_up = 0;
    qint64 m_down = 0;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        QVERIFY(m_server.listen());
        m_server.page(QStringLiteral("/up/"), 200, QByteArrayLiteral("<html>ok</html>"));
        m_server.page(QStringLiteral("/down/"), 503, QByteArrayLiteral("busy"));
        FixtureHttpServer::Route slow;
        slow.headerDelayMs = 300;
        slow.body = QByteArrayLiteral("<html>slow</html>");
        for (int i = 0; i < 5; ++i)
            m_server.route(QStringLiteral("/slow/%1/").arg(i), slow);
    }

    void init()
    {
        DatabaseTestCase::init();
        m_up = addWebsite(db(), QStringLiteral("青禾县人民政府"),
                          m_server.url(QStringLiteral("/up/")).toString());
        m_down = addWebsite(db(), QStringLiteral("青禾县教育局"),
                            m_server.url(QStringLiteral("/down/")).toString());
        // Neither a closed site nor a new-media account is probed.
        addWebsite(db(), QStringLiteral("青禾县旧网站"), m_server.url(QStringLiteral("/old/")).toString(), {},
                   SiteStatus::Closed);
        Site account;
        account.kind = SiteKind::NewMedia;
        account.platform = QStringLiteral("微信");
        account.name = QStringLiteral("青禾发布");
        account.accountId = QStringLiteral("qinghe_fabu");
        account.unitId = SiteRepository(db()).get(m_up).value().unitId;
        QVERIFY(SiteRepository(db()).create(account).ok());
        QVERIFY(m_up > 0 && m_down > 0);
    }

    void probesDueSitesAndStoresEachResult()
    {
        ProbeScheduler scheduler(db());
        scheduler.setClock([this] { return m_now; });
        scheduler.setTimeout(5000);
        QSignalSpy probed(&scheduler, &ProbeScheduler::probed);
        QSignalSpy idle(&scheduler, &ProbeScheduler::idle);
        scheduler.checkNow();
        QCOMPARE(scheduler.pending(), 2);
        QVERIFY(idle.wait(10000));
        QCOMPARE(probed.size(), 2);
        QCOMPARE(count(QStringLiteral("probe_results")), 2);
        QCOMPARE(
            count(QStringLiteral("probe_results WHERE site_id = %1 AND ok = 1 AND status = 200").arg(m_up)),
            1);
        QCOMPARE(count(QStringLiteral("probe_results WHERE site_id = %1 AND ok = 0 AND status = 503 AND "
                                      "error = 'http'")
                           .arg(m_down)),
                 1);
        QCOMPARE(ProbeRepository(db()).lastProbe(m_up).value(), m_now);

        // Ten minutes later nothing is due; a full spacing later both are.
        m_now = m_now.addSecs(600);
        scheduler.checkNow();
        QCOMPARE(scheduler.pending(), 0);
        QCOMPARE(count(QStringLiteral("probe_results")), 2);
        m_now = m_now.addSecs(ProbeSchedule().spacingSeconds());
        scheduler.checkNow();
        QCOMPARE(scheduler.pending(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("probe_results")), 4, 10000);
    }

    void limitsConcurrency()
    {
        QList<Site> sites;
        for (int i = 0; i < 5; ++i) {
            const qint64 id = addWebsite(db(), QStringLiteral("青禾县第%1局").arg(i),
                                         m_server.url(QStringLiteral("/slow/%1/").arg(i)).toString());
            sites.append(SiteRepository(db()).get(id).value());
        }
        ProbeScheduler scheduler(db());
        scheduler.setMaxConcurrent(2);
        QSignalSpy idle(&scheduler, &ProbeScheduler::idle);
        const auto hits = [this] {
            int n = 0;
            for (int i = 0; i < 5; ++i)
                n += m_server.hits(QStringLiteral("/slow/%1/").arg(i));
            return n;
        };
        const int before = hits();
        scheduler.probeSites(sites + sites); // the same site twice is probed once
        QCOMPARE(scheduler.pending(), 5);
        QTest::qWait(150);
        QCOMPARE(hits() - before, 2);
        QVERIFY(idle.wait(10000));
        QCOMPARE(hits() - before, 5);
        QCOMPARE(count(QStringLiteral("probe_results WHERE ok = 1")), 5);
    }

    void startAndStop()
    {
        ProbeScheduler scheduler(db());
        scheduler.setClock([this] { return m_now; });
        scheduler.setCheckInterval(50);
        QSignalSpy probed(&scheduler, &ProbeScheduler::probed);
        scheduler.start();
        QVERIFY(scheduler.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 2, 10000);
        QTest::qWait(300); // many checks, but nothing is due again
        QCOMPARE(count(QStringLiteral("probe_results")), 2);
        scheduler.stop();
        QVERIFY(!scheduler.isRunning());
        QCOMPARE(scheduler.pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProbeScheduler)
#include "tst_probescheduler.moc"
