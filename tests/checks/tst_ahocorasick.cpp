// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/AhoCorasick.h"
#include "checks/KeywordMatcher.h"

#include <QRandomGenerator>
#include <QTest>

using namespace xj;

class TestAhoCorasick : public QObject
{
    Q_OBJECT
private:
    using Match = QPair<qsizetype, int>;

    static QList<Match> scan(const AhoCorasick &ac, const QString &text)
    {
        QList<Match> out;
        ac.scan(text, [&](qsizetype start, int pattern) { out.append({start, pattern}); });
        std::sort(out.begin(), out.end());
        return out;
    }
    static QList<Match> naive(const QStringList &patterns, const QString &text)
    {
        QList<Match> out;
        for (int p = 0; p < patterns.size(); ++p) {
            if (patterns.at(p).isEmpty())
                continue;
            for (qsizetype at = text.indexOf(patterns.at(p)); at >= 0;
                 at = text.indexOf(patterns.at(p), at + 1))
                out.append({at, p});
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private slots:
    void findsWhatNaiveSearchFinds_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("text");
        QTest::newRow("overlapping") << QStringList{QStringLiteral("he"), QStringLiteral("she"),
                                                    QStringLiteral("his"), QStringLiteral("hers")}
                                     << QStringLiteral("ushers and his sheep");
        QTest::newRow("nested chinese")
            << QStringList{QStringLiteral("部署"), QStringLiteral("周密部署"), QStringLiteral("布署")}
            << QStringLiteral("会议要求周密部署，不能布署不周。周密布署");
        QTest::newRow("repeated characters")
            << QStringList{QStringLiteral("aa"), QStringLiteral("aaa")} << QStringLiteral("aaaaa");
        QTest::newRow("no pattern occurs")
            << QStringList{QStringLiteral("再接再励")} << QStringLiteral("再接再厉，再创佳绩");
        QTest::newRow("empty pattern ignored")
            << QStringList{QString(), QStringLiteral("x")} << QStringLiteral("xyx");
        QTest::newRow("no patterns") << QStringList{} << QStringLiteral("anything");
    }
    void findsWhatNaiveSearchFinds()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, text);
        QCOMPARE(scan(AhoCorasick(patterns), text), naive(patterns, text));
    }

    void randomTextsAgreeWithNaiveSearch()
    {
        QRandomGenerator rng(42);
        const QString alphabet = QStringLiteral("部署布周密再接厉励ab");
        auto randomString = [&](int length) {
            QString s;
            for (int i = 0; i < length; ++i)
                s.append(alphabet.at(rng.bounded(alphabet.size())));
            return s;
        };
        for (int round = 0; round < 50; ++round) {
            QStringList patterns;
            for (int i = 0; i < 20; ++i)
                patterns.append(randomString(1 + rng.bounded(4)));
            const QString text = randomString(300);
            QCOMPARE(scan(AhoCorasick(patterns), text), naive(patterns, text));
        }
    }

    void keywordsFoldWidthAndCase()
    {
        const KeywordMatcher matcher({{QStringLiteral("baccarat"), QStringLiteral("gambling"), {}},
                                      {QStringLiteral("百家乐"), QStringLiteral("gambling"), {}}});
        const auto hits = matcher.find(QStringLiteral("在线ＢＡＣＣＡＲＡＴ与百家乐"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).offset, 2);
        QCOMPARE(hits.at(0).length, 8);
        QCOMPARE(hits.at(1).keyword, 1);
    }
};

QTEST_GUILESS_MAIN(TestAhoCorasick)
#include "tst_ahocorasick.moc"
