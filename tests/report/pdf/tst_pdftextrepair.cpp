// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/PdfTextRepair.h"

#include <QTest>

using namespace xj;

/// The ToUnicode rewrite on map text as Qt writes it: destinations that are radicals become the
/// ideograph that shares their glyph, source codes and everything else stay byte for byte.
class TestPdfTextRepair : public QObject
{
    Q_OBJECT

    const QHash<char32_t, char32_t> m_map{{0x2F42, 0x6587}, {0x2ED8, 0x9752}, {0x2F70, 0x793A}};

private slots:
    void repair_data()
    {
        QTest::addColumn<QByteArray>("map");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("changed");
        QTest::newRow("range array")
            << QByteArray("1 beginbfrange\n<0001> <0003> [<53D1> <2F42> <2ED8>]\nendbfrange")
            << QByteArray("1 beginbfrange\n<0001> <0003> [<53D1> <6587> <9752>]\nendbfrange") << 2;
        QTest::newRow("char") << QByteArray("1 beginbfchar\n<0004> <2F70>\nendbfchar")
                              << QByteArray("1 beginbfchar\n<0004> <793A>\nendbfchar") << 1;
        // A glyph id that happens to equal a radical's code point is a source, not text.
        QTest::newRow("source untouched") << QByteArray("1 beginbfchar\n<2F42> <0041>\nendbfchar")
                                          << QByteArray("1 beginbfchar\n<2F42> <0041>\nendbfchar") << 0;
        QTest::newRow("radical without an ideograph")
            << QByteArray("1 beginbfchar\n<0005> <2F00>\nendbfchar")
            << QByteArray("1 beginbfchar\n<0005> <2F00>\nendbfchar") << 0;
        QTest::newRow("outside a map")
            << QByteArray("stream <2F42> endstream") << QByteArray("stream <2F42> endstream") << 0;
    }
    void repair()
    {
        QFETCH(QByteArray, map);
        QFETCH(QByteArray, expected);
        QFETCH(int, changed);
        QCOMPARE(PdfTextRepair::repair(map, m_map), changed);
        QCOMPARE(map, expected);
    }

    void radicalsOfTheInstalledCjkFont()
    {
        // With Noto CJK (installed by the set-up script) the Kangxi radical 文 shares its glyph with
        // the ideograph.
        const auto map = PdfTextRepair::radicalMap({QStringLiteral("Noto Serif CJK SC")});
        QCOMPARE(map.value(0x2F42), char32_t(0x6587));
    }
};

QTEST_MAIN(TestPdfTextRepair)
#include "tst_pdftextrepair.moc"
