// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "registry/CsvReader.h"
#include "registry/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace xj;

namespace {

/// Rows as "number: cell|cell|cell", which compares and prints well.
QStringList describe(const QList<SheetRow> &rows)
{
    QStringList out;
    for (const SheetRow &row : rows)
        out.append(QString::number(row.number) + QLatin1String(": ") + row.cells.join(u'|'));
    return out;
}

/// Expected rows written as plain literals (QT_NO_CAST_FROM_ASCII forbids the implicit conversion).
QStringList lines(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void parse_data();
    void parse();
    void unclosedQuoteNamesTheRow();
    void fixturesInEveryEncodingReadTheSame_data();
    void fixturesInEveryEncodingReadTheSame();
    void gbkFixtureIsReallyGbk();
    void quotedFixture();
    void missingFileIsAnError();
};

void TestCsvReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); // empty: an error is expected
    QTest::addColumn<QString>("encoding");

    const QString chinese = QStringLiteral("网站名称,网址\n示例,http://x.gov.cn\n");
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    QStringEncoder utf16be(QStringEncoder::Utf16BE);

    QTest::newRow("ascii") << QByteArray("a,b\n") << QStringLiteral("a,b\n") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8") << chinese.toUtf8() << chinese << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + chinese.toUtf8()) << chinese
                                    << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("utf-16le with BOM") << QByteArray("\xFF\xFE" + QByteArray(utf16le.encode(chinese)))
                                       << chinese << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be with BOM") << QByteArray("\xFE\xFF" + QByteArray(utf16be.encode(chinese)))
                                       << chinese << QStringLiteral("UTF-16BE");
    QTest::newRow("gbk") << gb18030(chinese) << chinese << QStringLiteral("GB18030");
    QTest::newRow("gb18030 four-byte")
        << gb18030(QStringLiteral("㐀,€")) << QStringLiteral("㐀,€") << QStringLiteral("GB18030");
    QTest::newRow("binary with NUL") << QByteArray("PK\x03\x04\0\0\x14", 7) << QString() << QString();
    QTest::newRow("bad utf-8 after BOM") << QByteArray("\xEF\xBB\xBF\xC3\x28") << QString() << QString();
    QTest::newRow("neither utf-8 nor gbk") << QByteArray("abc\x81\x20\xFF") << QString() << QString();
}

void TestCsvReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const auto decoded = TextDecoder::decode(bytes);
    if (text.isEmpty()) {
        QVERIFY(!decoded);
        QVERIFY(!decoded.error().message.isEmpty());
        return;
    }
    QVERIFY2(decoded, qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value().text, text);
    QCOMPARE(decoded.value().encoding, encoding);
}

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("plain LF") << QByteArray("a,b,c\n1,2,3\n") << lines({"1: a|b|c", "2: 1|2|3"});
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << lines({"1: a|b", "2: 1|2"});
    QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2\r") << lines({"1: a|b", "2: 1|2"});
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << lines({"1: a|b", "2: 1|2"});
    QTest::newRow("trailing empty lines") << QByteArray("a,b\n1,2\n\n") << lines({"1: a|b", "2: 1|2"});
    QTest::newRow("blank line keeps counting") << QByteArray("a\n\n,\nb\n") << lines({"1: a", "4: b"});
    QTest::newRow("empty cells") << QByteArray("a,,c,\n") << lines({"1: a||c|"});
    QTest::newRow("quoted separator") << QByteArray("\"a,b\",c\n") << lines({"1: a,b|c"});
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << lines({"1: say \"hi\"|x"});
    QTest::newRow("empty quoted cell") << QByteArray("\"\",x\n") << lines({"1: |x"});
    QTest::newRow("line break inside quotes")
        << QByteArray("name,notes\n\"n\",\"line 1\r\nline 2\"\nnext,row\n")
        << lines({"1: name|notes", "2: n|line 1\nline 2", "3: next|row"});
    QTest::newRow("quote inside unquoted cell") << QByteArray("a\"b,c\n") << lines({"1: a\"b|c"});
    QTest::newRow("tab separated") << QByteArray("a\tb, still b\tc\n1\t2\t3\n")
                                   << lines({"1: a|b, still b|c", "2: 1|2|3"});
    QTest::newRow("semicolon separated")
        << QByteArray("a;b;c\n1,5;2;3\n") << lines({"1: a|b|c", "2: 1,5|2|3"});
    QTest::newRow("excel sep= line") << QByteArray("sep=;\r\na;b,c\r\n") << lines({"1: a|b,c"});
    QTest::newRow("excel =\"text\" cells") << QByteArray("code,x\n=\"0330100001\",\"=\"\"1\"\"\"\n")
                                           << lines({"1: code|x", "2: 0330100001|=\"1\""});
    QTest::newRow("title row without separators")
        << QByteArray("名录\n名称;网址\nx;y\n") << lines({"1: 名录", "2: 名称|网址", "3: x|y"});
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, rows);
    const auto table = CsvReader::read(bytes);
    QVERIFY2(table, qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(describe(table.value().rows), rows);
}

void TestCsvReader::unclosedQuoteNamesTheRow()
{
    const auto table = CsvReader::read(QByteArray("a,b\n1,2\n3,\"open\n4,5\n"));
    QVERIFY(!table);
    QVERIFY2(table.error().message.startsWith(QLatin1String("Row 3:")), qPrintable(table.error().message));
}

void TestCsvReader::fixturesInEveryEncodingReadTheSame_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << QStringLiteral("sites_utf8.csv") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 BOM") << QStringLiteral("sites_utf8_bom.csv") << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("gbk CRLF") << QStringLiteral("sites_gbk.csv") << QStringLiteral("GB18030");
}

void TestCsvReader::fixturesInEveryEncodingReadTheSame()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const auto reference = CsvReader::readFile(testDataPath(QStringLiteral("registry/sites_utf8.csv")));
    const auto table = CsvReader::readFile(testDataPath(QStringLiteral("registry/") + file));
    QVERIFY(reference);
    QVERIFY2(table, qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table.value().sourceDescription, encoding);
    QCOMPARE(describe(table.value().rows), describe(reference.value().rows));
    QCOMPARE(table.value().rows.size(), 5);
    QCOMPARE(table.value().rows.at(1).cell(1), QStringLiteral("示例市人民政府门户网站"));
    QCOMPARE(table.value().rows.at(1).cell(4), QStringLiteral("3399990001"));
}

void TestCsvReader::gbkFixtureIsReallyGbk()
{
    // The fixture must be what Excel on Chinese Windows writes: GBK bytes, not valid UTF-8.
    QFile file(testDataPath(QStringLiteral("registry/sites_gbk.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xD0\xF2\xBA\xC5,")); // 序号 in GBK
    QVERIFY(!QUtf8StringView(bytes).isValidUtf8());
    QVERIFY(bytes.contains("\r\n"));
}

void TestCsvReader::quotedFixture()
{
    const auto table = CsvReader::readFile(testDataPath(QStringLiteral("registry/sites_quoted.csv")));
    QVERIFY(table);
    const auto &rows = table.value().rows;
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).number, 2);
    QCOMPARE(rows.at(1).cell(0), QStringLiteral("示例市\"数字政府\"网站"));
    QCOMPARE(rows.at(1).cell(2), QStringLiteral("示例市大数据局,政务服务办"));
    QCOMPARE(rows.at(1).cell(3), QStringLiteral("第一行\n第二行"));
    QCOMPARE(rows.at(2).number, 3); // the line break inside row 2 does not start a row
    QCOMPARE(rows.at(2).cell(3), QStringLiteral("含有 \"引号\" 和, 逗号"));
    QCOMPARE(rows.at(3).number, 5); // after a blank row
}

void TestCsvReader::missingFileIsAnError()
{
    const auto table = CsvReader::readFile(QStringLiteral("/nonexistent/registry.csv"));
    QVERIFY(!table);
    QVERIFY(table.error().message.contains(QLatin1String("registry.csv")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
