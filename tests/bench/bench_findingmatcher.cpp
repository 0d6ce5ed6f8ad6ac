// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/FindingMatcher.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace xj;

// Pairing two teams' findings of a whole round the way training scores and peer audits do:
// 50 sites, 60 findings per site and team (3,000 a side), four in five of team B's findings the
// same problems as team A's, quoted in other words around the same wrong text. Measured: the
// one-to-one maximum matching per site (what the comparison screen does) and in one call over the
// whole round. Baseline in the same run: the naive approach — a greedy first-come pairing per site
// asking FindingMatcher::overlaps() for every pair (it can pair fewer findings, and normalises the
// texts again for every pair where the matcher prepares each finding once).
class BenchFindingMatcher : public QObject
{
    Q_OBJECT

    static constexpr int Sites = 50;
    static constexpr int PerSite = 60;
    static constexpr int SharedPerSite = 48; // the problems both teams found
    QList<QList<MatchSubject>> m_teamA;      // by site
    QList<QList<MatchSubject>> m_teamB;

    static double medianMs(QList<double> times)
    {
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    }

    static MatchSubject subject(int site, int problem, const QString &quote)
    {
        MatchSubject s;
        s.itemCode = QStringLiteral("W-D%1").arg(1 + problem % 13);
        s.page = QStringLiteral("/s%1/page%2.html").arg(site).arg(problem % 12);
        s.selector = QStringLiteral("body > div.main > p:nth-of-type(%1)").arg(1 + problem % 7);
        s.texts = {quote};
        return s;
    }

    static int greedyPairs(const QList<MatchSubject> &left, const QList<MatchSubject> &right)
    {
        QList<bool> taken(right.size(), false);
        int pairs = 0;
        for (const MatchSubject &a : left) {
            for (qsizetype j = 0; j < right.size(); ++j) {
                if (!taken.at(j) && FindingMatcher::overlaps(a, right.at(j))) {
                    taken[j] = true;
                    ++pairs;
                    break;
                }
            }
        }
        return pairs;
    }

private slots:
    void initTestCase()
    {
        for (int site = 0; site < Sites; ++site) {
            QList<MatchSubject> a, b;
            for (int p = 0; p < PerSite; ++p) {
                const QString wrong = QStringLiteral("错误文字%1号%2").arg(site).arg(p);
                a.append(subject(site, p, QStringLiteral("页面写作“%1”，应更正").arg(wrong)));
                b.append(p < SharedPerSite
                             ? subject(site, p, wrong)
                             : subject(site, p + 1000, QStringLiteral("另一问题%1-%2").arg(site).arg(p)));
            }
            std::reverse(b.begin(), b.end()); // the other team lists them in its own order
            m_teamA.append(a);
            m_teamB.append(b);
        }
    }

    void matchPerSite()
    {
        QList<double> times, baseline;
        int pairs = 0, greedy = 0;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            pairs = 0;
            for (int site = 0; site < Sites; ++site)
                pairs += int(FindingMatcher::match(m_teamA.at(site), m_teamB.at(site)).pairs.size());
            times.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            greedy = 0;
            for (int site = 0; site < Sites; ++site)
                greedy += greedyPairs(m_teamA.at(site), m_teamB.at(site));
            baseline.append(timer.nsecsElapsed() / 1e6);
        }
        QCOMPARE(pairs, Sites * SharedPerSite);
        QVERIFY(greedy <= pairs);
        qInfo("per site: matching %.1f ms, greedy baseline %.1f ms (median of 7), ratio %.2fx; %d pairs",
              medianMs(times), medianMs(baseline), medianMs(times) / std::max(0.001, medianMs(baseline)),
              pairs);
    }

    void matchWholeRoundInOneCall()
    {
        QList<MatchSubject> a, b;
        for (int site = 0; site < Sites; ++site) {
            a += m_teamA.at(site);
            b += m_teamB.at(site);
        }
        QElapsedTimer timer;
        timer.start();
        const auto matching = FindingMatcher::match(a, b);
        const double ms = timer.nsecsElapsed() / 1e6;
        QCOMPARE(int(matching.pairs.size()), Sites * SharedPerSite);
        qInfo("whole round in one call (3,000 x 3,000): %.1f ms", ms);
    }
};

QTEST_GUILESS_MAIN(BenchFindingMatcher)
#include "bench_findingmatcher.moc"
