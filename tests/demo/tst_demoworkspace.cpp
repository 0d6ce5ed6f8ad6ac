// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "demo/DemoSiteHost.h"
#include "demo/DemoWorkspace.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace xj;

// The demo of a first start: generated sites on disk, a registry and a round in the database, and
// the sites served on 127.0.0.1 — on another port, with every address moved, when theirs is taken.
class TestDemoWorkspace : public DatabaseTestCase
{
    Q_OBJECT

    static QByteArray fetch(const QUrl &url, int *status)
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private slots:
    void createsRegistryRoundAndSites()
    {
        QList<std::pair<int, int>> progress;
        auto entries = DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24),
                                             [&](int done, int total) {
                                                 progress.append({done, total});
                                             });
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().fullText()));
        QCOMPARE(entries.value().size(), 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first, progress.last().second);

        QCOMPARE(count(QStringLiteral("units")), 3);
        QCOMPARE(count(QStringLiteral("sites WHERE kind = 'website'")), 2);
        QCOMPARE(count(QStringLiteral("sites WHERE kind = 'newmedia'")), 3);
        auto rounds = RoundRepository(db()).all();
        QVERIFY(rounds.ok());
        // This quarter's round, and last quarter's that has been through its rectification.
        QCOMPARE(rounds.value().size(), 2);
        const Round round = rounds.value().first();
        QCOMPARE(round.kind, RoundKind::Quarterly);
        QCOMPARE(round.inspectionDate, QDate(2026, 11, 24));
        QVERIFY(round.websiteTemplateId > 0 && round.newMediaTemplateId > 0);
        QVERIFY(count(QStringLiteral("verdicts")) >= 4);

        // Every finding points at a page of the generated site that exists.
        const DemoSiteEntry planted = entries.value().first();
        auto findings = FindingRepository(db()).list({round.id, planted.siteId});
        QVERIFY(findings.ok());
        QVERIFY(findings.value().size() >= 4);
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(planted.port);
        for (const Finding &f : findings.value()) {
            QVERIFY2(f.url.startsWith(base), qPrintable(f.url));
            const QString file = QDir(dir().path()).filePath(planted.folder + u'/' + f.url.mid(base.size()));
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY(!f.itemCode.isEmpty());
        }
        QVERIFY(QFileInfo::exists(
            QDir(dir().path()).filePath(entries.value().at(1).folder + QStringLiteral("/index.html"))));

        auto stored = DemoWorkspace::entries(db());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 2);
        QCOMPARE(stored.value().first().folder, planted.folder);
    }

    void refusedWhenTheRegistryIsNotEmpty()
    {
        QVERIFY(DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24)).ok());
        const int sites = count(QStringLiteral("sites"));
        auto again = DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("already holds")),
                 qPrintable(again.error().message));
        QCOMPARE(count(QStringLiteral("sites")), sites);
        QCOMPARE(count(QStringLiteral("rounds")), 2);
    }

    void previousRoundIsThroughItsLifecycle()
    {
        QVERIFY(DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24)).ok());
        auto rounds = RoundRepository(db()).all();
        QVERIFY(rounds.ok());
        QCOMPARE(rounds.value().size(), 2);
        const Round previous = rounds.value().last();
        QCOMPARE(previous.period, QStringLiteral("2026Q3"));
        QVERIFY(previous.inspectionDate < QDate(2026, 10, 1));
        // One finding in each of the ends a quarter can reach, one notice, feedback and re-checks.
        const QString where = QStringLiteral("findings WHERE round_id = %1 AND state = '%2'");
        for (const char *state : {"recheck_passed", "recheck_failed", "notified", "false_positive"})
            QCOMPARE(count(where.arg(previous.id).arg(QLatin1String(state))), 1);
        QCOMPARE(count(QStringLiteral("notices WHERE round_id = %1").arg(previous.id)), 1);
        QCOMPARE(count(QStringLiteral("finding_feedback")), 2);
        QCOMPARE(count(QStringLiteral("finding_rechecks")), 2);
        QVERIFY(count(QStringLiteral("finding_history")) >= 12);
    }

    void servesTheDemoSites()
    {
        auto entries = DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24));
        QVERIFY(entries.ok());
        DemoSiteHost host;
        auto served = host.start(db());
        QVERIFY2(served.ok(), qPrintable(served.ok() ? QString() : served.error().fullText()));
        QCOMPARE(served.value().size(), 2);
        int status = 0;
        const QByteArray page =
            fetch(served.value().first().url.resolved(QUrl(QStringLiteral("index.html"))), &status);
        QCOMPARE(status, 200);
        QVERIFY(QString::fromUtf8(page).contains(QStringLiteral("青禾县人民政府")));
    }

    void movesToAFreePortWhenTaken()
    {
        auto entries = DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24));
        QVERIFY(entries.ok());
        const DemoSiteEntry planted = entries.value().first();
        QTcpServer squatter; // another program on the demo's port
        if (!squatter.listen(QHostAddress::LocalHost, planted.port))
            QSKIP("the demo port is taken by something else already; the case below is what this test makes");

        DemoSiteHost host;
        auto served = host.start(db());
        QVERIFY(served.ok());
        const QUrl url = served.value().first().url;
        QVERIFY(url.port() != planted.port);
        const QString newBase = url.toString();
        auto site = SiteRepository(db()).get(planted.siteId);
        QCOMPARE(site.value().url, newBase);
        for (const Finding &f : FindingRepository(db()).list({0, planted.siteId}).value())
            QVERIFY2(f.url.startsWith(newBase), qPrintable(f.url));
        QCOMPARE(DemoWorkspace::entries(db()).value().first().port, quint16(url.port()));
        int status = 0;
        fetch(url, &status);
        QCOMPARE(status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
