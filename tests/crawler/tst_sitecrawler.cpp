// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrawlRun.h"
#include "DatabaseTestCase.h"
#include "FixtureHttpServer.h"

#include <QJsonArray>
#include <QStringEncoder>
#include <QTest>

using CrawlRun::localSettings;

namespace {

/// A page titled `title` with these links (href, anchor text).
QByteArray html(const QString &title, const QList<QPair<QString, QString>> &links, const QString &extra = {})
{
    QString out =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
            .arg(title);
    for (const auto &[href, anchor] : links)
        out += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(href, anchor);
    return (out + extra + QStringLiteral("</body></html>")).toUtf8();
}

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

/// The (page, anchor) pairs of a link candidate's detail.sources.
QSet<QPair<QString, QString>> sourcesOf(const xj::ScanCandidate &c)
{
    QSet<QPair<QString, QString>> out;
    for (const QJsonValue &v : c.detail.value(QLatin1String("sources")).toArray())
        out.insert({v[QLatin1String("page")].toString(), v[QLatin1String("anchor")].toString()});
    return out;
}

} // namespace

/// SiteCrawler on a temp database against fixture sites on 127.0.0.1: what it fetches, what it
/// leaves alone, and the link candidates the scan ends with.
class TestSiteCrawler : public DatabaseTestCase
{
    Q_OBJECT

    std::unique_ptr<FixtureHttpServer> m_site;
    QString u(const QString &path) const { return m_site->url(path).toString(); }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_site = std::make_unique<FixtureHttpServer>();
        QVERIFY(m_site->listen());
    }

    void deadLinksReportedOnceWithEverySource()
    {
        const QString refused =
            QStringLiteral("http://127.0.0.1:%1/gone.html").arg(FixtureHttpServer::closedPort());
        const QString dns = QStringLiteral("http://www.dead-site.xunjian-test.invalid/");
        m_site->page(QStringLiteral("/index.html"), 200,
                     html(str("首页"), {{str("/a.html"), str("甲")},
                                        {str("/b.html"), str("乙")},
                                        {str("/missing.html"), str("缺失页面")},
                                        {str("/error.html"), str("出错页面")},
                                        {refused, str("拒绝连接")},
                                        {dns, str("失效友链")}}));
        m_site->page(QStringLiteral("/a.html"), 200,
                     html(str("甲"), {{str("missing.html"), str("甲里的缺失链接")}, {dns, str("友情链接")}}));
        m_site->page(QStringLiteral("/b.html"), 200,
                     html(str("乙"),
                          {{str("/missing.html#part"), str("乙里的缺失链接")},
                           {str("/error.html"), str("乙里的出错链接")}},
                          str("<img src=\"/img/missing.png\" alt=\"配图\">")));
        m_site->page(QStringLiteral("/error.html"), 500, "<html><body>boom</body></html>");

        const CrawlOutcome out =
            CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), localSettings());
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));

        const xj::ScanCandidate *missing =
            out.find(QStringLiteral("link.broken"), u(QStringLiteral("/missing.html")));
        QVERIFY2(missing, "a 404 link is one candidate");
        QCOMPARE(missing->detail.value(QLatin1String("status")).toInt(), 404);
        QCOMPARE(sourcesOf(*missing),
                 (QSet<QPair<QString, QString>>{{u(QStringLiteral("/index.html")), str("缺失页面")},
                                                {u(QStringLiteral("/a.html")), str("甲里的缺失链接")},
                                                {u(QStringLiteral("/b.html")), str("乙里的缺失链接")}}));
        QCOMPARE(missing->detail.value(QLatin1String("sourceCount")).toInt(), 3);
        QCOMPARE(m_site->hits(QStringLiteral("/missing.html")), 1);

        const xj::ScanCandidate *error =
            out.find(QStringLiteral("link.broken"), u(QStringLiteral("/error.html")));
        QVERIFY(error);
        QCOMPARE(error->detail.value(QLatin1String("status")).toInt(), 500);
        QCOMPARE(sourcesOf(*error).size(), 2);

        const xj::ScanCandidate *refusedHit = out.find(QStringLiteral("link.broken"), refused);
        QVERIFY(refusedHit);
        QCOMPARE(refusedHit->detail.value(QLatin1String("error")).toString(), QStringLiteral("refused"));
        QCOMPARE(refusedHit->text, str("拒绝连接"));

        const xj::ScanCandidate *dnsHit = out.find(QStringLiteral("link.broken"), dns);
        QVERIFY(dnsHit);
        QCOMPARE(dnsHit->detail.value(QLatin1String("error")).toString(), QStringLiteral("dns"));
        QCOMPARE(sourcesOf(*dnsHit),
                 (QSet<QPair<QString, QString>>{{u(QStringLiteral("/index.html")), str("失效友链")},
                                                {u(QStringLiteral("/a.html")), str("友情链接")}}));

        const xj::ScanCandidate *image =
            out.find(QStringLiteral("link.broken"), u(QStringLiteral("/img/missing.png")));
        QVERIFY(image);
        QCOMPARE(sourcesOf(*image).values().first().first, u(QStringLiteral("/b.html")));

        // Nothing else is broken, and nothing is reported twice.
        QCOMPARE(out.withCheck(QStringLiteral("link.broken")).size(), 5);
        QCOMPARE(out.withCheck(QStringLiteral("link.soft404")).size(), 0);
    }

    void externalLinksCheckedNotCrawled()
    {
        FixtureHttpServer other;
        QVERIFY(other.listen());
        other.page(QStringLiteral("/ext.html"), 200,
                   html(str("外站"), {{str("/ext-child.html"), str("外站子页")}}));
        other.page(QStringLiteral("/ext-child.html"), 200, html(str("外站子页"), {}));
        FixtureHttpServer::Route noHead;
        noHead.headStatus = 405;
        noHead.body = "<html><body>no head here</body></html>";
        other.route(QStringLiteral("/nohead.html"), noHead);
        m_site->page(
            QStringLiteral("/index.html"), 200,
            html(str("首页"), {{other.url(QStringLiteral("/ext.html")).toString(), str("外站")},
                               {other.url(QStringLiteral("/nohead.html")).toString(), str("不收HEAD")},
                               {other.url(QStringLiteral("/gone.html")).toString(), str("外站死链")}}));
        const CrawlOutcome out =
            CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), localSettings());
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));

        QCOMPARE(other.hits(QStringLiteral("/ext.html")), 1);
        QCOMPARE(other.hits(QStringLiteral("/ext-child.html")), 0); // its links are not followed
        QCOMPARE(other.hits(QStringLiteral("/robots.txt")), 0);     // nor is the other site crawled
        for (const auto &r : other.requests()) {
            if (r.target == QLatin1String("/ext.html"))
                QCOMPARE(r.method, QByteArray("HEAD"));
        }
        QCOMPARE(other.hits(QStringLiteral("/nohead.html")), 2); // HEAD refused, then GET
        QCOMPARE(
            out.count(QStringLiteral("link.broken"), other.url(QStringLiteral("/nohead.html")).toString()),
            0);
        QVERIFY(out.find(QStringLiteral("link.broken"), other.url(QStringLiteral("/gone.html")).toString()));
        QCOMPARE(CrawlRun::urlCount(db(), out.scanId, QStringLiteral("kind = 'external'")), 3);
        QCOMPARE(CrawlRun::urlCount(db(), out.scanId, QStringLiteral("kind = 'page'")), 1);
    }

    void robotsDisallowHonoured_data()
    {
        QTest::addColumn<bool>("respect");
        QTest::newRow("respected") << true;
        QTest::newRow("switched off") << false;
    }
    void robotsDisallowHonoured()
    {
        QFETCH(bool, respect);
        m_site->page(QStringLiteral("/robots.txt"), 200, "User-agent: *\nDisallow: /private/\n",
                     "text/plain");
        m_site->page(QStringLiteral("/index.html"), 200,
                     html(str("首页"),
                          {{str("/private/secret.html"), str("内部")}, {str("/public.html"), str("公开")}}));
        m_site->page(QStringLiteral("/private/secret.html"), 200, html(str("内部"), {}));
        m_site->page(QStringLiteral("/public.html"), 200, html(str("公开"), {}));
        xj::CrawlSettings s = localSettings();
        s.respectRobots = respect;
        const CrawlOutcome out = CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), s);
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        QCOMPARE(m_site->hits(QStringLiteral("/public.html")), 1);
        QCOMPARE(m_site->hits(QStringLiteral("/robots.txt")), respect ? 1 : 0);
        QCOMPARE(m_site->hits(QStringLiteral("/private/secret.html")), respect ? 0 : 1);
        const QVariant state = CrawlRun::urlValue(db(), out.scanId, u(QStringLiteral("/private/secret.html")),
                                                  QStringLiteral("state || '/' || error"));
        QCOMPARE(state.toString(), respect ? QStringLiteral("skipped/robots") : QStringLiteral("done/"));
        QVERIFY(out.withCheck(QStringLiteral("link.broken")).isEmpty());
    }

    void crawlDelayHonoured()
    {
        m_site->page(QStringLiteral("/robots.txt"), 200, "User-agent: *\nCrawl-delay: 0.3\n", "text/plain");
        QList<QPair<QString, QString>> links;
        for (int i = 0; i < 4; ++i) {
            links.append({QStringLiteral("/p%1.html").arg(i), QStringLiteral("P%1").arg(i)});
            m_site->page(QStringLiteral("/p%1.html").arg(i), 200, html(QStringLiteral("P%1").arg(i), {}));
        }
        m_site->page(QStringLiteral("/index.html"), 200, html(str("首页"), links));
        const CrawlOutcome out =
            CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), localSettings());
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        QList<qint64> starts;
        for (const auto &r : m_site->requests()) {
            if (r.target.startsWith(QLatin1String("/p")) || r.target == QLatin1String("/index.html"))
                starts.append(r.atMs);
        }
        QCOMPARE(starts.size(), 5);
        for (qsizetype i = 1; i < starts.size(); ++i)
            QVERIFY2(
                starts[i] - starts[i - 1] >= 280,
                qPrintable(QStringLiteral("request %1 after %2 ms").arg(i).arg(starts[i] - starts[i - 1])));
    }

    void trapsStop()
    {
        // A calendar whose every month links to the next, forever (routes up to 2070 exist).
        QDate month(2026, 11, 1);
        for (int i = 0; i < 540; ++i, month = month.addMonths(1)) {
            const QString next = month.addMonths(1).toString(u"yyyy-MM");
            m_site->page(QStringLiteral("/cal.php?month=%1").arg(month.toString(u"yyyy-MM")), 200,
                         html(QStringLiteral("日历 %1").arg(month.toString(u"yyyy-MM")),
                              {{QStringLiteral("/cal.php?month=%1").arg(next), str("下个月")}}));
        }
        // A relative link that grows the path on every click.
        QString deep = QStringLiteral("/deep/");
        for (int i = 0; i < 40; ++i, deep += QStringLiteral("sub/"))
            m_site->page(deep, 200, html(str("深层"), {{str("sub/"), str("更深")}}));
        m_site->page(
            QStringLiteral("/index.html"), 200,
            html(str("首页"), {{str("/cal.php?month=2026-11"), str("日历")}, {str("/deep/"), str("深层")}}));
        xj::CrawlSettings s = localSettings();
        s.maxDepth = 1000;
        const CrawlOutcome out = CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), s);
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        // Nov 2026 … Dec 2028 are read; Jan 2029 is left as a calendar trap.
        QCOMPARE(m_site->hits(QStringLiteral("/cal.php?month=2028-12")), 1);
        QCOMPARE(m_site->hits(QStringLiteral("/cal.php?month=2029-01")), 0);
        QCOMPARE(CrawlRun::urlValue(db(), out.scanId, u(QStringLiteral("/cal.php?month=2029-01")),
                                    QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("calendar"));
        QCOMPARE(m_site->hits(QStringLiteral("/deep/sub/sub/")), 1);
        QCOMPARE(m_site->hits(QStringLiteral("/deep/sub/sub/sub/")), 0);
        QCOMPARE(CrawlRun::urlValue(db(), out.scanId, u(QStringLiteral("/deep/sub/sub/sub/")),
                                    QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("repeating_path"));
        QVERIFY(m_site->totalHits() < 40);
    }

    void soft404Detected()
    {
        // This host answers every unknown address with 200 and a friendly error page.
        FixtureHttpServer::Route notFound;
        notFound.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        notFound.body = html(str("青禾县人民政府"), {{str("/index.html"), str("返回首页")}},
                             str("<div class=\"err\">抱歉，您访问的页面不存在或已被删除。</div>"));
        m_site->fallback(notFound);
        m_site->page(QStringLiteral("/index.html"), 200,
                     html(str("首页"),
                          {{str("/news/deleted.html"), str("已删新闻")}, {str("/ok.html"), str("正常")}}));
        m_site->page(QStringLiteral("/ok.html"), 200,
                     html(str("正常页面"), {{str("/news/deleted.html"), str("又一处")}},
                          str("<p>本页面介绍404种常见问题的处理办法。</p>")));
        const CrawlOutcome out =
            CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), localSettings());
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        const xj::ScanCandidate *soft =
            out.find(QStringLiteral("link.soft404"), u(QStringLiteral("/news/deleted.html")));
        QVERIFY(soft);
        QCOMPARE(soft->detail.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(sourcesOf(*soft).size(), 2);
        QCOMPARE(out.withCheck(QStringLiteral("link.soft404")).size(), 1); // not ok.html, which mentions 404
        QCOMPARE(out.withCheck(QStringLiteral("link.broken")).size(), 0);
    }

    void redirectLoopReported()
    {
        m_site->redirect(QStringLiteral("/loop1.html"), QStringLiteral("/loop2.html"));
        m_site->redirect(QStringLiteral("/loop2.html"), QStringLiteral("/loop1.html"));
        m_site->redirect(QStringLiteral("/moved.html"), QStringLiteral("/new.html"), 301);
        m_site->page(QStringLiteral("/new.html"), 200, html(str("新址"), {}));
        m_site->page(
            QStringLiteral("/index.html"), 200,
            html(str("首页"), {{str("/loop1.html"), str("循环")}, {str("/moved.html"), str("搬家")}}));
        const CrawlOutcome out =
            CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), localSettings());
        const xj::ScanCandidate *loop =
            out.find(QStringLiteral("link.redirect_loop"), u(QStringLiteral("/loop1.html")));
        QVERIFY(loop);
        QCOMPARE(loop->text, str("循环"));
        QCOMPARE(loop->detail.value(QLatin1String("redirects")).toArray().size(), 2);
        QCOMPARE(out.withCheck(QStringLiteral("link.broken")).size(), 0); // a good redirect is fine
        QCOMPARE(m_site->hits(QStringLiteral("/new.html")), 1);
    }

    void maxPagesHonoured()
    {
        QList<QPair<QString, QString>> links;
        for (int i = 0; i < 30; ++i) {
            links.append({QStringLiteral("/n%1.html").arg(i), QStringLiteral("N%1").arg(i)});
            m_site->page(QStringLiteral("/n%1.html").arg(i), 200, html(QStringLiteral("N%1").arg(i), {}));
        }
        m_site->page(QStringLiteral("/index.html"), 200, html(str("首页"), links));
        xj::CrawlSettings s = localSettings();
        s.maxPages = 10;
        const CrawlOutcome out = CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), s);
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        int fetched = 0;
        for (const auto &r : m_site->requests())
            fetched += r.target.endsWith(QLatin1String(".html")) &&
                               !r.target.startsWith(QLatin1String("/xunjian-probe"))
                           ? 1
                           : 0;
        QCOMPARE(fetched, 10);
        QCOMPARE(CrawlRun::urlCount(db(), out.scanId, QStringLiteral("kind = 'page' AND state = 'done'")),
                 10);
        QCOMPARE(CrawlRun::urlCount(db(), out.scanId, QStringLiteral("error = 'max_pages'")), 21);
    }

    void maxDepthHonoured()
    {
        for (int i = 0; i < 6; ++i)
            m_site->page(QStringLiteral("/d%1.html").arg(i), 200,
                         html(QStringLiteral("D%1").arg(i),
                              {{QStringLiteral("/d%1.html").arg(i + 1), str("下一层")}}));
        xj::CrawlSettings s = localSettings();
        s.maxDepth = 2;
        const CrawlOutcome out = CrawlRun::run(db(), m_site->url(QStringLiteral("/d0.html")), s);
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        QCOMPARE(m_site->hits(QStringLiteral("/d2.html")), 1);
        QCOMPARE(m_site->hits(QStringLiteral("/d3.html")), 0);
        QCOMPARE(CrawlRun::urlValue(db(), out.scanId, u(QStringLiteral("/d3.html")), QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("depth"));
    }

    void busyServerRetried()
    {
        FixtureHttpServer::Route busy;
        busy.status = 429;
        busy.headers = {{"Retry-After", "1"}};
        FixtureHttpServer::Route fine;
        fine.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        fine.body = html(str("终于"), {});
        m_site->sequence(QStringLiteral("/busy.html"), {busy, fine});
        m_site->page(QStringLiteral("/index.html"), 200,
                     html(str("首页"), {{str("/busy.html"), str("繁忙")}}));
        const CrawlOutcome out =
            CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), localSettings());
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        QCOMPARE(m_site->hits(QStringLiteral("/busy.html")), 2);
        QCOMPARE(
            CrawlRun::urlValue(db(), out.scanId, u(QStringLiteral("/busy.html")), QStringLiteral("title"))
                .toString(),
            str("终于"));
        QVERIFY(out.withCheck(QStringLiteral("link.broken")).isEmpty());
        qint64 first = -1, second = -1;
        for (const auto &r : m_site->requests()) {
            if (r.target == QLatin1String("/busy.html"))
                (first < 0 ? first : second) = r.atMs;
        }
        QVERIFY2(second - first >= 900, qPrintable(QString::number(second - first))); // Retry-After: 1
    }

    void mislabelledCharsets()
    {
        const QString gbkTitle = str("青禾县人民政府办公室关于做好冬季防火工作的通知");
        const QString big5Title = str("青禾縣政府資訊公開專欄");
        auto encoded = [](const QString &text, const char *charset) {
            QStringEncoder encoder(charset);
            return QByteArray(encoder.encode(text));
        };
        const QString gbkHtml =
            QStringLiteral("<html><head><title>%1</title></head><body><p>%2</p></body></html>")
                .arg(gbkTitle, str("各乡镇人民政府，县政府各部门：为切实做好今冬明春森林防火工作，现将有关事"
                                   "项通知如下。"));
        m_site->page(QStringLiteral("/gbk.html"), 200, encoded(gbkHtml, "GBK"), "text/html; charset=utf-8");
        const QString big5Html =
            QStringLiteral("<html><head><title>%1</title></head><body><p>%2</p></body></html>")
                .arg(big5Title, str("本專欄公開縣政府各類政府資訊，歡迎民眾查閱。"));
        m_site->page(QStringLiteral("/big5.html"), 200, encoded(big5Html, "Big5"), "text/html");
        m_site->page(QStringLiteral("/index.html"), 200,
                     html(str("首页"), {{str("/gbk.html"), str("通知")}, {str("/big5.html"), str("繁体")}}));
        const CrawlOutcome out =
            CrawlRun::run(db(), m_site->url(QStringLiteral("/index.html")), localSettings());
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        QCOMPARE(CrawlRun::urlValue(db(), out.scanId, u(QStringLiteral("/gbk.html")), QStringLiteral("title"))
                     .toString(),
                 gbkTitle);
        QCOMPARE(
            CrawlRun::urlValue(db(), out.scanId, u(QStringLiteral("/big5.html")), QStringLiteral("title"))
                .toString(),
            big5Title);
    }
};

QTEST_GUILESS_MAIN(TestSiteCrawler)
#include "tst_sitecrawler.moc"
