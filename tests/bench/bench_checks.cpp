// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckDictionaries.h"
#include "checks/CheckEngine.h"
#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"
#include "checks/typo/PinyinTable.h"
#include "demo/DemoSiteGenerator.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace xj;

// All checks on a 2 MB Chinese page with the full bundled dictionaries (target: under 20 ms
// median). Baseline, in the same run: a naive search of the same page for every dictionary pattern
// one after another (QString::indexOf per pattern), the approach the one-pass matchers replace.
// Also reported: loading the dictionaries (word lists, matchers, Hunspell, the pinyin table).
class BenchChecks : public QObject
{
    Q_OBJECT

    std::shared_ptr<CheckDictionaries> m_dictionaries;
    PageSnapshot m_page;
    qsizetype m_utf8Bytes = 0;

    static double medianMs(QList<double> times)
    {
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    }

    /// Paragraphs of the demo site's articles, repeated until the page is 2 MB of UTF-8, with a
    /// few problems of every kind the text checks look for.
    static QString bigPage()
    {
        DemoSiteSpec spec;
        spec.today = QDate(2026, 11, 20);
        spec.articlePages = 300;
        auto site = DemoSiteGenerator::build(spec);
        if (!site)
            return {};
        static const QRegularExpression paragraph(QStringLiteral("<p>([^<]{20,})</p>"));
        QStringList paragraphs;
        for (auto it = site.value().files.files().cbegin(); it != site.value().files.files().cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")) || it.key().startsWith(QLatin1String("hdjl")))
                continue;
            for (auto m = paragraph.globalMatch(QString::fromUtf8(it.value())); m.hasNext();)
                paragraphs.append(m.next().captured(1));
        }
        QString html =
            QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>大页面</title>"
                           "<meta name=\"PubDate\" content=\"2026-11-18 09:30\"></head><body>");
        const QStringList planted{QStringLiteral("各单位要周密布署，再接再励。"),
                                  QStringLiteral("联系人手机13812345678，身份证号330106198001011235。"),
                                  QStringLiteral("发布时间：2026-12-30"),
                                  QStringLiteral("The Goverment portal.")};
        for (int i = 0; html.toUtf8().size() < 2 * 1024 * 1024; ++i) {
            html += QStringLiteral("<p>") + paragraphs.at(i % paragraphs.size()) + QStringLiteral("</p>\n");
            if (i % 500 == 0)
                html +=
                    QStringLiteral("<p>") + planted.at((i / 500) % planted.size()) + QStringLiteral("</p>\n");
        }
        return html +
               QStringLiteral("<div class=\"footer\">网站标识码：3399990001 浙ICP备12345678号 浙公网安备 "
                              "33999902000101号</div></body></html>");
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer load;
        load.start();
        auto lists = CheckDictionaries::bundledLists();
        QVERIFY(lists.ok());
        const qint64 readMs = load.elapsed();
        const qint64 pinyinMs = PinyinTable::instance().buildMilliseconds();
        m_dictionaries = std::make_shared<CheckDictionaries>(lists.value());
        qInfo("Dictionary load: %lld ms in all (%lld ms reading the lists, %lld ms the pinyin table); "
              "%lld confusion pairs, %lld protected terms, %lld spam words",
              qint64(load.elapsed()), readMs, pinyinMs, qint64(lists.value().confusion.size()),
              qint64(lists.value().protectedTerms.size()), qint64(lists.value().spamKeywords.size()));
        const QString html = bigPage();
        m_utf8Bytes = html.toUtf8().size();
        QVERIFY(m_utf8Bytes >= 2 * 1024 * 1024);
        QElapsedTimer parse;
        parse.start();
        m_page = StaticPageReader::read(html, QUrl(QStringLiteral("http://www.qhx-demo.gov.cn/big.html")));
        m_page.inspectionDate = QDate(2026, 11, 20);
        qInfo("Page: %.2f MB of UTF-8, %lld blocks, read without rendering in %lld ms",
              m_utf8Bytes / 1048576.0, qint64(m_page.blocks.size()), qint64(parse.elapsed()));
    }

    void allChecksOnTwoMegabytes()
    {
        const CheckEngine engine(m_dictionaries);
        Candidates found = engine.run(m_page); // warm-up; its result is checked below
        QList<double> times;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer t;
            t.start();
            found = engine.run(m_page);
            times.append(t.nsecsElapsed() / 1e6);
        }
        const double ms = medianMs(times);
        qInfo("All checks: median %.1f ms over 9 runs = %.0f MB/s", ms,
              m_utf8Bytes / 1048576.0 / (ms / 1000));
        QStringList ids;
        for (const Candidate &c : found)
            ids.append(c.checkId);
        for (const char *id :
             {"typo.confusion", "privacy.id_number", "privacy.mobile", "date.future", "typo.english"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void engineRun()
    {
        const CheckEngine engine(m_dictionaries);
        QBENCHMARK {
            engine.run(m_page);
        }
    }

    void baselineNaivePerPatternSearch()
    {
        const CheckDictionaries::Lists &lists = m_dictionaries->lists();
        QStringList patterns;
        for (const ConfusionPair &p : lists.confusion)
            patterns.append(p.wrong);
        for (const auto &k : lists.spamKeywords)
            patterns.append(k.word);
        for (const ProtectedTerm &t : lists.protectedTerms)
            patterns.append(t.term);
        patterns += lists.confusionAllowed;
        QList<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            hits = 0;
            for (const QString &p : std::as_const(patterns)) {
                for (qsizetype at = m_page.text.indexOf(p); at >= 0; at = m_page.text.indexOf(p, at + 1))
                    ++hits;
            }
            times.append(t.nsecsElapsed() / 1e6);
        }
        const double ms = medianMs(times);
        qInfo("Baseline, naive search for %lld patterns one by one (exact matches only, no homophones): "
              "median %.1f ms = %.1f MB/s, %lld hits",
              qint64(patterns.size()), ms, m_utf8Bytes / 1048576.0 / (ms / 1000), qint64(hits));
        QVERIFY(hits > 0);
    }
};

QTEST_GUILESS_MAIN(BenchChecks)
#include "bench_checks.moc"
