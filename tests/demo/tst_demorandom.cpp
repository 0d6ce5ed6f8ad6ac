// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPersonalData.h"
#include "demo/DemoRandom.h"

#include <QTest>

using namespace xj;

/// The demo site is only reproducible if the generator's numbers never change: these golden
/// values come from the published xoshiro256** and splitmix64 reference algorithms.
class TestDemoRandom : public QObject
{
    Q_OBJECT

private slots:
    void matchesReferenceSequence_data();
    void matchesReferenceSequence();
    void boundedStaysInRange();
    void forksAreIndependentOfDrawOrder();
    void checkCharacters_data();
    void checkCharacters();
};

void TestDemoRandom::matchesReferenceSequence_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint64>("first");
    QTest::addColumn<quint64>("second");
    QTest::newRow("seed 0") << quint64(0) << quint64(0x99ec5f36cb75f2b4ULL) << quint64(0xbf6e1f784956452aULL);
    QTest::newRow("seed 1") << quint64(1) << quint64(0xb3f2af6d0fc710c5ULL) << quint64(0x853b559647364ceaULL);
}

void TestDemoRandom::matchesReferenceSequence()
{
    QFETCH(quint64, seed);
    QFETCH(quint64, first);
    QFETCH(quint64, second);
    DemoRandom rng(seed);
    QCOMPARE(rng.next(), first);
    QCOMPARE(rng.next(), second);
}

void TestDemoRandom::boundedStaysInRange()
{
    DemoRandom rng(1);
    // The reduction is fixed arithmetic too: (high 32 bits × bound) >> 32.
    const QList<int> expected{70, 52, 57, 39, 69};
    QList<int> drawn;
    for (int i = 0; i < 5; ++i)
        drawn.append(rng.bounded(100));
    QCOMPARE(drawn, expected);
    for (int i = 0; i < 10000; ++i) {
        const int v = rng.range(-3, 3);
        QVERIFY(v >= -3 && v <= 3);
    }
}

void TestDemoRandom::forksAreIndependentOfDrawOrder()
{
    DemoRandom a(42);
    DemoRandom b(42);
    b.next();
    b.next();
    QCOMPARE(a.fork(7).next(), b.fork(7).next());
    QVERIFY(a.fork(7).next() != a.fork(8).next());
    QCOMPARE(DemoRandom::salt(u"zwdt/zwyw"), DemoRandom::salt(u"zwdt/zwyw"));
    QVERIFY(DemoRandom::salt(u"zwdt/zwyw") != DemoRandom::salt(u"zwdt/bmdt"));
}

void TestDemoRandom::checkCharacters_data()
{
    QTest::addColumn<QString>("idPayload");
    QTest::addColumn<QChar>("idCheck");
    QTest::addColumn<QString>("cardPayload");
    QTest::addColumn<QChar>("luhnCheck");
    // The example ID of GB 11643 and the textbook Luhn example 7992739871 → 3.
    QTest::newRow("published examples")
        << QStringLiteral("11010519491231002") << QChar(u'X') << QStringLiteral("7992739871") << QChar(u'3');
    QTest::newRow("all zero") << QStringLiteral("00000000000000000") << QChar(u'1') << QStringLiteral("0000")
                              << QChar(u'0');
    QTest::newRow("carry") << QStringLiteral("33999919700331477") << QChar(u'5')
                           << QStringLiteral("621799828115187812") << QChar(u'5');
}

void TestDemoRandom::checkCharacters()
{
    QFETCH(QString, idPayload);
    QFETCH(QChar, idCheck);
    QFETCH(QString, cardPayload);
    QFETCH(QChar, luhnCheck);
    QCOMPARE(DemoPersonalData::idCheckCharacter(idPayload), idCheck);
    QCOMPARE(DemoPersonalData::luhnCheckDigit(cardPayload), luhnCheck);
}

QTEST_GUILESS_MAIN(TestDemoRandom)
#include "tst_demorandom.moc"
