// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrawlRun.h"
#include "DatabaseTestCase.h"
#include "FixtureHttpServer.h"
#include "crawler/SiteCrawler.h"

#include <QSqlQuery>
#include <QTest>

namespace {

/// A site of 1 + 10 lists + 200 articles; every article links to a shared dead page and a missing
/// image, every list to one dead page of its own.
void buildSite(FixtureHttpServer &site)
{
    QString index = QStringLiteral("<html><head><title>首页</title></head><body>");
    for (int l = 0; l < 10; ++l) {
        index += QStringLiteral("<a href=\"/list%1/index.html\">栏目%1</a>").arg(l);
        QString list = QStringLiteral("<html><head><title>栏目%1</title></head><body>").arg(l);
        for (int a = 0; a < 20; ++a) {
            list += QStringLiteral("<a href=\"/list%1/a%2.html\">文章%2</a>").arg(l).arg(a);
            site.page(QStringLiteral("/list%1/a%2.html").arg(l).arg(a), 200,
                      QStringLiteral(
                          "<html><head><title>文章 %1-%2</title></head><body><a href=\"/index.html\">首页</a>"
                          "<a href=\"/dead.html\">失效</a><img src=\"/img/none.png\"></body></html>")
                          .arg(l)
                          .arg(a)
                          .toUtf8());
        }
        list += QStringLiteral("<a href=\"/list%1/gone.html\">已删</a></body></html>").arg(l);
        site.page(QStringLiteral("/list%1/index.html").arg(l), 200, list.toUtf8());
    }
    site.page(QStringLiteral("/index.html"), 200, (index + QStringLiteral("</body></html>")).toUtf8());
}

QStringList column(const xj::Database &db, qint64 scanId, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(scanId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

} // namespace

/// A scan stopped half-way (the crawler destroyed as by a quit, or a kill) carries on from the
/// database: nothing recorded as done is fetched again, and the end result is the same as an
/// uninterrupted crawl. The frontier lives in SQLite, not in memory.
class TestCrawlResume : public DatabaseTestCase
{
    Q_OBJECT

private slots:
    void resumesWithoutRefetching()
    {
        xj::CrawlSettings settings = CrawlRun::localSettings();
        settings.concurrencyPerHost = 2;
        settings.requestsPerSecond = 150; // slow enough to stop it after about 50 pages

        // The reference: the same site crawled in one go.
        FixtureHttpServer reference;
        QVERIFY(reference.listen());
        buildSite(reference);
        const CrawlOutcome whole =
            CrawlRun::run(db(), reference.url(QStringLiteral("/index.html")), settings);
        QCOMPARE(int(whole.state), int(xj::ScanRecord::State::Finished));
        QCOMPARE(CrawlRun::urlCount(db(), whole.scanId, QStringLiteral("kind = 'page' AND state = 'done'")),
                 211);

        FixtureHttpServer site;
        QVERIFY(site.listen());
        buildSite(site);
        const qint64 scanId = CrawlRun::createScan(db(), site.url(QStringLiteral("/index.html")), settings);
        QVERIFY(scanId > 0);
        const CrawlOutcome first = CrawlRun::crawl(
            db(), scanId, 30000, [](xj::SiteCrawler &crawler) { return crawler.progress().pagesDone < 50; });
        QCOMPARE(int(first.state), int(xj::ScanRecord::State::Running)); // interrupted, not ended
        // The frontier is in the database: the pages read and the addresses still queued.
        const QStringList doneBefore =
            column(db(), scanId,
                   QStringLiteral(
                       "SELECT url FROM scan_urls WHERE scan_id = ? AND state = 'done' AND kind = 'page'"));
        QVERIFY2(doneBefore.size() >= 50 && doneBefore.size() < 150,
                 qPrintable(QString::number(doneBefore.size())));
        QVERIFY(CrawlRun::urlCount(db(), scanId, QStringLiteral("state = 'queued'")) > 0);
        // The time spent so far is kept while the scan runs, so the resumed scan's total includes it.
        const qint64 spentBefore =
            column(db(), scanId, QStringLiteral("SELECT elapsed_ms FROM scans WHERE id = ?"))
                .value(0)
                .toLongLong();
        QVERIFY2(spentBefore > 0, "no time recorded for the interrupted run");

        const CrawlOutcome second = CrawlRun::crawl(db(), scanId);
        QCOMPARE(int(second.state), int(xj::ScanRecord::State::Finished));
        QVERIFY(column(db(), scanId, QStringLiteral("SELECT elapsed_ms FROM scans WHERE id = ?"))
                    .value(0)
                    .toLongLong() > spentBefore);
        for (const QString &url : doneBefore) {
            const QString path = QUrl(url).path();
            QVERIFY2(site.hits(path) == 1,
                     qPrintable(QStringLiteral("%1 fetched %2 times").arg(path).arg(site.hits(path))));
        }
        // Every page fetched at most twice (once more only if it was in flight at the stop).
        int refetched = 0;
        for (int l = 0; l < 10; ++l) {
            for (int a = 0; a < 20; ++a)
                refetched += site.hits(QStringLiteral("/list%1/a%2.html").arg(l).arg(a)) - 1;
        }
        QVERIFY2(refetched <= 2 * settings.concurrencyPerHost + 8, qPrintable(QString::number(refetched)));

        // The same result as the crawl without interruption.
        const QString counts = QStringLiteral("SELECT kind || '.' || state || '=' || count(*) FROM scan_urls "
                                              "WHERE scan_id = ? GROUP BY kind, state "
                                              "ORDER BY kind, state");
        QCOMPARE(column(db(), scanId, counts), column(db(), whole.scanId, counts));
        auto shape = [](const CrawlOutcome &o, const FixtureHttpServer &s) {
            QStringList out;
            for (const xj::ScanCandidate &c : o.candidates)
                out.append(c.checkId + QLatin1Char(' ') + QUrl(c.url).path() + QLatin1Char(' ') +
                           QString::number(c.detail.value(QLatin1String("sourceCount")).toInt()));
            Q_UNUSED(s);
            out.sort();
            return out;
        };
        QCOMPARE(shape(second, site), shape(whole, reference));
        QCOMPARE(second.withCheck(QStringLiteral("link.broken")).size(),
                 12); // dead.html, none.png, 10 × gone.html
        const auto dead = second.withCheck(QStringLiteral("link.broken"));
        for (const xj::ScanCandidate &c : dead) {
            if (QUrl(c.url).path() == QLatin1String("/dead.html"))
                QCOMPARE(c.detail.value(QLatin1String("sourceCount")).toInt(), 200);
        }
        // Bounded memory: everything the crawl knows is a row (211 pages, 12 checked addresses).
        QCOMPARE(CrawlRun::urlCount(db(), scanId), 211 + 12);
    }
};

QTEST_GUILESS_MAIN(TestCrawlResume)
#include "tst_crawlresume.moc"
