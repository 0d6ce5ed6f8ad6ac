// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistFixtures.h"
#include "checklist/ScoreCalculator.h"

#include <QTest>

using namespace xj;

namespace {

constexpr double None = -1; // "no score" in the tables below

// The national templates plus two variants: no 不适用 rescaling, and the bonus part split into two
// items of 20 points each so that the 30-point cap of the whole part shows.
ChecklistTemplate checklist(const QString &name)
{
    if (name == QLatin1String("newmedia"))
        return bundledChecklist(QStringLiteral("national-2019-newmedia"));
    ChecklistTemplate t = bundledChecklist(QStringLiteral("national-2019-website"));
    if (name == QLatin1String("website-no-rescale"))
        t.scoring.rescaleNotApplicable = false;
    if (name == QLatin1String("split-bonus")) {
        ChecklistItem a = *t.item(QStringLiteral("W-A"));
        t.items.removeIf([](const ChecklistItem &i) { return i.kind == ItemKind::Bonus; });
        a.points = 20;
        ChecklistItem b = a;
        a.code = QStringLiteral("W-A1");
        b.code = QStringLiteral("W-A2");
        t.items << a << b;
    }
    return t;
}

Verdict verdict(const QString &code, VerdictValue value, double points = 0)
{
    Verdict v;
    v.itemCode = code;
    v.value = value;
    v.points = points;
    return v;
}

// Every veto and deduction item passes, then `spec` changes verdicts: "W-D3=fail:5" (fail, 5 points),
// "W-A=pass:10", "W-D7=na", "W-V6=-" (no verdict). A code ending in * stands for all codes with that
// prefix, e.g. "W-D*=na".
ScoreCalculator::Verdicts verdicts(const ChecklistTemplate &t, const QString &spec)
{
    ScoreCalculator::Verdicts out;
    for (const ChecklistItem &item : t.items) {
        if (item.kind != ItemKind::Bonus)
            out.insert(item.code, verdict(item.code, VerdictValue::Pass));
    }
    for (const QString &entry : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString pattern = entry.section(QLatin1Char('='), 0, 0);
        const QString what = entry.section(QLatin1Char('='), 1);
        const QString value = what.section(QLatin1Char(':'), 0, 0);
        const double points = what.section(QLatin1Char(':'), 1).toDouble();
        for (const ChecklistItem &item : t.items) {
            const bool match = pattern.endsWith(QLatin1Char('*')) ? item.code.startsWith(pattern.chopped(1))
                                                                  : item.code == pattern;
            if (!match)
                continue;
            if (value == QLatin1String("-"))
                out.remove(item.code);
            else
                out.insert(item.code, verdict(item.code, *VerdictValues.fromCode(value), points));
        }
    }
    return out;
}

QStringList codes(const ChecklistTemplate &t, ItemKind kind)
{
    QStringList out;
    for (const ChecklistItem *item : t.itemsOfKind(kind))
        out.append(item->code);
    return out;
}

} // namespace

// Scoring by 国办秘函〔2019〕19号 §1 (indicators.md §1.2–§1.5).
class TestScoreCalculator : public QObject
{
    Q_OBJECT

private slots:
    void score_data();
    void score();
    void explanation_data();
    void explanation();
    void cappedItemsListed();
    void unknownVerdictsIgnored();
    void formatPoints_data();
    void formatPoints();
};

void TestScoreCalculator::score_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("portal");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<double>("deduction");
    QTest::addColumn<double>("bonus");
    QTest::addColumn<double>("total");
    QTest::addColumn<bool>("failedByPassMark");
    QTest::addColumn<QStringList>("vetoFailed");
    QTest::addColumn<QStringList>("unjudged");

    const QString web = QStringLiteral("website");
    const QString pass = QStringLiteral("pass");
    const QString fail = QStringLiteral("fail");
    const QString open = QStringLiteral("incomplete");
    const QStringList none;
    const auto list = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(','));
    };
    const ChecklistTemplate website = checklist(web);
    const QStringList allDeductions = codes(website, ItemKind::Deduction);

    // clang-format off
    QTest::newRow("all pass") << web << "" << false << pass << 100.0 << None << 100.0 << false << none << none;
    QTest::newRow("all pass, portal, bonus not judged") << web << "" << true << pass << 100.0 << 0.0 << 100.0 << false << none << list("W-A");
    QTest::newRow("veto fail stops scoring") << web << "W-V2=fail;W-D3=fail:5" << false << fail << None << None << None << false << list("W-V2") << none;
    QTest::newRow("two veto fails") << web << "W-V1=fail;W-V4=fail" << true << fail << None << None << None << false << list("W-V1,W-V4") << none;
    QTest::newRow("deductions add up") << web << "W-D3=fail:2;W-D8=fail:4.5" << false << pass << 93.5 << None << 93.5 << false << none << none;
    QTest::newRow("deduction capped at the item's points") << web << "W-D3=fail:9" << false << pass << 95.0 << None << 95.0 << false << none << none;
    QTest::newRow("several items capped") << web << "W-D7=fail:40;W-D11=fail:12" << false << pass << 70.0 << None << 70.0 << false << none << none;
    QTest::newRow("exactly 60 passes") << web << "W-D7=fail:25;W-D5=fail:10;W-D4=fail:5" << false << pass << 60.0 << None << 60.0 << false << none << none;
    QTest::newRow("59.9 fails") << web << "W-D7=fail:25;W-D5=fail:10;W-D4=fail:5.1" << false << fail << 59.9 << None << 59.9 << true << none << none;
    QTest::newRow("80 does not open the bonus") << web << "W-D7=fail:20;W-A=pass:10" << true << pass << 80.0 << None << 80.0 << false << none << none;
    QTest::newRow("80.5 opens the bonus for a portal") << web << "W-D7=fail:19.5;W-A=pass:10" << true << pass << 80.5 << 10.0 << 90.5 << false << none << none;
    QTest::newRow("bonus for portals only") << web << "W-D7=fail:19.5;W-A=pass:10" << false << pass << 80.5 << None << 80.5 << false << none << none;
    QTest::newRow("bonus capped at the item") << web << "W-A=pass:45" << true << pass << 100.0 << 30.0 << 130.0 << false << none << none;
    QTest::newRow("bonus needs a pass verdict") << web << "W-A=fail:10" << true << pass << 100.0 << 0.0 << 100.0 << false << none << none;
    QTest::newRow("bonus capped at the bonus total") << "split-bonus" << "W-A1=pass:20;W-A2=pass:20" << true << pass << 100.0 << 30.0 << 130.0 << false << none << none;
    QTest::newRow("bonus capped per item, then in total") << "split-bonus" << "W-A1=pass:25;W-A2=pass:5" << true << pass << 100.0 << 25.0 << 125.0 << false << none << none;
    QTest::newRow("N/A rescaled: (75-10)x100/75") << web << "W-D7=na;W-D3=fail:5;W-D8=fail:5" << false << pass << 6500.0 / 75 << None << 6500.0 / 75 << false << none << none;
    QTest::newRow("N/A without deductions") << web << "W-D7=na" << false << pass << 100.0 << None << 100.0 << false << none << none;
    QTest::newRow("N/A not rescaled when the template says so") << "website-no-rescale" << "W-D7=na;W-D3=fail:5;W-D8=fail:5" << false << pass << 90.0 << None << 90.0 << false << none << none;
    QTest::newRow("rescaled score below the pass mark") << web << "W-D7=na;W-D5=fail:10;W-D4=fail:8;W-D8=fail:12;W-D1=fail:1" << false << fail << 4400.0 / 75 << None << 4400.0 / 75 << true << none << none;
    QTest::newRow("points on a pass verdict count nothing") << web << "W-D3=pass:3" << false << pass << 100.0 << None << 100.0 << false << none << none;
    QTest::newRow("negative points count nothing") << web << "W-D3=fail:-2" << false << pass << 100.0 << None << 100.0 << false << none << none;
    QTest::newRow("veto N/A counts as judged") << web << "W-V6=na" << false << pass << 100.0 << None << 100.0 << false << none << none;
    QTest::newRow("incomplete: veto item open") << web << "W-V6=-" << false << open << 100.0 << None << 100.0 << false << none << list("W-V6");
    QTest::newRow("incomplete: deduction item open") << web << "W-D10=-;W-D3=fail:1" << false << open << 99.0 << None << 99.0 << false << none << list("W-D10");
    QTest::newRow("incomplete: nothing judged") << web << "W-*=-" << false << open << 100.0 << None << 100.0 << false << none << codes(website, ItemKind::Veto) + allDeductions;
    QTest::newRow("incomplete: every deduction item N/A") << web << "W-D*=na" << false << open << None << None << None << false << none << none;
    QTest::newRow("fail certain before all is judged") << web << "W-V6=-;W-D7=fail:25;W-D5=fail:10;W-D4=fail:8" << false << fail << 57.0 << None << 57.0 << true << none << list("W-V6");
    QTest::newRow("veto fail with deduction items open") << web << "W-V1=fail;W-D*=-" << false << fail << None << None << None << false << list("W-V1") << allDeductions;
    QTest::newRow("new media: all pass, no score") << "newmedia" << "" << false << pass << None << None << None << false << none << none;
    QTest::newRow("new media: veto fail") << "newmedia" << "M-V2=fail" << false << fail << None << None << None << false << list("M-V2") << none;
    QTest::newRow("new media: item open") << "newmedia" << "M-V3=-" << false << open << None << None << None << false << none << list("M-V3");
    // clang-format on
}

void TestScoreCalculator::score()
{
    QFETCH(QString, templateName);
    QFETCH(QString, spec);
    QFETCH(bool, portal);
    QFETCH(QString, outcome);
    QFETCH(double, deduction);
    QFETCH(double, bonus);
    QFETCH(double, total);
    QFETCH(bool, failedByPassMark);
    QFETCH(QStringList, vetoFailed);
    QFETCH(QStringList, unjudged);

    const ChecklistTemplate t = checklist(templateName);
    const ScoreResult r = ScoreCalculator::calculate(t, verdicts(t, spec), portal);
    QCOMPARE(ScoreOutcomes.code(r.outcome), outcome);
    QCOMPARE(r.deductionScore.has_value(), deduction != None);
    if (deduction != None)
        QCOMPARE(*r.deductionScore, deduction);
    QCOMPARE(r.bonusScore.has_value(), bonus != None);
    if (bonus != None)
        QCOMPARE(*r.bonusScore, bonus);
    QCOMPARE(r.bonusOpen, r.bonusScore.has_value());
    QCOMPARE(r.total.has_value(), total != None);
    if (total != None)
        QCOMPARE(*r.total, total);
    QCOMPARE(r.failedByPassMark, failedByPassMark);
    QCOMPARE(r.vetoFailedItems, vetoFailed);
    QCOMPARE(r.unjudgedItems, unjudged);
    QVERIFY(!r.explanation.isEmpty());
}

void TestScoreCalculator::explanation_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("portal");
    QTest::addColumn<QString>("fragment");
    // clang-format off
    QTest::newRow("veto") << "website" << "W-V2=fail" << false << "1 veto item(s) failed: W-V2 站点无法访问. A failed veto item makes the result unqualified";
    QTest::newRow("deduction") << "website" << "W-D3=fail:2" << false << "Deduction part: 2 points deducted, score 98 of 100.";
    QTest::newRow("result") << "website" << "W-D3=fail:2" << false << "Result: qualified, total 98.";
    QTest::newRow("rescaled") << "website" << "W-D7=na;W-D3=fail:5;W-D8=fail:5" << false << "scaled back: (75 − 10) × 100 / 75 = 86.67";
    QTest::newRow("pass mark") << "website" << "W-D7=fail:25;W-D5=fail:10;W-D4=fail:5.1" << false << "below the pass mark of 60";
    QTest::newRow("bonus open") << "website" << "W-A=pass:12" << true << "above 80, so the bonus part is open: 12 bonus points (at most 30)";
    QTest::newRow("bonus for portals only") << "website" << "" << false << "the bonus part applies to portal websites only";
    QTest::newRow("open items") << "website" << "W-D10=-" << false << "1 item(s) not judged yet: W-D10 搜索功能.";
    QTest::newRow("provisional") << "website" << "W-D10=-" << false << "Provisional total 100";
    QTest::newRow("long list shortened") << "website" << "W-*=-" << false << "19 item(s) not judged yet: W-V1 安全、泄密事故等严重问题, W-V2 站点无法访问, W-V3 首页不更新, W-V4 栏目不更新, W-V5 互动回应差, and 14 more.";
    QTest::newRow("veto only") << "newmedia" << "" << false << "veto items only and gives no score";
    // clang-format on
}

void TestScoreCalculator::explanation()
{
    QFETCH(QString, templateName);
    QFETCH(QString, spec);
    QFETCH(bool, portal);
    QFETCH(QString, fragment);
    const ChecklistTemplate t = checklist(templateName);
    const ScoreResult r = ScoreCalculator::calculate(t, verdicts(t, spec), portal);
    QVERIFY2(r.explanation.contains(fragment), qPrintable(r.explanation));
}

void TestScoreCalculator::cappedItemsListed()
{
    const ChecklistTemplate t = checklist(QStringLiteral("website"));
    const ScoreResult r = ScoreCalculator::calculate(
        t, verdicts(t, QStringLiteral("W-D3=fail:9;W-D4=fail:8;W-A=pass:31")), true);
    QCOMPARE(r.cappedItems, (QStringList{QStringLiteral("W-D3"), QStringLiteral("W-A")}));
    QCOMPARE(r.deductedPoints, 13.0);
    QCOMPARE(r.applicablePoints, 100.0);
    QVERIFY(r.explanation.contains(QStringLiteral("W-D3 负责人信息")));
}

void TestScoreCalculator::unknownVerdictsIgnored()
{
    const ChecklistTemplate t = checklist(QStringLiteral("website"));
    ScoreCalculator::Verdicts v = verdicts(t, {});
    v.insert(QStringLiteral("X-1"), verdict(QStringLiteral("X-1"), VerdictValue::Fail, 50));
    const ScoreResult r = ScoreCalculator::calculate(t, v, false);
    QCOMPARE(r.outcome, ScoreOutcome::Pass);
    QCOMPARE(*r.total, 100.0);
}

void TestScoreCalculator::formatPoints_data()
{
    QTest::addColumn<double>("points");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 60.0 << "60";
    QTest::newRow("one decimal") << 59.9 << "59.9";
    QTest::newRow("two decimals") << 93.25 << "93.25";
    QTest::newRow("rounded") << 6500.0 / 75 << "86.67";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("zero") << 0.0 << "0";
}

void TestScoreCalculator::formatPoints()
{
    QFETCH(double, points);
    QFETCH(QString, text);
    QCOMPARE(ScoreCalculator::formatPoints(points), text);
}

QTEST_GUILESS_MAIN(TestScoreCalculator)
#include "tst_scorecalculator.moc"
