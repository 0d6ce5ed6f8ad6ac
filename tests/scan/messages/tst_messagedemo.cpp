// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSiteReader.h"
#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"
#include "core/WorkingCalendar.h"
#include "demo/DemoAnswerKey.h"
#include "demo/DemoSiteGenerator.h"
#include "scan/ScanRules.h"
#include "scan/messages/MessageAggregator.h"
#include "scan/messages/MessagePageReader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

/// The message-board analysis against the demo site's answer key: every planted P10 problem gives
/// its candidate on its detail page, nothing else is flagged, and the clean variant of the same
/// site gives no candidate at all.
class TestMessageDemo : public QObject
{
    Q_OBJECT

private:
    static inline const QString Base = DemoSiteReader::BaseUrl;

    struct Scan
    {
        DemoAnswerKey key;
        MessageAggregator::Evaluation evaluation;
        int boardPages = 0;
    };

    // Generates the site, reads every page as a crawl would and judges the board.
    static void scan(bool clean, Scan &out)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto manifest = DemoSiteGenerator::generate(DemoSiteReader::spec(1, clean), dir.path());
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().fullText()));
        auto key = DemoAnswerKey::load(QDir(dir.path()).filePath(DemoSiteGenerator::AnswerKeyFileName));
        QVERIFY(key.ok());
        out.key = key.value();
        auto stock = StockReplies::bundled();
        auto calendar = WorkingCalendar::bundled();
        QVERIFY(stock.ok() && calendar.ok());

        MessageAggregator aggregator(stock.value());
        const QStringList pages = DemoSiteReader::pagesOf(dir.path());
        QVERIFY(pages.size() > 100);
        for (const QString &page : pages) {
            const auto snapshot = DemoSiteReader::snapshotOf(dir.path(), page);
            QVERIFY2(snapshot, qPrintable(page));
            const MessagePageFacts facts = MessagePageReader::read(*snapshot);
            if (facts.isEmpty())
                continue;
            ++out.boardPages;
            // Through the stored form, as a resumed scan would read it.
            aggregator.addPage(snapshot->url.toString(), MessagePageFacts::fromJson(facts.toJson()));
        }
        out.evaluation = aggregator.evaluate(DemoSiteReader::Today, ScanRules(), calendar.value());
    }

    static QString describe(const ScanCandidate &c)
    {
        return c.checkId + QLatin1Char(' ') + c.url.mid(Base.size()) + QStringLiteral(" “") + c.text +
               QStringLiteral("” ") + c.message;
    }

private slots:
    void everyPlantedProblemIsFound()
    {
        Scan s;
        scan(false, s);
        if (QTest::currentTestFailed())
            return;
        // The check each planted message problem must raise.
        const QHash<QString, QString> expected{
            {QStringLiteral("P10-unanswered"), QStringLiteral("message.unanswered")},
            {QStringLiteral("P10-late-reply"), QStringLiteral("message.unanswered")},
            {QStringLiteral("P10-perfunctory-reply"), QStringLiteral("message.boilerplate")},
        };
        QStringList missed;
        QSet<QString> plantedPages;
        int planted = 0;
        for (const DemoProblem &p : s.key.problems) {
            if (p.category != QLatin1String("P10"))
                continue;
            ++planted;
            plantedPages.insert(Base + p.page);
            const QString check = expected.value(p.id);
            bool found = false;
            for (const ScanCandidate &c : s.evaluation.candidates) {
                const bool rightCheck =
                    check.isEmpty() ? c.checkId.startsWith(QLatin1String("message.")) : c.checkId == check;
                if (rightCheck && c.url == Base + p.page && !c.text.isEmpty() && p.text.contains(c.text))
                    found = true;
            }
            if (!found)
                missed.append(p.id + QStringLiteral(" on ") + p.page + QStringLiteral(": ") + p.text);
        }
        QStringList all;
        for (const ScanCandidate &c : s.evaluation.candidates)
            all.append(describe(c));
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n')) + QStringLiteral("\nfound:\n") +
                                              all.join(QLatin1Char('\n'))));
        QCOMPARE(planted, 3);
        // Nothing but the planted problems.
        QStringList extra;
        for (const ScanCandidate &c : s.evaluation.candidates) {
            if (!plantedPages.contains(c.url))
                extra.append(describe(c));
        }
        QVERIFY2(extra.isEmpty(), qPrintable(extra.join(QLatin1Char('\n'))));
        QCOMPARE(s.evaluation.unanswered, 2);
        QCOMPARE(s.evaluation.veto.value(QStringLiteral("verdict")).toString(), QStringLiteral("veto"));
        // The two list pages and the 24 detail pages; every message of the last year.
        QCOMPARE(s.boardPages, 26);
        QCOMPARE(s.evaluation.messages, 24);
    }

    void cleanSiteHasNoCandidates()
    {
        Scan s;
        scan(true, s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(s.key.problems.isEmpty());
        QStringList found;
        for (const ScanCandidate &c : s.evaluation.candidates)
            found.append(describe(c));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(s.evaluation.messages, 24);
        QCOMPARE(s.evaluation.veto.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    }
};

QTEST_GUILESS_MAIN(TestMessageDemo)
#include "tst_messagedemo.moc"
