// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingScorer.h"

#include <QTest>

#include <algorithm>

using namespace xj;

namespace {

/// The answer key every row is scored against: two P01 problems, two P05 dead links on two news
/// pages and one P09 problem anywhere on the site.
QList<ExerciseKeyEntry> exerciseKey()
{
    const auto entry = [](const char *id, const char *item, const char *category, const QString &page,
                          const QString &text, const QStringList &alternatives, const QString &selector) {
        ExerciseKeyEntry e;
        e.id = QString::fromLatin1(id);
        e.itemCode = QString::fromLatin1(item);
        e.category = QString::fromLatin1(category);
        e.page = page;
        e.text = text;
        e.alternativeTexts = alternatives;
        e.selector = selector;
        e.description = QStringLiteral("key ") + e.id;
        return e;
    };
    return {entry("K1", "W-V1", "P01", QStringLiteral("/index.html"), QStringLiteral("王五副县长"), {}, {}),
            entry("K2", "W-V1", "P01", QStringLiteral("/ldzc/index.html"), QStringLiteral("张三"),
                  {QStringLiteral("张三同志")}, {}),
            entry("K3", "W-D3", "P05", QStringLiteral("/zwdt/2026/0101.html"),
                  QStringLiteral("http://dead.example.gov.cn/x.doc"), {QStringLiteral("查看附件")},
                  QStringLiteral("body > div.content > a:nth-of-type(2)")),
            entry("K4", "W-A2", "P09", QStringLiteral("*"), {}, {}, {}),
            entry("K5", "W-D3", "P05", QStringLiteral("/zwdt/2026/0102.html"), QStringLiteral("失效链接"), {},
                  {})};
}

const QHash<QString, QStringList> ItemCategories{
    {QStringLiteral("W-V1"), {QStringLiteral("P01"), QStringLiteral("P02")}},
    {QStringLiteral("W-D3"), {QStringLiteral("P05")}},
    {QStringLiteral("W-A2"), {QStringLiteral("P09")}},
    {QStringLiteral("W-S1"), {QStringLiteral("P12"), QStringLiteral("P13")}},
    {QStringLiteral("W-X9"), {}}};

/// A finding written as "id|item|url|selector|element text|description[|fp]", fp meaning the
/// trainee withdrew it as a false positive.
Finding finding(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    Finding f;
    f.id = parts.value(0).toLongLong();
    f.itemCode = parts.value(1);
    f.url = parts.value(2);
    f.elementSelector = parts.value(3);
    f.elementText = parts.value(4);
    f.description = parts.value(5);
    f.state = parts.value(6) == QLatin1String("fp") ? FindingState::FalsePositive : FindingState::Confirmed;
    return f;
}

QList<Finding> findings(const QStringList &specs)
{
    QList<Finding> list;
    for (const QString &spec : specs)
        list.append(finding(spec));
    return list;
}

/// "hit K1/1 P01; miss K2 P01; false alarm 7 -": the outcomes in order, one string per attempt.
QString describeOutcomes(const TrainingScore &score)
{
    QStringList out;
    for (const TrainingOutcome &o : score.outcomes) {
        const QString category = o.category.isEmpty() ? QStringLiteral("-") : o.category;
        switch (o.kind) {
        case TrainingOutcomeKind::Hit:
            out.append(QStringLiteral("hit %1/%2 %3").arg(o.keyId).arg(o.findingId).arg(category));
            break;
        case TrainingOutcomeKind::Miss:
            out.append(QStringLiteral("miss %1 %2").arg(o.keyId, category));
            break;
        case TrainingOutcomeKind::FalseAlarm:
            out.append(QStringLiteral("false alarm %1 %2").arg(o.findingId).arg(category));
            break;
        }
    }
    return out.join(QStringLiteral("; "));
}

QString describeTally(const TrainingTally &t)
{
    return QStringLiteral("%1 %2/%3/%4")
        .arg(t.category.isEmpty() ? QStringLiteral("all") : t.category)
        .arg(t.hits)
        .arg(t.misses)
        .arg(t.falseAlarms);
}

/// "all 3/2/1; P01 2/0/0; …": hits/misses/false alarms, overall first, then by category.
QString describeTallies(const TrainingScore &score)
{
    QStringList out{describeTally(score.overall)};
    for (const TrainingTally &t : score.byCategory)
        out.append(describeTally(t));
    return out.join(QStringLiteral("; "));
}

} // namespace

/// The training score is what a trainee's five days are judged by, so each row is an attempt whose
/// outcome was worked out by hand from the key above.
class TestTrainingScorer : public QObject
{
    Q_OBJECT

private:
    // One finding per key entry, each found a different way.
    const QString foundK1 = QStringLiteral("1|W-V1|http://127.0.0.1:18460/index.html|body > div.leader > p|"
                                           "王五副县长|领导信息未更新");
    const QString foundK2 =
        QStringLiteral("2|W-V1|http://127.0.0.1:18460/ldzc/?from=nav#top||张三同志任县长|已调离");
    const QString foundK3 =
        QStringLiteral("3|W-D3|/zwdt/2026/0101.html|body > div.content > a:nth-of-type(2)|"
                       "附件|链接打不开");
    const QString foundK4 = QStringLiteral("4|W-A2|/about/contact.html||图片缺少替代文字|");
    const QString foundK5 = QStringLiteral("5|w-d3|/zwdt/2026/0102.html||失效链接|");

private slots:
    void score_data()
    {
        QTest::addColumn<QStringList>("attempt");
        QTest::addColumn<QString>("outcomes");
        QTest::addColumn<QString>("tallies");
        QTest::newRow("nothing reported")
            << QStringList{} << "miss K1 P01; miss K2 P01; miss K3 P05; miss K4 P09; miss K5 P05"
            << "all 0/5/0; P01 0/2/0; P05 0/2/0; P09 0/1/0";
        QTest::newRow("everything found, in another order")
            << QStringList{foundK5, foundK4, foundK3, foundK2, foundK1}
            << "hit K1/1 P01; hit K2/2 P01; hit K3/3 P05; hit K4/4 P09; hit K5/5 P05"
            << "all 5/0/0; P01 2/0/0; P05 2/0/0; P09 1/0/0";
        QTest::newRow("reported twice counts once")
            << QStringList{foundK1, QStringLiteral("6|W-V1|/index.html||王五副县长|重复")}
            << "hit K1/1 P01; miss K2 P01; miss K3 P05; miss K4 P09; miss K5 P05; false alarm 6 P01"
            << "all 1/4/1; P01 1/1/1; P05 0/2/0; P09 0/1/0";
        QTest::newRow("withdrawn findings are not scored")
            << QStringList{QString(foundK2 + QStringLiteral("|fp")),
                           QStringLiteral("7|W-S1|/index.html||某某|错字|fp")}
            << "miss K1 P01; miss K2 P01; miss K3 P05; miss K4 P09; miss K5 P05"
            << "all 0/5/0; P01 0/2/0; P05 0/2/0; P09 0/1/0";
        QTest::newRow("the right words on another page")
            << QStringList{QStringLiteral("8|W-V1|/about.html||王五副县长|")}
            << "miss K1 P01; miss K2 P01; miss K3 P05; miss K4 P09; miss K5 P05; false alarm 8 P01"
            << "all 0/5/1; P01 0/2/1; P05 0/2/0; P09 0/1/0";
        QTest::newRow("false alarms without a category")
            << QStringList{QStringLiteral("9||/index.html||王五副县长|未选检查项"),
                           QStringLiteral("10|W-X9|/index.html||某处|无分类"),
                           QStringLiteral("11|W-S1|/index.html||错别字|")}
            << "miss K1 P01; miss K2 P01; miss K3 P05; miss K4 P09; miss K5 P05; false alarm 9 -; "
               "false alarm 10 -; false alarm 11 P12"
            << "all 0/5/3; P01 0/2/0; P05 0/2/0; P09 0/1/0; P12 0/0/1";
        QTest::newRow("key order, then finding order")
            << QStringList{QStringLiteral("11|W-S1|/index.html||错别字|"), foundK5,
                           QStringLiteral("8|W-V1|/about.html||王五副县长|")}
            << "miss K1 P01; miss K2 P01; miss K3 P05; miss K4 P09; hit K5/5 P05; false alarm 11 P12; "
               "false alarm 8 P01"
            << "all 1/4/2; P01 0/2/1; P05 1/1/0; P09 0/1/0; P12 0/0/1";
        QTest::newRow("dead link found by its anchor text")
            << QStringList{QStringLiteral(
                   "12|W-D3|http://127.0.0.1:1/zwdt/2026/0101.html?x=1|body > div.side > a|"
                   "查看附件|")}
            << "miss K1 P01; miss K2 P01; hit K3/12 P05; miss K4 P09; miss K5 P05"
            << "all 1/4/0; P01 0/2/0; P05 1/1/0; P09 0/1/0";
        QTest::newRow("a dead link reported under the wrong item")
            << QStringList{QStringLiteral("14|W-V1|/zwdt/2026/0102.html||失效链接|")}
            << "miss K1 P01; miss K2 P01; miss K3 P05; miss K4 P09; miss K5 P05; false alarm 14 P01"
            << "all 0/5/1; P01 0/2/1; P05 0/2/0; P09 0/1/0";
    }
    void score()
    {
        QFETCH(QStringList, attempt);
        QFETCH(QString, outcomes);
        QFETCH(QString, tallies);
        const TrainingScore s = TrainingScorer::score(exerciseKey(), findings(attempt), ItemCategories);
        QCOMPARE(describeOutcomes(s), outcomes);
        QCOMPARE(describeTallies(s), tallies);
    }

    /// Findings 1, 2, 3 find K1, K2, K3; 6 repeats K1; 13 quotes K5's words on another page; 11 is
    /// an item outside the key; 9 has no item. So: hits K1 K2 K3, misses K4 K5, false alarms 6 (P01),
    /// 13 (P05), 11 (P12), 9 (none).
    void precisionAndRecall_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("hits");
        QTest::addColumn<int>("misses");
        QTest::addColumn<int>("falseAlarms");
        QTest::addColumn<double>("precision");
        QTest::addColumn<double>("recall");
        QTest::newRow("overall") << QString() << 3 << 2 << 4 << 3.0 / 7.0 << 3.0 / 5.0;
        QTest::newRow("P01: all found, one twice") << "P01" << 2 << 0 << 1 << 2.0 / 3.0 << 1.0;
        QTest::newRow("P05: half found") << "P05" << 1 << 1 << 1 << 0.5 << 0.5;
        QTest::newRow("P09: not found, nothing flagged") << "P09" << 0 << 1 << 0 << 1.0 << 0.0;
        QTest::newRow("P12: only a false alarm") << "P12" << 0 << 0 << 1 << 0.0 << 1.0;
    }
    void precisionAndRecall()
    {
        QFETCH(QString, category);
        QFETCH(int, hits);
        QFETCH(int, misses);
        QFETCH(int, falseAlarms);
        QFETCH(double, precision);
        QFETCH(double, recall);
        const TrainingScore s = TrainingScorer::score(
            exerciseKey(),
            findings({foundK1, foundK2, QStringLiteral("6|W-V1|/index.html||王五副县长|重复"), foundK3,
                      QStringLiteral("13|W-D3|/zwdt/2026/0103.html||失效链接|"),
                      QStringLiteral("11|W-S1|/index.html||错别字|"),
                      QStringLiteral("9||/index.html||王五|")}),
            ItemCategories);
        QStringList codes;
        for (const TrainingTally &t : s.byCategory)
            codes.append(t.category);
        QCOMPARE(codes, (QStringList{QStringLiteral("P01"), QStringLiteral("P05"), QStringLiteral("P09"),
                                     QStringLiteral("P12")})); // sorted; the uncategorised only overall
        TrainingTally tally = s.overall;
        if (!category.isEmpty()) {
            const auto it = std::find_if(s.byCategory.cbegin(), s.byCategory.cend(),
                                         [&](const TrainingTally &t) { return t.category == category; });
            QVERIFY(it != s.byCategory.cend());
            tally = *it;
        }
        QCOMPARE(tally.hits, hits);
        QCOMPARE(tally.misses, misses);
        QCOMPARE(tally.falseAlarms, falseAlarms);
        QCOMPARE(tally.precision(), precision);
        QCOMPARE(tally.recall(), recall);
    }

    void outcomesCarryTheRightTexts()
    {
        const TrainingScore s = TrainingScorer::score(
            exerciseKey(),
            findings(
                {foundK2, QStringLiteral("11|W-S1|http://127.0.0.1:1/a/./b/index.html?p=2||错别字|写错了")}),
            ItemCategories);
        QCOMPARE(s.outcomes.size(), qsizetype(6));
        const TrainingOutcome &miss = s.outcomes.at(0);
        QCOMPARE(miss.kind, TrainingOutcomeKind::Miss);
        QCOMPARE(miss.findingId, qint64(0));
        QCOMPARE(miss.text, QStringLiteral("王五副县长"));
        QCOMPARE(miss.description, QStringLiteral("key K1"));
        const TrainingOutcome &hit = s.outcomes.at(1);
        QCOMPARE(hit.kind, TrainingOutcomeKind::Hit);
        QCOMPARE(hit.keyId, QStringLiteral("K2"));
        QCOMPARE(hit.findingId, qint64(2));
        QCOMPARE(hit.itemCode, QStringLiteral("W-V1"));
        QCOMPARE(hit.page, QStringLiteral("/ldzc/index.html"));
        QCOMPARE(hit.text, QStringLiteral("张三同志任县长"));
        QCOMPARE(hit.description, QStringLiteral("key K2"));
        const TrainingOutcome &falseAlarm = s.outcomes.at(5);
        QCOMPARE(falseAlarm.kind, TrainingOutcomeKind::FalseAlarm);
        QVERIFY(falseAlarm.keyId.isEmpty());
        QCOMPARE(falseAlarm.findingId, qint64(11));
        QCOMPARE(falseAlarm.itemCode, QStringLiteral("W-S1"));
        QCOMPARE(falseAlarm.page, QStringLiteral("/a/b"));
        QCOMPARE(falseAlarm.text, QStringLiteral("错别字"));
        QCOMPARE(falseAlarm.description, QStringLiteral("写错了"));
    }
};

QTEST_GUILESS_MAIN(TestTrainingScorer)
#include "tst_trainingscorer.moc"
