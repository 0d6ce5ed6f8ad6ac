// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/RaterAgreement.h"

#include <QTest>

using namespace xj;

// Percent agreement and Cohen's kappa on worked examples: the three 2×2 tables of the Wikipedia
// article "Cohen's kappa" (20/5/10/15 → 0.40; 45/15/25/15 → 0.1304; 25/35/5/35 → 0.2593), a 3×3
// table computed by hand, and the edge cases.
class TestRaterAgreement : public QObject
{
    Q_OBJECT

    using Table = QList<QList<int>>; // rows: team A's verdict, columns: team B's

    static QList<QPair<QString, QString>> pairsOf(const Table &table)
    {
        const QStringList labels{QStringLiteral("合格"), QStringLiteral("不合格"), QStringLiteral("不适用")};
        QList<QPair<QString, QString>> pairs;
        for (int a = 0; a < table.size(); ++a) {
            for (int b = 0; b < table.at(a).size(); ++b) {
                for (int k = 0; k < table.at(a).at(b); ++k)
                    pairs.append({labels.at(a), labels.at(b)});
            }
        }
        return pairs;
    }

private slots:
    void workedExamples_data()
    {
        QTest::addColumn<Table>("table");
        QTest::addColumn<double>("observed");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("kappa");
        QTest::newRow("wikipedia 1") << Table{{20, 5}, {10, 15}} << 0.70 << 0.50 << 0.40;
        QTest::newRow("wikipedia 2") << Table{{45, 15}, {25, 15}} << 0.60 << 0.54 << 0.1304;
        QTest::newRow("wikipedia 3") << Table{{25, 35}, {5, 35}} << 0.60 << 0.46 << 0.2593;
        // 60 items; both teams: 35 合格, 20 不合格, 5 不适用 → p_e = (35² + 20² + 5²) / 60² = 0.4583.
        QTest::newRow("three verdicts")
            << Table{{30, 5, 0}, {5, 15, 0}, {0, 0, 5}} << 50.0 / 60 << 1650.0 / 3600 << 0.6923;
        QTest::newRow("full agreement") << Table{{12, 0}, {0, 8}} << 1.0 << 0.52 << 1.0;
        QTest::newRow("always opposite") << Table{{0, 10}, {10, 0}} << 0.0 << 0.5 << -1.0;
    }

    void workedExamples()
    {
        QFETCH(Table, table);
        QFETCH(double, observed);
        QFETCH(double, expected);
        QFETCH(double, kappa);
        const RaterAgreement agreement = RaterAgreement::of(pairsOf(table));
        QVERIFY(qAbs(agreement.observed - observed) < 1e-9);
        QVERIFY2(qAbs(agreement.expected - expected) < 1e-4, qPrintable(QString::number(agreement.expected)));
        QVERIFY(agreement.kappa.has_value());
        QVERIFY2(qAbs(*agreement.kappa - kappa) < 1e-4, qPrintable(QString::number(*agreement.kappa)));
    }

    void undefinedKappa()
    {
        QCOMPARE(RaterAgreement::of({}).pairs, 0);
        QVERIFY(!RaterAgreement::of({}).kappa);
        // Both teams judged everything 合格: full agreement, and chance explains all of it.
        const RaterAgreement same = RaterAgreement::of(pairsOf(Table{{7}}));
        QCOMPARE(same.pairs, 7);
        QCOMPARE(same.observed, 1.0);
        QVERIFY(!same.kappa);
    }
};

QTEST_GUILESS_MAIN(TestRaterAgreement)
#include "tst_rateragreement.moc"
