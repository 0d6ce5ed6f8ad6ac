// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "XlsxFixtures.h"
#include "registry/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

namespace {

const QByteArray SheetStart =
    "<?xml version=\"1.0\"?><worksheet "
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
const QByteArray SheetEnd = "</sheetData></worksheet>";

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsWhatLibxlsxwriterWrites_data();
    void readsWhatLibxlsxwriterWrites();
    void namedSheet();
    void unknownSheetListsTheSheets();
    void firstVisibleSheetByDefault();
    void handMadeParts_data();
    void handMadeParts();
    void malformed_data();
    void malformed();
    void formatNumber_data();
    void formatNumber();
    void columnOfReference_data();
    void columnOfReference();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFixtureWorkbooks(m_dir.path()));

    // Broken and hostile files, each named after what is wrong with it.
    QVERIFY(writeBytes(path(QStringLiteral("csv-renamed.xlsx")), "网站名称,网址\n"));
    QVERIFY(writeBytes(path(QStringLiteral("empty.xlsx")), {}));
    QVERIFY(writeBytes(path(QStringLiteral("old.xls")),
                       QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, 0)));
    QVERIFY(writeZip(path(QStringLiteral("no-workbook.xlsx")), {{QStringLiteral("readme.txt"), "hello"}}));
    QFile whole(path(QStringLiteral("shared.xlsx")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QVERIFY(writeBytes(path(QStringLiteral("truncated.xlsx")), whole.readAll().left(int(whole.size() / 2))));
    QVERIFY(writeZip(path(QStringLiteral("broken-sheet.xlsx")),
                     minimalXlsxParts(SheetStart + "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")));
    QVERIFY(writeZip(
        path(QStringLiteral("broken-strings.xlsx")),
        minimalXlsxParts(SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + SheetEnd,
                         "<sst><si><t>a</si></sst>")));
    QVERIFY(writeZip(
        path(QStringLiteral("string-index.xlsx")),
        minimalXlsxParts(SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>" + SheetEnd,
                         "<sst><si><t>a</t></si></sst>")));
    ZipEntries noSheets = minimalXlsxParts(SheetStart + SheetEnd);
    noSheets[2].second =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/>"
        "</workbook>";
    QVERIFY(writeZip(path(QStringLiteral("no-sheets.xlsx")), noSheets));
    // A zip bomb in miniature: 51 MB of spaces pack into a few kilobytes.
    QVERIFY(writeZip(path(QStringLiteral("bomb.xlsx")),
                     minimalXlsxParts(SheetStart + QByteArray(51 * 1024 * 1024, ' ') + SheetEnd)));
    QVERIFY(QFileInfo(path(QStringLiteral("bomb.xlsx"))).size() < 1024 * 1024);
}

void TestXlsxReader::readsWhatLibxlsxwriterWrites_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("shared strings") << QStringLiteral("shared.xlsx");
    QTest::newRow("inline strings") << QStringLiteral("inline.xlsx");
}

void TestXlsxReader::readsWhatLibxlsxwriterWrites()
{
    QFETCH(QString, file);
    const auto table = XlsxReader::readFile(path(file));
    QVERIFY2(table, qPrintable(table.ok() ? QString() : table.error().fullText()));
    const auto &rows = table.value().rows;
    QCOMPARE(table.value().sourceDescription, QStringLiteral("worksheet \"网站名录\""));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).cells, QStringList({QStringLiteral("网站名称"), QStringLiteral("网址"), QString(),
                                            QStringLiteral("主办单位"), QStringLiteral("网站标识码"),
                                            QStringLiteral("门户"), QStringLiteral("备注")}));
    QCOMPARE(rows.at(1).number, 2);
    QCOMPARE(rows.at(1).cell(2), QString()); // the gap column C
    QCOMPARE(rows.at(1).cell(3), QStringLiteral("示例市人民政府办公室"));
    QCOMPARE(rows.at(1).cell(4), QStringLiteral("3399990001")); // a number cell, not 3.39999e+09
    QCOMPARE(rows.at(1).cell(5), QStringLiteral("TRUE"));
    QCOMPARE(rows.at(1).cell(6), QStringLiteral("富文本"));               // rich-text runs joined
    QCOMPARE(rows.at(2).cell(3), QStringLiteral("示例市人民政府办公室")); // the same shared string again
    QCOMPARE(rows.at(2).cell(4), QStringLiteral("3399990002"));
    QCOMPARE(rows.at(2).cell(5), QStringLiteral("FALSE"));
    QCOMPARE(rows.at(2).cell(6), QStringLiteral("12.5"));
    QCOMPARE(rows.at(3).number, 5); // the empty row 4 is skipped but counted
    QCOMPARE(rows.at(3).cells, QStringList{QStringLiteral("第五行")});
}

void TestXlsxReader::namedSheet()
{
    const auto names = XlsxReader::sheetNames(path(QStringLiteral("two.xlsx")));
    QVERIFY(names);
    QCOMPARE(names.value(), QStringList({QStringLiteral("网站"), QStringLiteral("新媒体")}));
    const auto first = XlsxReader::readFile(path(QStringLiteral("two.xlsx")));
    QVERIFY(first);
    QCOMPARE(first.value().rows.first().cell(0), QStringLiteral("first"));
    const auto second = XlsxReader::readFile(path(QStringLiteral("two.xlsx")), QStringLiteral(" 新媒体 "));
    QVERIFY(second);
    QCOMPARE(second.value().rows.first().cell(0), QStringLiteral("second"));
}

void TestXlsxReader::unknownSheetListsTheSheets()
{
    const auto table = XlsxReader::readFile(path(QStringLiteral("two.xlsx")), QStringLiteral("公众号"));
    QVERIFY(!table);
    QVERIFY(table.error().message.contains(QStringLiteral("公众号")));
    QVERIFY(table.error().message.contains(QStringLiteral("网站")));
    QVERIFY(table.error().message.contains(QStringLiteral("新媒体")));
}

void TestXlsxReader::firstVisibleSheetByDefault()
{
    const auto table = XlsxReader::readFile(path(QStringLiteral("hidden.xlsx")));
    QVERIFY(table);
    QCOMPARE(table.value().rows.first().cell(0), QStringLiteral("visible"));
    const auto hidden = XlsxReader::readFile(path(QStringLiteral("hidden.xlsx")), QStringLiteral("说明"));
    QVERIFY(hidden);
    QCOMPARE(hidden.value().rows.first().cell(0), QStringLiteral("hidden"));
}

void TestXlsxReader::handMadeParts_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QByteArray>("strings");
    QTest::addColumn<QStringList>("cells"); // of the first row

    QTest::newRow("exponent number") << QByteArray(SheetStart +
                                                   "<row r=\"1\"><c r=\"A1\"><v>3.399990001E9</v></c>"
                                                   "<c r=\"B1\"><v>1.1010502030143E13</v></c></row>" +
                                                   SheetEnd)
                                     << QByteArray()
                                     << QStringList{QStringLiteral("3399990001"),
                                                    QStringLiteral("11010502030143")};
    QTest::newRow("cells without references")
        << QByteArray(SheetStart + "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>" +
                      SheetEnd)
        << QByteArray() << QStringList{QStringLiteral("a"), QStringLiteral("2")};
    QTest::newRow("phonetic guide skipped")
        << QByteArray(SheetStart + "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c></row>" + SheetEnd)
        << QByteArray("<sst><si><r><t>东</t></r><r><t xml:space=\"preserve\">京 </t></r><rPh sb=\"0\" "
                      "eb=\"1\"><t>とう"
                      "</t></rPh></si></sst>")
        << QStringList{QString(), QStringLiteral("东京 ")};
    QTest::newRow("escaped control character")
        << QByteArray(SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"str\"><f>A2</f><v>a_x000D_b</v></c></row>" +
                      SheetEnd)
        << QByteArray() << QStringList{QStringLiteral("a\rb")};
    QTest::newRow("prefixed elements")
        << QByteArray(
               "<x:worksheet "
               "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
               "<x:row r=\"1\"><x:c r=\"C1\" t=\"b\"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>")
        << QByteArray() << QStringList{QString(), QString(), QStringLiteral("TRUE")};
    QTest::newRow("far column ignored")
        << QByteArray(SheetStart + "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>" +
                      SheetEnd)
        << QByteArray() << QStringList{QStringLiteral("1")};
}

void TestXlsxReader::handMadeParts()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QByteArray, strings);
    QFETCH(QStringList, cells);
    const QString file = path(QStringLiteral("handmade.xlsx"));
    QFile::remove(file);
    QVERIFY(writeZip(file, minimalXlsxParts(sheet, strings)));
    const auto table = XlsxReader::readFile(file);
    QVERIFY2(table, qPrintable(table.ok() ? QString() : table.error().fullText()));
    QCOMPARE(table.value().rows.size(), 1);
    QCOMPARE(table.value().rows.first().cells, cells);
}

void TestXlsxReader::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // a part of the message the inspector sees

    const QString damaged = QStringLiteral("is damaged");
    QTest::newRow("csv renamed to xlsx")
        << QStringLiteral("csv-renamed.xlsx") << QStringLiteral("is not an Excel workbook");
    QTest::newRow("empty file") << QStringLiteral("empty.xlsx") << QStringLiteral("is not an Excel workbook");
    QTest::newRow("old xls") << QStringLiteral("old.xls") << QStringLiteral("Excel 97-2003");
    QTest::newRow("zip without workbook")
        << QStringLiteral("no-workbook.xlsx") << QStringLiteral("not an Excel workbook");
    QTest::newRow("truncated zip") << QStringLiteral("truncated.xlsx") << damaged;
    QTest::newRow("broken sheet xml") << QStringLiteral("broken-sheet.xlsx") << damaged;
    QTest::newRow("broken shared strings") << QStringLiteral("broken-strings.xlsx") << damaged;
    QTest::newRow("shared string index out of range") << QStringLiteral("string-index.xlsx") << damaged;
    QTest::newRow("workbook without sheets") << QStringLiteral("no-sheets.xlsx") << damaged;
    QTest::newRow("part larger than 50 MB")
        << QStringLiteral("bomb.xlsx") << QStringLiteral("more than 50 MB");
    QTest::newRow("missing file") << QStringLiteral("does-not-exist.xlsx")
                                  << QStringLiteral("cannot be opened");
}

void TestXlsxReader::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const auto table = XlsxReader::readFile(path(file));
    QVERIFY(!table);
    QVERIFY2(table.error().message.contains(message), qPrintable(table.error().fullText()));
}

void TestXlsxReader::formatNumber_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << QStringLiteral("3399990001") << QStringLiteral("3399990001");
    QTest::newRow("exponent") << QStringLiteral("3.399990001E+9") << QStringLiteral("3399990001");
    QTest::newRow("integer as decimal") << QStringLiteral("42.0") << QStringLiteral("42");
    QTest::newRow("negative") << QStringLiteral("-7") << QStringLiteral("-7");
    QTest::newRow("fraction") << QStringLiteral("12.5") << QStringLiteral("12.5");
    QTest::newRow("binary fraction noise") << QStringLiteral("0.30000000000000004") << QStringLiteral("0.3");
    QTest::newRow("huge") << QStringLiteral("1E+20") << QStringLiteral("1e+20");
    QTest::newRow("not a number") << QStringLiteral(" abc ") << QStringLiteral("abc");
}

void TestXlsxReader::formatNumber()
{
    QFETCH(QString, raw);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::formatNumber(raw), text);
}

void TestXlsxReader::columnOfReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << QStringLiteral("A1") << 0;
    QTest::newRow("C5") << QStringLiteral("C5") << 2;
    QTest::newRow("Z9") << QStringLiteral("Z9") << 25;
    QTest::newRow("AA10") << QStringLiteral("AA10") << 26;
    QTest::newRow("lower case") << QStringLiteral("ab3") << 27;
    QTest::newRow("XFD1") << QStringLiteral("XFD1") << 16383;
    QTest::newRow("no letters") << QStringLiteral("15") << -1;
}

void TestXlsxReader::columnOfReference()
{
    QFETCH(QString, reference);
    QFETCH(int, column);
    QCOMPARE(XlsxReader::columnOfReference(reference), column);
    if (column >= 0)
        QCOMPARE(XlsxReader::columnOfReference(QString(columnLetter(column) + QLatin1Char('7'))), column);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
