// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrawlRun.h"
#include "DatabaseTestCase.h"
#include "demo/DemoSiteGenerator.h"
#include "net/StaticFileServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate Today(2026, 11, 27);

/// A demo site generated into a temporary folder and served on 127.0.0.1.
struct ServedDemo
{
    QTemporaryDir dir;
    std::unique_ptr<xj::StaticFileServer> server;
    QJsonArray problems;
};

bool serve(ServedDemo &demo, bool clean)
{
    xj::DemoSiteSpec spec;
    spec.seed = 1;
    spec.clean = clean;
    spec.today = Today;
    if (!demo.dir.isValid() || !xj::DemoSiteGenerator::generate(spec, demo.dir.path()))
        return false;
    QFile key(demo.dir.filePath(xj::DemoSiteGenerator::AnswerKeyFileName));
    if (!key.open(QIODevice::ReadOnly))
        return false;
    demo.problems =
        QJsonDocument::fromJson(key.readAll()).object().value(QLatin1String("problems")).toArray();
    demo.server = std::make_unique<xj::StaticFileServer>(demo.dir.path());
    return bool(demo.server->listen());
}

xj::CrawlSettings demoSettings()
{
    xj::CrawlSettings s = CrawlRun::localSettings();
    s.checkExternal = false;
    s.requestsPerSecond = 0;
    s.concurrencyPerHost = 6;
    s.runPageChecks = true;
    return s;
}

bool isScanCheck(const QString &id)
{
    for (const char *prefix : {"link.", "column.", "home.stale", "message.", "date."}) {
        if (id.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

} // namespace

/// The demo site with its answer key, crawled as a whole: every planted link, date, column and
/// message problem is found on its page; the clean variant gives no scan candidate at all.
class TestScanDemo : public DatabaseTestCase
{
    Q_OBJECT

private slots:
    void plantedProblemsFound()
    {
        ServedDemo demo;
        QVERIFY(serve(demo, false));
        const QString base = demo.server->baseUrl().toString();
        const CrawlOutcome out = CrawlRun::run(
            db(), demo.server->baseUrl().resolved(QUrl(QStringLiteral("index.html"))), demoSettings(), Today);
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        QVERIFY(CrawlRun::urlCount(db(), out.scanId, QStringLiteral("kind = 'page' AND state = 'done'")) >
                150);

        QStringList misses;
        int checked = 0;
        for (const QJsonValue &v : demo.problems) {
            const QJsonObject p = v.toObject();
            const QString category = p.value(QLatin1String("category")).toString();
            const QString page = base + p.value(QLatin1String("page")).toString();
            const QString target = p.value(QLatin1String("target")).toString();
            const QString id = p.value(QLatin1String("id")).toString();
            QStringList ids;
            if (category == QLatin1String("P07"))
                ids = {QStringLiteral("link.broken")};
            else if (category == QLatin1String("P02"))
                ids = {QStringLiteral("date.future"), QStringLiteral("date.inconsistent")};
            else if (category == QLatin1String("P03"))
                ids = {QStringLiteral("column.blank")};
            else if (category == QLatin1String("P04"))
                ids = {QStringLiteral("column.stale")};
            else if (category == QLatin1String("P10"))
                ids = {QStringLiteral("message.unanswered"), QStringLiteral("message.late"),
                       QStringLiteral("message.boilerplate")};
            else
                continue;
            ++checked;
            bool found = false;
            for (const xj::ScanCandidate &c : out.candidates) {
                if (!ids.contains(c.checkId))
                    continue;
                if (category == QLatin1String("P07")) {
                    // The dead target, reported with the planted page among its sources.
                    const QString url = target.contains(QLatin1String("://")) ? target : base + target;
                    const QString sources = QString::fromUtf8(
                        QJsonDocument(c.detail.value(QLatin1String("sources")).toArray()).toJson());
                    found = found ||
                            (c.url == url && sources.contains(QLatin1Char('"') + page + QLatin1Char('"')));
                } else {
                    // A page-check hit seen on several pages is one candidate listing them all.
                    const QJsonArray pages = c.detail.value(QLatin1String("pages")).toArray();
                    found = found || c.url == page || c.sourceUrl == page || pages.contains(QJsonValue(page));
                }
            }
            if (!found)
                misses.append(QStringLiteral("%1 (%2 on %3)").arg(id, ids.join(QLatin1Char('/')), page));
        }
        QCOMPARE(checked, 15); // 3 × P02, 2 × P03, 2 × P04, 5 × P07, 3 × P10
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join(QLatin1String("; "))));
        // .invalid hosts are dead without a lookup when other sites are not checked.
        const xj::ScanCandidate *friendLink =
            out.find(QStringLiteral("link.broken"), QStringLiteral("http://www.qinghe-lvyou.invalid/"));
        QVERIFY(friendLink);
        QCOMPARE(friendLink->detail.value(QLatin1String("error")).toString(), QStringLiteral("dns"));
    }

    void cleanSiteGivesNoCandidates()
    {
        ServedDemo demo;
        QVERIFY(serve(demo, true));
        QVERIFY(demo.problems.isEmpty());
        const CrawlOutcome out = CrawlRun::run(
            db(), demo.server->baseUrl().resolved(QUrl(QStringLiteral("index.html"))), demoSettings(), Today);
        QCOMPARE(int(out.state), int(xj::ScanRecord::State::Finished));
        QVERIFY(CrawlRun::urlCount(db(), out.scanId, QStringLiteral("kind = 'page' AND state = 'done'")) >
                150);
        QStringList alarms;
        for (const xj::ScanCandidate &c : out.candidates) {
            if (isScanCheck(c.checkId))
                alarms.append(QStringLiteral("%1 %2 «%3»").arg(c.checkId, c.url, c.text));
        }
        QVERIFY2(alarms.isEmpty(), qPrintable(alarms.join(QLatin1String("; "))));
        QCOMPARE(CrawlRun::urlCount(db(), out.scanId, QStringLiteral("state = 'failed'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestScanDemo)
#include "tst_scandemo.moc"
