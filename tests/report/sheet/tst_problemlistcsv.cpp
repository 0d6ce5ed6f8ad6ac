// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "report/sheet/ProblemListCsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace xj;

namespace {

const QByteArray Bom("\xEF\xBB\xBF");
const QByteArray
    Header("No.,Site,Host unit,Site code,Indicator,Judgement,Description,Page address,Found,State,"
           "Inspector,Screenshot file");
const QString SiteName = QStringLiteral("青禾县人民政府门户网站");

ProblemListRow sampleRow(int number)
{
    ProblemListRow row;
    row.number = number;
    row.siteName = SiteName;
    row.siteCode = QStringLiteral("0012000001");
    row.unitName = QStringLiteral("青禾县人民政府办公室");
    row.itemCode = QStringLiteral("W-V4");
    row.itemTitle = QStringLiteral("互动回应差");
    row.judgement = QStringLiteral("扣分");
    row.description = QStringLiteral("留言超过5个工作日未回复");
    row.pageUrl = QStringLiteral("https://www.qinghe.gov.cn/hdjl/list.html?page=2");
    row.foundAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30));
    row.state = QStringLiteral("待整改");
    row.inspector = QStringLiteral("张三");
    row.screenshotPath = QStringLiteral("/data/evidence/1.png");
    return row;
}

/// The records of a CSV file without its byte order mark, split at CRLF.
QStringList records(const QByteArray &csv)
{
    QString body = QString::fromUtf8(csv.mid(Bom.size()));
    if (body.endsWith(QLatin1String("\r\n")))
        body.chop(2);
    return body.split(QLatin1String("\r\n"));
}

} // namespace

class TestProblemListCsv : public QObject
{
    Q_OBJECT

private slots:
    void bomHeaderAndLineEnds();
    void rowsOfEverySheet();
    void escaping_data();
    void escaping();
    void writesFile();
    void unwritablePathFailsWithoutFile();
};

void TestProblemListCsv::bomHeaderAndLineEnds()
{
    const QByteArray empty = ProblemListCsvWriter::csv({});
    QVERIFY(empty.startsWith(Bom));
    QCOMPARE(empty, Bom + Header + "\r\n");

    const QByteArray csv =
        ProblemListCsvWriter::csv({ProblemListSheet{SiteName, {sampleRow(1), sampleRow(2)}}});
    // Every line ends in CRLF: as many CRs as LFs, and each LF right after a CR.
    QCOMPARE(csv.count('\n'), 3);
    QCOMPARE(csv.count('\r'), 3);
    QCOMPARE(csv.count("\r\n"), 3);
}

void TestProblemListCsv::rowsOfEverySheet()
{
    ProblemListRow unnumbered = sampleRow(0);
    unnumbered.siteName.clear(); // falls back to the sheet's site
    unnumbered.itemTitle.clear();
    unnumbered.foundAt = {};
    unnumbered.screenshotPath.clear();
    const QList<ProblemListSheet> sheets{ProblemListSheet{SiteName, {sampleRow(1), sampleRow(2)}},
                                         ProblemListSheet{QStringLiteral("教育局网站"), {unnumbered}}};
    const QStringList lines = records(ProblemListCsvWriter::csv(sheets));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QString::fromUtf8(Header));
    const QString expected =
        QStringLiteral("1,青禾县人民政府门户网站,青禾县人民政府办公室,0012000001,W-V4 互动回应差,扣分,"
                       "留言超过5个工作日未回复,https://www.qinghe.gov.cn/hdjl/list.html?page=2,"
                       "2026-03-05 14:30,待整改,张三,") +
        QDir::toNativeSeparators(QStringLiteral("/data/evidence/1.png"));
    QCOMPARE(lines.at(1), expected);
    QVERIFY(lines.at(2).startsWith(QLatin1String("2,")));
    QCOMPARE(lines.at(3),
             QStringLiteral("1,教育局网站,青禾县人民政府办公室,0012000001,W-V4,扣分,留言超过5个工作日未回复,"
                            "https://www.qinghe.gov.cn/hdjl/list.html?page=2,,待整改,张三,"));
}

void TestProblemListCsv::escaping_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("cell");

    QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("\"'=SUM(A1)\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("\"'+1\"");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("\"'-2\"");
    QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("\"'@x\"");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("首页\n栏目") << QStringLiteral("首页 栏目");
    QTest::newRow("CRLF") << QStringLiteral("first\r\nsecond") << QStringLiteral("first second");
    QTest::newRow("lone CR") << QStringLiteral("first\rsecond") << QStringLiteral("first second");
    QTest::newRow("chinese") << QStringLiteral("栏目更新不及时") << QStringLiteral("栏目更新不及时");
    QTest::newRow("plain") << QStringLiteral("ok") << QStringLiteral("ok");
}

void TestProblemListCsv::escaping()
{
    QFETCH(QString, description);
    QFETCH(QString, cell);
    ProblemListRow row;
    row.number = 1;
    row.description = description;
    const QStringList lines = records(ProblemListCsvWriter::csv({ProblemListSheet{{}, {row}}}));
    QCOMPARE(lines.size(), 2);
    // Description is the seventh column; every other cell of this row is empty.
    QCOMPARE(lines.at(1), QStringLiteral("1,,,,,,") + cell + QStringLiteral(",,,,,"));
}

void TestProblemListCsv::writesFile()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("问题清单.csv"));
    const QList<ProblemListSheet> sheets{ProblemListSheet{SiteName, {sampleRow(1)}}};
    QVERIFY(ProblemListCsvWriter::write(sheets, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ProblemListCsvWriter::csv(sheets));
}

void TestProblemListCsv::unwritablePathFailsWithoutFile()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/list.csv"));
    const Status status = ProblemListCsvWriter::write({ProblemListSheet{SiteName, {sampleRow(1)}}}, path);
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!status.error().detail.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{});
}

QTEST_GUILESS_MAIN(TestProblemListCsv)
#include "tst_problemlistcsv.moc"
