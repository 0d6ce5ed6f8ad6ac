// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "ProbeSites.h"
#include "storage/Database.h"
#include "storage/ProbeRepository.h"
#include "storage/SiteRepository.h"

#include <QTest>

using namespace xj;

// Probe records in probe_results: stored whole, read back by site and time range, pruned by age.
class TestProbeRepository : public DatabaseTestCase
{
    Q_OBJECT

    static QDateTime at(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate); }

    static ProbeResult record(qint64 siteId, const QDateTime &when, bool ok)
    {
        ProbeResult r;
        r.siteId = siteId;
        r.url = QStringLiteral("http://www.qinghe.gov.cn/");
        r.probedAt = when;
        r.ok = ok;
        r.status = ok ? 200 : 503;
        r.error = ok ? QString() : QStringLiteral("http");
        r.elapsedMs = ok ? 87 : 1234;
        r.vantage = QStringLiteral("office-pc");
        return r;
    }

private slots:
    void roundTrip()
    {
        const qint64 site =
            addWebsite(db(), QStringLiteral("青禾县人民政府"), QStringLiteral("http://www.qinghe.gov.cn/"));
        QVERIFY(site > 0);
        ProbeRepository repo(db());
        const ProbeResult failed = record(site, at(QStringLiteral("2026-11-20T08:00:00+08:00")), false);
        const auto id = repo.add(failed);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().fullText()));
        QVERIFY(id.value() > 0);
        QCOMPARE(count(QStringLiteral("probe_results WHERE probed_at = '2026-11-20T00:00:00Z' AND ok = 0")),
                 1);

        const auto read = repo.resultsFor(site, at(QStringLiteral("2026-11-20T00:00:00Z")),
                                          at(QStringLiteral("2026-11-20T00:00:00Z")));
        QVERIFY(read.ok());
        QCOMPARE(read.value().size(), 1);
        const ProbeResult &r = read.value().first();
        QCOMPARE(r.id, id.value());
        QCOMPARE(r.siteId, site);
        QCOMPARE(r.url, failed.url);
        QCOMPARE(r.probedAt, failed.probedAt);
        QCOMPARE(r.probedAt.timeSpec(), Qt::UTC);
        QCOMPARE(r.ok, false);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.error, QStringLiteral("http"));
        QCOMPARE(r.elapsedMs, 1234);
        QCOMPARE(r.vantage, QStringLiteral("office-pc"));
    }

    void rangesAndLastProbe()
    {
        const qint64 a =
            addWebsite(db(), QStringLiteral("青禾县人民政府"), QStringLiteral("http://www.qinghe.gov.cn/"));
        const qint64 b =
            addWebsite(db(), QStringLiteral("青禾县教育局"), QStringLiteral("http://jyj.qinghe.gov.cn/"));
        QVERIFY(a > 0 && b > 0);
        ProbeRepository repo(db());
        QVERIFY(!repo.lastProbe(a).value().isValid());
        QVERIFY(repo.lastProbes().value().isEmpty());
        const QDateTime t0 = at(QStringLiteral("2026-11-20T00:00:00Z"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(repo.add(record(a, t0.addSecs(3600 * i), i != 2)).ok());
        QVERIFY(repo.add(record(b, t0.addSecs(60), true)).ok());

        const auto middle = repo.resultsFor(a, t0.addSecs(3600), t0.addSecs(3 * 3600)).value();
        QCOMPARE(middle.size(), 3);
        QCOMPARE(middle.at(0).probedAt, t0.addSecs(3600));
        QCOMPARE(middle.at(1).ok, false);
        QCOMPARE(middle.at(2).probedAt, t0.addSecs(3 * 3600));
        QCOMPARE(repo.resultsFor(b, t0, t0.addDays(1)).value().size(), 1);
        QCOMPARE(repo.lastProbe(a).value(), t0.addSecs(4 * 3600));
        const auto last = repo.lastProbes().value();
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.value(b), t0.addSecs(60));

        const auto removed = repo.deleteOlderThan(t0.addSecs(2 * 3600));
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), 3); // a at 0 h and 1 h, b at 0 h 1 min
        QCOMPARE(count(QStringLiteral("probe_results")), 3);
        QVERIFY(!repo.lastProbe(b).value().isValid());
    }

    void recordsGoWithTheSite()
    {
        const qint64 site =
            addWebsite(db(), QStringLiteral("青禾县人民政府"), QStringLiteral("http://www.qinghe.gov.cn/"));
        ProbeRepository repo(db());
        QVERIFY(repo.add(record(site, at(QStringLiteral("2026-11-20T00:00:00Z")), true)).ok());
        QVERIFY(SiteRepository(db()).remove(site, true).ok());
        QCOMPARE(count(QStringLiteral("probe_results")), 0);
    }

    void unknownSiteIsRefused()
    {
        QVERIFY(
            !ProbeRepository(db()).add(record(999, at(QStringLiteral("2026-11-20T00:00:00Z")), true)).ok());
    }
};

QTEST_GUILESS_MAIN(TestProbeRepository)
#include "tst_proberepository.moc"
