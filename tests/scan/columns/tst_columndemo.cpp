// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSiteReader.h"
#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"
#include "demo/DemoAnswerKey.h"
#include "demo/DemoSiteGenerator.h"
#include "scan/ScanRules.h"
#include "scan/columns/ColumnAggregator.h"
#include "scan/columns/ColumnPageReader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

namespace {

const QString Base = DemoSiteReader::BaseUrl;

struct Scanned
{
    DemoAnswerKey key;
    ColumnAggregator::Evaluation evaluation;
};

QString describe(const ScanCandidates &candidates)
{
    QStringList out;
    for (const ScanCandidate &c : candidates)
        out.append(c.checkId + QLatin1Char(' ') + c.url + QStringLiteral(" “") + c.text +
                   QStringLiteral("” ") + c.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace

/// The column analysis against the demo site's answer key: every planted blank and stale column
/// (and the list entry dated in the future) is found on the right column, and the clean variant
/// of the same site yields nothing.
class TestColumnDemo : public QObject
{
    Q_OBJECT

    // Reads every page as a crawl would hand it over (facts through their stored JSON).
    static void scan(bool clean, Scanned &out)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto manifest = DemoSiteGenerator::generate(DemoSiteReader::spec(1, clean), dir.path());
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().fullText()));
        auto key = DemoAnswerKey::load(QDir(dir.path()).filePath(DemoSiteGenerator::AnswerKeyFileName));
        QVERIFY(key.ok());
        out.key = key.value();
        ColumnAggregator aggregator;
        const QStringList pages = DemoSiteReader::pagesOf(dir.path());
        QVERIFY(pages.size() > 100);
        for (const QString &path : pages) {
            const auto page = DemoSiteReader::snapshotOf(dir.path(), path);
            QVERIFY2(page, qPrintable(path));
            const ColumnPageFacts facts = ColumnPageReader::read(*page);
            aggregator.addPage(page->url.toString(), ColumnPageFacts::fromJson(facts.toJson()),
                               path == QLatin1String("index.html"));
        }
        out.evaluation = aggregator.evaluate(DemoSiteReader::Today, ScanRules{}, {});
    }

private slots:
    void everyPlantedColumnProblemIsFound()
    {
        Scanned s;
        scan(false, s);
        const ColumnAggregator::Evaluation &e = s.evaluation;
        const QHash<QString, QString> checkFor{{QStringLiteral("P03"), QStringLiteral("column.blank")},
                                               {QStringLiteral("P04"), QStringLiteral("column.stale")}};
        QStringList missed;
        int expected = 0;
        for (const DemoProblem &p : s.key.problems) {
            const bool future = p.id == QLatin1String("P02-future-date");
            if (!checkFor.contains(p.category) && !future)
                continue;
            ++expected;
            const bool found =
                std::any_of(e.candidates.cbegin(), e.candidates.cend(), [&](const ScanCandidate &c) {
                    if (future)
                        return c.checkId == QLatin1String("date.future") &&
                               c.detail.value(QStringLiteral("itemUrl")).toString() == Base + p.page;
                    return c.checkId == checkFor.value(p.category) && c.url == Base + p.page;
                });
            if (!found)
                missed.append(p.id + QStringLiteral(" on ") + p.page);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n')) + QStringLiteral("\nfound:\n") +
                                              describe(e.candidates)));
        // P03 ×2, P04 ×2 and the time travel of seed 1 — and nothing else.
        QCOMPARE(expected, 5);
        QVERIFY2(e.candidates.size() == expected, qPrintable(describe(e.candidates)));
        QCOMPARE(e.blankCount, 2);
        QCOMPARE(e.staleCount, 1);         // 乡镇动态
        QCOMPARE(e.updatingStaleCount, 1); // 人事信息
        QVERIFY(!e.homeStale);
        QVERIFY(e.homeNewest.isValid());
        QVERIFY(!e.veto.value(QStringLiteral("W-V4")).toObject().value(QStringLiteral("veto")).toBool());

        // The evidence names the column and its newest entry.
        for (const ScanCandidate &c : e.candidates) {
            if (c.checkId != QLatin1String("column.stale"))
                continue;
            QVERIFY(!c.detail.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!c.detail.value(QStringLiteral("newestUrl")).toString().isEmpty());
            QVERIFY(c.detail.value(QStringLiteral("itemCount")).toInt() > 0);
        }
    }

    void columnsAreRecognised()
    {
        Scanned s;
        scan(true, s);
        QHash<QString, ColumnSummary> byKey;
        for (const ColumnSummary &c : s.evaluation.columns)
            byKey.insert(c.key, c);
        const auto expect = [&](const char *key, const char *name, int level, ColumnClass cls) {
            const ColumnSummary c = byKey.value(QString::fromLatin1(key));
            QVERIFY2(c.key == QLatin1String(key), key);
            QCOMPARE(c.name, QString::fromUtf8(name));
            QCOMPARE(c.level, level);
            QCOMPARE(c.cls, cls);
            QVERIFY(c.itemCount > 0);
            QCOMPARE(c.url, Base + QString::fromLatin1(key).mid(1) + QStringLiteral("index.html"));
        };
        expect("/zwdt/", "政务动态", 1, ColumnClass::News);
        expect("/zwdt/xzdt/", "乡镇动态", 2, ColumnClass::News);
        expect("/tzgg/", "通知公告", 1, ColumnClass::NoticePolicy);
        expect("/zcwj/xzfwj/", "县政府文件", 2, ColumnClass::NoticePolicy);
        expect("/rsxx/", "人事信息", 1, ColumnClass::PersonnelPlan);
        expect("/ghjh/zxgh/", "专项规划", 2, ColumnClass::PersonnelPlan);
        // The message board is a list too, judged by the message analysis instead.
        QCOMPARE(byKey.value(QStringLiteral("/hdjl/")).cls, ColumnClass::Static);
        // Article, guide, leader and search pages are no columns.
        for (const QString &key : byKey.keys())
            QVERIFY2(!key.contains(QLatin1String("/20")) && !key.startsWith(QLatin1String("/ldzc")) &&
                         !key.startsWith(QLatin1String("/bszn")) && !key.startsWith(QLatin1String("/search")),
                     qPrintable(key));
    }

    void cleanSiteHasNoCandidates()
    {
        Scanned s;
        scan(true, s);
        QVERIFY(s.key.problems.isEmpty());
        QVERIFY2(s.evaluation.candidates.isEmpty(), qPrintable(describe(s.evaluation.candidates)));
        QVERIFY(s.evaluation.columns.size() >= 15);
        QVERIFY(!s.evaluation.homeStale);
    }
};

QTEST_GUILESS_MAIN(TestColumnDemo)
#include "tst_columndemo.moc"
