// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/FindingMatcher.h"
#include "matching/PagePath.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using xj::FindingMatcher;
using xj::MatchSubject;
using xj::PagePath;

namespace {

/// A subject written as "item|page|selector|text;text", so a table row reads like the finding.
MatchSubject subject(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    MatchSubject s;
    s.itemCode = parts.value(0);
    s.page = parts.value(1);
    s.selector = parts.value(2);
    if (!parts.value(3).isEmpty())
        s.texts = parts.value(3).split(QLatin1Char(';'));
    return s;
}

QList<MatchSubject> subjects(const QStringList &specs)
{
    QList<MatchSubject> list;
    for (const QString &spec : specs)
        list.append(subject(spec));
    return list;
}

/// "0-1 1-0 | left: 2 | right: " — one string, so a failing row shows the whole matching.
QString describe(const FindingMatcher::Matching &m)
{
    QStringList pairs;
    for (const FindingMatcher::Pair &p : m.pairs)
        pairs.append(QStringLiteral("%1-%2").arg(p.left).arg(p.right));
    const auto join = [](const QList<int> &list) {
        QStringList out;
        for (const int i : list)
            out.append(QString::number(i));
        return out.join(QLatin1Char(' '));
    };
    return QStringLiteral("%1 | left: %2 | right: %3")
        .arg(pairs.join(QLatin1Char(' ')), join(m.unmatchedLeft), join(m.unmatchedRight));
}

} // namespace

/// The finding matcher decides what counts as "found" in training and which findings two audit teams
/// share, so each rule below is a row an office person could check by hand.
class TestFindingMatcher : public QObject
{
    Q_OBJECT

private slots:
    void normalizesPagePath_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full address") << "http://127.0.0.1:18460/a/b.html?x=1#top"
                                      << "/a/b.html";
        QTest::newRow("scheme in capitals") << "HTTPS://www.Example.gov.cn:8443/a.html"
                                            << "/a.html";
        QTest::newRow("absolute path") << "/a/b.html"
                                       << "/a/b.html";
        QTest::newRow("relative path") << "a/b.html"
                                       << "/a/b.html";
        QTest::newRow("host only") << "http://www.example.gov.cn"
                                   << "/";
        QTest::newRow("host and query") << "http://www.example.gov.cn?id=3"
                                        << "/";
        QTest::newRow("empty") << ""
                               << "/";
        QTest::newRow("blank") << "   "
                               << "/";
        QTest::newRow("root") << "/"
                              << "/";
        QTest::newRow("any page") << "*"
                                  << "*";
        QTest::newRow("any page padded") << " * "
                                         << "*";
        QTest::newRow("percent-encoded") << "/xwzx/%E9%80%9A%E7%9F%A5.html"
                                         << "/xwzx/通知.html";
        QTest::newRow("encoded question mark") << "/a%3Fb.html?x=1"
                                               << "/a?b.html";
        QTest::newRow("double slash") << "/a//b///c.html"
                                      << "/a/b/c.html";
        QTest::newRow("dot") << "/a/./b.html"
                             << "/a/b.html";
        QTest::newRow("dot dot") << "/a/c/../b.html"
                                 << "/a/b.html";
        QTest::newRow("dot dot above root") << "/../../a.html"
                                            << "/a.html";
        QTest::newRow("index.html") << "/news/index.html"
                                    << "/news";
        QTest::newRow("folder with slash") << "/news/"
                                           << "/news";
        QTest::newRow("folder without slash") << "/news"
                                              << "/news";
        QTest::newRow("index.htm") << "/news/index.htm"
                                   << "/news";
        QTest::newRow("index.shtml") << "/news/index.shtml"
                                     << "/news";
        QTest::newRow("default.html") << "/news/default.html"
                                      << "/news";
        QTest::newRow("index in capitals") << "/news/Index.HTML"
                                           << "/news";
        QTest::newRow("home index") << "http://127.0.0.1:18460/index.html"
                                    << "/";
        QTest::newRow("other page of a list") << "/news/index_1.html"
                                              << "/news/index_1.html";
        QTest::newRow("index.html as a folder") << "/index.html/a.html"
                                                << "/index.html/a.html";
        QTest::newRow("path case kept") << "/A/B.html"
                                        << "/A/B.html";
    }
    void normalizesPagePath()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PagePath::normalize(input), expected);
    }

    void samePage_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("address and path") << "http://127.0.0.1:1/x/y.html#p"
                                          << "/x/y.html" << true;
        QTest::newRow("folder and index") << "/news/"
                                          << "/news/index.html" << true;
        QTest::newRow("other page") << "/news/a.html"
                                    << "/news/b.html" << false;
        QTest::newRow("any page left") << "*"
                                       << "/news/b.html" << true;
        QTest::newRow("any page right") << "/news/b.html"
                                        << "*" << true;
        QTest::newRow("case differs") << "/News/a.html"
                                      << "/news/a.html" << false;
    }
    void samePage()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(PagePath::samePage(a, b), same);
        QCOMPARE(PagePath::samePage(b, a), same);
    }

    void overlaps_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("strength"); // FindingMatcher::Strength; NoOverlap = -1
        const int none = FindingMatcher::NoOverlap;
        QTest::newRow("same item, page and text")
            << "W-V1|/a.html||旧名称"
            << "W-V1|http://127.0.0.1:18460/a.html?x=1|body > p|关于旧名称的通知"
            << int(FindingMatcher::SharedText);
        QTest::newRow("item spelled differently")
            << " w-v1 |/a.html||旧名称"
            << "W-V1|/a.html||旧名称" << int(FindingMatcher::SharedText);
        QTest::newRow("other item") << "W-V2|/a.html||旧名称"
                                    << "W-V1|/a.html||旧名称" << none;
        QTest::newRow("no item on either side") << "|/a.html||旧名称"
                                                << "|/a.html||旧名称" << none;
        QTest::newRow("same words on another page") << "W-V1|/a.html||旧名称"
                                                    << "W-V1|/b.html||旧名称" << none;
        QTest::newRow("any page on the left") << "W-V1|*||旧名称"
                                              << "W-V1|/b.html||旧名称" << int(FindingMatcher::SharedText);
        QTest::newRow("any page on the right") << "W-V1|/b.html||旧名称"
                                               << "W-V1|*||旧名称" << int(FindingMatcher::SharedText);
        QTest::newRow("folder and its index page")
            << "W-V1|/news/||旧名称"
            << "W-V1|/news/index.html||旧名称" << int(FindingMatcher::SharedText);
        QTest::newRow("same selector")
            << "W-V1|/a.html|body > div.main > p:nth-of-type(3)|"
            << "W-V1|/a.html|body > div.main > p:nth-of-type(3)|" << int(FindingMatcher::SameElement);
        QTest::newRow("same selector spaced differently")
            << "W-V1|/a.html|body>div.main >  p|"
            << "W-V1|/a.html|body > div.main > p|" << int(FindingMatcher::SameElement);
        QTest::newRow("same selector and text")
            << "W-V1|/a.html|body > p|旧名称"
            << "W-V1|/a.html|body > p|旧名称"
            << int(FindingMatcher::SameElement) + int(FindingMatcher::SharedText);
        QTest::newRow("ancestor selector")
            << "W-V1|/a.html|body > div.main > p:nth-of-type(3)|"
            << "W-V1|/a.html|body > div.main > p:nth-of-type(3) > a|" << int(FindingMatcher::AncestorElement);
        QTest::newRow("descendant selector")
            << "W-V1|/a.html|body > div.main > p:nth-of-type(3) > a|"
            << "W-V1|/a.html|body > div.main > p:nth-of-type(3)|" << int(FindingMatcher::AncestorElement);
        QTest::newRow("prefix inside a step is no ancestor")
            << "W-V1|/a.html|body > div > p:nth-of-type(1)|"
            << "W-V1|/a.html|body > div > p:nth-of-type(10)|" << none;
        // Cut naively at every ">", both would read "body > a[title="x > y"]".
        QTest::newRow("> inside an attribute") << "W-V1|/a.html|body > a[title=\"x>y\"]|"
                                               << "W-V1|/a.html|body > a[title=\"x > y\"]|" << none;
        QTest::newRow("unrelated selectors, shared text")
            << "W-V1|/a.html|body > div.left > p|2025年工作要点"
            << "W-V1|/a.html|html > body > span|工作要点" << int(FindingMatcher::SharedText);
        QTest::newRow("unrelated selectors and texts") << "W-V1|/a.html|body > div.left > p|工作要点"
                                                       << "W-V1|/a.html|body > span|联系我们" << none;
        QTest::newRow("one character is not enough") << "W-V1|/a.html||的"
                                                     << "W-V1|/a.html||的确如此" << none;
        QTest::newRow("two characters are enough")
            << "W-V1|/a.html||的确"
            << "W-V1|/a.html||的确如此" << int(FindingMatcher::SharedText);
        QTest::newRow("any of the texts")
            << "W-V1|/a.html||无关;查看附件"
            << "W-V1|/a.html||点击查看附件下载" << int(FindingMatcher::SharedText);
        QTest::newRow("full-width and half-width")
            << "W-V1|/a.html||ＩＣＰ备１２３４５号"
            << "W-V1|/a.html||icp备12345号" << int(FindingMatcher::SharedText);
        QTest::newRow("spacing collapsed")
            << "W-V1|/a.html||国务院　　办公厅"
            << "W-V1|/a.html||国务院 办公厅" << int(FindingMatcher::SharedText);
        QTest::newRow("whole page on the left")
            << "W-V1|/a.html||"
            << "W-V1|/a.html|body > p|任何文字" << int(FindingMatcher::WholePage);
        QTest::newRow("whole page on the right") << "W-V1|/a.html|body > p|任何文字"
                                                 << "W-V1|/a.html||" << int(FindingMatcher::WholePage);
        QTest::newRow("blank texts are a whole page")
            << "W-V1|/a.html|| ;  "
            << "W-V1|/a.html||旧名称" << int(FindingMatcher::WholePage);
        QTest::newRow("whole page of another page") << "W-V1|/a.html||"
                                                    << "W-V1|/b.html||旧名称" << none;
        QTest::newRow("whole page of another item") << "W-V1|/a.html||"
                                                    << "W-V2|/a.html||旧名称" << none;
        QTest::newRow("selector only against text only") << "W-V1|/a.html|body > p|"
                                                         << "W-V1|/a.html||旧名称" << none;
    }
    void overlaps()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, strength);
        QCOMPARE(FindingMatcher::strength(subject(a), subject(b)), strength);
        QCOMPARE(FindingMatcher::strength(subject(b), subject(a)), strength);
        QCOMPARE(FindingMatcher::overlaps(subject(a), subject(b)), strength != FindingMatcher::NoOverlap);
    }

    void match_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QString>("expected");
        const QString oldName = QStringLiteral("W-V1|/a.html||旧名称");
        QTest::newRow("both empty") << QStringList{} << QStringList{} << " | left:  | right: ";
        QTest::newRow("left empty") << QStringList{} << QStringList{oldName, oldName}
                                    << " | left:  | right: 0 1";
        QTest::newRow("right empty") << QStringList{oldName} << QStringList{} << " | left: 0 | right: ";
        QTest::newRow("one pair") << QStringList{oldName} << QStringList{oldName} << "0-0 | left:  | right: ";
        QTest::newRow("two duplicates on the left, one on the right")
            << QStringList{oldName, oldName} << QStringList{oldName} << "0-0 | left: 1 | right: ";
        QTest::newRow("one on the left, two duplicates on the right")
            << QStringList{oldName} << QStringList{oldName, oldName} << "0-0 | left:  | right: 1";
        QTest::newRow("nothing in common")
            << QStringList{oldName, QStringLiteral("W-V2|/a.html||旧名称")}
            << QStringList{QStringLiteral("W-V1|/b.html||旧名称"), QStringLiteral("W-V3|/a.html||旧名称")}
            << " | left: 0 1 | right: 0 1";
        QTest::newRow("pairs follow the words, not the order")
            << QStringList{QStringLiteral("W-V1|/a.html||张三"), QStringLiteral("W-V1|/a.html||李四")}
            << QStringList{QStringLiteral("W-V1|/a.html||李四同志"), QStringLiteral("W-V1|/a.html||张三同志")}
            << "0-1 1-0 | left:  | right: ";
        // Left 0 agrees best with right 0 (same element) and also with right 1 (its link); left 1
        // only with right 0 (the words). Pairing first come, or strongest first, takes 0-0 and leaves
        // left 1 alone: one pair where two are possible.
        QTest::newRow("first come first served would lose a pair")
            << QStringList{QStringLiteral("W-V1|/a.html|body > p|"), QStringLiteral("W-V1|/a.html||旧名称")}
            << QStringList{QStringLiteral("W-V1|/a.html|body > p|旧名称"),
                           QStringLiteral("W-V1|/a.html|body > p > a|")}
            << "0-1 1-0 | left:  | right: ";
        // Pairing in order gives 0-0 and 1-1 and leaves left 2; three pairs need two swaps.
        QTest::newRow("a longer chain of swaps")
            << QStringList{QStringLiteral("W-V1|/a.html||甲乙;乙丙"),
                           QStringLiteral("W-V1|/a.html||乙丙;丙丁"), QStringLiteral("W-V1|/a.html||丙丁")}
            << QStringList{QStringLiteral("W-V1|/a.html||乙丙"), QStringLiteral("W-V1|/a.html||丙丁"),
                           QStringLiteral("W-V1|/a.html||甲乙")}
            << "0-2 1-0 2-1 | left:  | right: ";
        QTest::newRow("the closer partner wins")
            << QStringList{QStringLiteral("W-V1|/a.html|body > p|旧名称")}
            << QStringList{QStringLiteral("W-V1|/a.html||"), QStringLiteral("W-V1|/a.html|body > p|")}
            << "0-1 | left:  | right: 0";
        // Both pairings make two pairs; the one that pairs the same element is preferred over two
        // whole-page pairs.
        QTest::newRow("among full pairings the closer one")
            << QStringList{QStringLiteral("W-V1|/a.html|body > p|旧名称"), QStringLiteral("W-V1|/a.html||")}
            << QStringList{QStringLiteral("W-V1|/a.html||"), QStringLiteral("W-V1|/a.html|body > p|")}
            << "0-1 1-0 | left:  | right: ";
        QTest::newRow("any page key entries")
            << QStringList{QStringLiteral("W-A2|*||"), QStringLiteral("W-A2|*||")}
            << QStringList{QStringLiteral("W-A2|/x.html|body|无障碍"), QStringLiteral("W-A2|/y.html||缺少"),
                           QStringLiteral("W-A2|/z.html||缺少")}
            << "0-0 1-1 | left:  | right: 2";
    }
    void match()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QString, expected);
        QCOMPARE(describe(FindingMatcher::match(subjects(left), subjects(right))), expected);
    }

    void isDeterministic()
    {
        const QList<MatchSubject> left = randomSubjects(40, 7);
        const QList<MatchSubject> right = randomSubjects(40, 8);
        const QString first = describe(FindingMatcher::match(left, right));
        QVERIFY(first.contains(QLatin1Char('-'))); // the lists do share findings
        for (int run = 0; run < 3; ++run)
            QCOMPARE(describe(FindingMatcher::match(left, right)), first);
    }

    /// Against every possible pairing of small random lists: the matcher reaches the most pairs, and
    /// the greatest total strength among pairings of that size, and each finding is used once.
    void isMaximumAgainstBruteForce()
    {
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const QList<MatchSubject> left = randomSubjects(1 + seed % 6, seed);
            const QList<MatchSubject> right = randomSubjects(1 + (seed / 6) % 6, seed + 1000);
            const FindingMatcher::Matching m = FindingMatcher::match(left, right);
            int strength = 0;
            QSet<int> usedLeft, usedRight;
            for (const FindingMatcher::Pair &p : m.pairs) {
                QVERIFY(FindingMatcher::overlaps(left.at(p.left), right.at(p.right)));
                QVERIFY(!usedLeft.contains(p.left) && !usedRight.contains(p.right));
                usedLeft.insert(p.left);
                usedRight.insert(p.right);
                strength += FindingMatcher::strength(left.at(p.left), right.at(p.right));
            }
            QCOMPARE(usedLeft.size() + m.unmatchedLeft.size(), left.size());
            QCOMPARE(usedRight.size() + m.unmatchedRight.size(), right.size());
            const auto [bestPairs, bestStrength] = bruteForce(left, right);
            QVERIFY2(m.pairs.size() == bestPairs, qPrintable(QStringLiteral("seed %1").arg(seed)));
            QVERIFY2(strength == bestStrength, qPrintable(QStringLiteral("seed %1").arg(seed)));
        }
    }

private:
    /// Small pools, so random lists share items, pages, elements and words often.
    static QList<MatchSubject> randomSubjects(int count, quint32 seed)
    {
        static const QStringList items{QStringLiteral("W-V1"), QStringLiteral("W-V2")};
        static const QStringList pages{QStringLiteral("/a.html"), QStringLiteral("/a.html"),
                                       QStringLiteral("/b.html"), QStringLiteral("*")};
        static const QStringList selectors{QString(), QStringLiteral("body > p"),
                                           QStringLiteral("body > p > a"), QStringLiteral("body > div")};
        static const QStringList texts{QString(), QStringLiteral("旧名称"), QStringLiteral("名称"),
                                       QStringLiteral("张三"), QStringLiteral("的")};
        QRandomGenerator random(seed);
        const auto pick = [&random](const QStringList &pool) {
            return pool.at(random.bounded(int(pool.size())));
        };
        QList<MatchSubject> list;
        for (int i = 0; i < count; ++i)
            list.append({pick(items), pick(pages), pick(selectors), {pick(texts)}});
        return list;
    }

    /// The most pairs, then the greatest total strength, over every one-to-one pairing.
    static std::pair<qsizetype, int> bruteForce(const QList<MatchSubject> &left,
                                                const QList<MatchSubject> &right)
    {
        std::pair<qsizetype, int> best{0, 0};
        QList<bool> used(right.size(), false);
        std::function<void(qsizetype, qsizetype, int)> search = [&](qsizetype i, qsizetype pairs,
                                                                    int strength) {
            if (i == left.size()) {
                best = std::max(best, std::pair<qsizetype, int>{pairs, strength});
                return;
            }
            search(i + 1, pairs, strength);
            for (qsizetype j = 0; j < right.size(); ++j) {
                const int s = FindingMatcher::strength(left.at(i), right.at(j));
                if (used.at(j) || s == FindingMatcher::NoOverlap)
                    continue;
                used[j] = true;
                search(i + 1, pairs + 1, strength + s);
                used[j] = false;
            }
        };
        search(0, 0, 0);
        return best;
    }
};

QTEST_GUILESS_MAIN(TestFindingMatcher)
#include "tst_findingmatcher.moc"
