// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "ZipEntries.h"
#include "registry/XlsxReader.h"
#include "report/sheet/ProblemListXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace xj;

namespace {

const QStringList HeaderLabels{
    QStringLiteral("No."),         QStringLiteral("Site"),         QStringLiteral("Host unit"),
    QStringLiteral("Site code"),   QStringLiteral("Indicator"),    QStringLiteral("Judgement"),
    QStringLiteral("Description"), QStringLiteral("Page address"), QStringLiteral("Found"),
    QStringLiteral("State"),       QStringLiteral("Inspector"),    QStringLiteral("Screenshot")};

const QString SiteName = QStringLiteral("青禾县人民政府门户网站");
const QString PageUrl = QStringLiteral("https://www.qinghe.gov.cn/hdjl/list.html?page=2&type=reply");

/// A screenshot-like picture: a blue banner over white, drawn without text so no fonts are needed.
QString writePicture(const QString &path, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, size.width(), size.height() / 5), QColor(20, 80, 160));
    painter.end();
    return image.save(path, "PNG") ? path : QString();
}

ProblemListRow sampleRow(int number,
                         const QString &description = QStringLiteral("互动栏目留言超过5个工作日未回复。"))
{
    ProblemListRow row;
    row.number = number;
    row.siteName = SiteName;
    row.siteUrl = QStringLiteral("https://www.qinghe.gov.cn/");
    row.siteCode = QStringLiteral("0012000001");
    row.unitName = QStringLiteral("青禾县人民政府办公室");
    row.itemCode = QStringLiteral("W-V4");
    row.itemTitle = QStringLiteral("互动回应差");
    row.judgement = QStringLiteral("扣分");
    row.description = description;
    row.pageUrl = PageUrl;
    row.foundAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30));
    row.state = QStringLiteral("待整改");
    row.inspector = QStringLiteral("张三");
    return row;
}

ProblemListSheet sheetOf(const QString &siteName, int rows)
{
    ProblemListSheet sheet{siteName, {}};
    for (int i = 1; i <= rows; ++i) {
        ProblemListRow row = sampleRow(i);
        row.siteName = siteName;
        sheet.rows.append(row);
    }
    return sheet;
}

QList<SheetRow> readRows(const QString &path, const QString &sheetName)
{
    const Result<SheetTable> table = XlsxReader::readFile(path, sheetName);
    if (!table) {
        qWarning() << table.error().fullText();
        return {};
    }
    return table.value().rows;
}

} // namespace

class TestProblemListXlsx : public QObject
{
    Q_OBJECT

private slots:
    void worksheetNames_data();
    void worksheetNames();
    void sheetPerSiteReadsBack();
    void cellsAreTextNotFormulas();
    void singleSheetHoldsEverySite();
    void emptyInputGivesHeaderAndNote_data();
    void emptyInputGivesHeaderAndNote();
    void frozenHeaderFilterAndTitle();
    void pageAddressLinks_data();
    void pageAddressLinks();
    void linksStopAtExcelsLimit();
    void thumbnails_data();
    void thumbnails();
    void unreadablePictureIsNoted_data();
    void unreadablePictureIsNoted();
    void unwritablePathFailsWithoutFile();
    void replacesExistingFile();
};

void TestProblemListXlsx::worksheetNames_data()
{
    QTest::addColumn<QStringList>("siteNames");
    QTest::addColumn<bool>("singleSheet");
    QTest::addColumn<QStringList>("expected");

    const QString longName =
        QStringLiteral("青禾县人民政府门户网站（含县政府办公室、发展和改革局、财政局、教育局）");
    QTest::newRow("chinese") << QStringList{SiteName} << false << QStringList{SiteName};
    QTest::newRow("forbidden characters") << QStringList{QStringLiteral("a[b]c:d*e?f/g\\h")} << false
                                          << QStringList{QStringLiteral("a_b_c_d_e_f_g_h")};
    QTest::newRow("longer than 31") << QStringList{longName} << false << QStringList{longName.left(31)};
    QTest::newRow("duplicates") << QStringList{SiteName, SiteName, SiteName} << false
                                << QStringList{SiteName, SiteName + QStringLiteral(" (2)"),
                                               SiteName + QStringLiteral(" (3)")};
    QTest::newRow("duplicates regardless of case")
        << QStringList{QStringLiteral("Portal"), QStringLiteral("PORTAL")} << false
        << QStringList{QStringLiteral("Portal"), QStringLiteral("PORTAL (2)")};
    QTest::newRow("long duplicate keeps 31")
        << QStringList{longName, longName} << false
        << QStringList{longName.left(31), longName.left(27) + QStringLiteral(" (2)")};
    QTest::newRow("empty names") << QStringList{QString(), QStringLiteral("  "), SiteName} << false
                                 << QStringList{QStringLiteral("Site 1"), QStringLiteral("Site 2"), SiteName};
    QTest::newRow("apostrophes and line breaks")
        << QStringList{QStringLiteral("'县\n网站'"), QStringLiteral("'''")} << false
        << QStringList{QStringLiteral("县 网站"), QStringLiteral("Site 2")};
    QTest::newRow("History is reserved")
        << QStringList{QStringLiteral("History")} << false << QStringList{QStringLiteral("History (2)")};
    QTest::newRow("single sheet") << QStringList{SiteName, QStringLiteral("Other")} << true
                                  << QStringList{QStringLiteral("Problems")};
    QTest::newRow("no sites") << QStringList{} << false << QStringList{QStringLiteral("Problems")};
}

void TestProblemListXlsx::worksheetNames()
{
    QFETCH(QStringList, siteNames);
    QFETCH(bool, singleSheet);
    QFETCH(QStringList, expected);
    QList<ProblemListSheet> sheets;
    for (const QString &name : siteNames)
        sheets.append(sheetOf(name, 1));
    const auto layout = singleSheet ? ProblemListLayout::SingleSheet : ProblemListLayout::SheetPerSite;
    QCOMPARE(ProblemListXlsxWriter::worksheetNames(sheets, layout), expected);

    // Excel's rules are what libxlsxwriter checks too: the names must all be accepted.
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("names.xlsx"));
    const Status status = ProblemListXlsxWriter::write(sheets, layout, path);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().fullText()));
    const Result<QStringList> names = XlsxReader::sheetNames(path);
    QVERIFY(names.ok());
    QCOMPARE(names.value(), expected);
}

void TestProblemListXlsx::sheetPerSiteReadsBack()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("问题清单.xlsx"));
    const QList<ProblemListSheet> sheets{sheetOf(SiteName, 3), sheetOf(QStringLiteral("青禾县教育局网站"), 1),
                                         sheetOf(SiteName, 2)};
    QVERIFY(ProblemListXlsxWriter::write(sheets, ProblemListLayout::SheetPerSite, path).ok());

    const QStringList expectedNames{SiteName, QStringLiteral("青禾县教育局网站"),
                                    SiteName + QStringLiteral(" (2)")};
    QCOMPARE(XlsxReader::sheetNames(path).value(), expectedNames);
    const QList<int> expectedRows{3, 1, 2};
    for (int s = 0; s < expectedNames.size(); ++s) {
        const QList<SheetRow> rows = readRows(path, expectedNames.at(s));
        QCOMPARE(rows.size(), 1 + expectedRows.at(s));
        QCOMPARE(rows.first().cells, HeaderLabels);
        for (int r = 1; r < rows.size(); ++r) {
            QCOMPARE(rows.at(r).cell(0), QString::number(r));
            QCOMPARE(rows.at(r).cell(1), sheets.at(s).siteName);
        }
    }
}

void TestProblemListXlsx::cellsAreTextNotFormulas()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("cells.xlsx"));
    ProblemListSheet sheet{SiteName, {sampleRow(1, QStringLiteral("=1+1")), sampleRow(2)}};
    sheet.rows[1].siteName.clear(); // falls back to the sheet's site
    sheet.rows[1].itemTitle.clear();
    sheet.rows[1].unitName = QStringLiteral("+86 0571");
    sheet.rows[1].inspector = QStringLiteral("@李四");
    sheet.rows[1].foundAt = {};
    QVERIFY(ProblemListXlsxWriter::write({sheet}, ProblemListLayout::SheetPerSite, path).ok());

    const QList<SheetRow> rows = readRows(path, SiteName);
    QCOMPARE(rows.size(), 3);
    const QStringList first{QStringLiteral("1"),
                            SiteName,
                            QStringLiteral("青禾县人民政府办公室"),
                            QStringLiteral("0012000001"),
                            QStringLiteral("W-V4 互动回应差"),
                            QStringLiteral("扣分"),
                            QStringLiteral("=1+1"),
                            PageUrl,
                            QStringLiteral("2026-03-05 14:30"),
                            QStringLiteral("待整改"),
                            QStringLiteral("张三")};
    QCOMPARE(rows.at(1).cells.mid(0, first.size()), first);
    QCOMPARE(rows.at(2).cell(1), SiteName);
    QCOMPARE(rows.at(2).cell(2), QStringLiteral("+86 0571"));
    QCOMPARE(rows.at(2).cell(4), QStringLiteral("W-V4"));
    QCOMPARE(rows.at(2).cell(8), QString());
    QCOMPARE(rows.at(2).cell(10), QStringLiteral("@李四"));

    // No cell is a formula: there is no <f> element and no calculation chain.
    const QMap<QString, QByteArray> zip = readZipEntries(path);
    const QByteArray sheetXml = zip.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheetXml.isEmpty());
    QVERIFY(!sheetXml.contains("<f>"));
    QVERIFY(!zip.contains(QStringLiteral("xl/calcChain.xml")));
}

void TestProblemListXlsx::singleSheetHoldsEverySite()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("single.xlsx"));
    const QList<ProblemListSheet> sheets{sheetOf(SiteName, 2),
                                         sheetOf(QStringLiteral("青禾县教育局网站"), 3)};
    QVERIFY(ProblemListXlsxWriter::write(sheets, ProblemListLayout::SingleSheet, path).ok());

    QCOMPARE(XlsxReader::sheetNames(path).value(), QStringList{QStringLiteral("Problems")});
    const QList<SheetRow> rows = readRows(path, QStringLiteral("Problems"));
    QCOMPARE(rows.size(), 1 + 2 + 3);
    QCOMPARE(rows.first().cells, HeaderLabels);
    QCOMPARE(rows.at(2).cell(1), SiteName);
    QCOMPARE(rows.at(3).cell(0), QStringLiteral("1"));
    QCOMPARE(rows.at(3).cell(1), QStringLiteral("青禾县教育局网站"));
    QCOMPARE(rows.at(5).cell(0), QStringLiteral("3"));
}

void TestProblemListXlsx::emptyInputGivesHeaderAndNote_data()
{
    QTest::addColumn<bool>("singleSheet");
    QTest::addColumn<bool>("withSite");
    QTest::addColumn<QString>("sheetName");

    QTest::newRow("no sites, sheet per site") << false << false << QStringLiteral("Problems");
    QTest::newRow("no sites, single sheet") << true << false << QStringLiteral("Problems");
    QTest::newRow("site without problems") << false << true << SiteName;
}

void TestProblemListXlsx::emptyInputGivesHeaderAndNote()
{
    QFETCH(bool, singleSheet);
    QFETCH(bool, withSite);
    QFETCH(QString, sheetName);
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
    const QList<ProblemListSheet> sheets =
        withSite ? QList<ProblemListSheet>{ProblemListSheet{SiteName, {}}} : QList<ProblemListSheet>{};
    QVERIFY(ProblemListXlsxWriter::write(
                sheets, singleSheet ? ProblemListLayout::SingleSheet : ProblemListLayout::SheetPerSite, path)
                .ok());
    QCOMPARE(XlsxReader::sheetNames(path).value(), QStringList{sheetName});
    const QList<SheetRow> rows = readRows(path, sheetName);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().cells, HeaderLabels);
    QCOMPARE(rows.at(1).cells, QStringList{QStringLiteral("No problems to list.")});
}

void TestProblemListXlsx::frozenHeaderFilterAndTitle()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("frozen.xlsx"));
    QVERIFY(ProblemListXlsxWriter::write({sheetOf(SiteName, 4)}, ProblemListLayout::SheetPerSite, path).ok());
    const QMap<QString, QByteArray> zip = readZipEntries(path);
    const QByteArray sheetXml = zip.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(QRegularExpression(QStringLiteral("<pane [^>]*state=\"frozen\""))
                .match(QString::fromUtf8(sheetXml))
                .hasMatch());
    QVERIFY(sheetXml.contains("ySplit=\"1\""));
    QVERIFY(sheetXml.contains("<autoFilter ref=\"A1:L5\""));
    QVERIFY(QString::fromUtf8(zip.value(QStringLiteral("docProps/core.xml")))
                .contains(QStringLiteral("<dc:title>Problem list: %1</dc:title>").arg(SiteName)));
    // The header is bold and filled: its style has a font and a fill of its own.
    const QByteArray styles = zip.value(QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(styles.contains("FFDDEBF7"));
}

void TestProblemListXlsx::pageAddressLinks_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("target"); ///< empty: written as plain text

    QTest::newRow("https with query") << PageUrl << PageUrl;
    const QString chinesePath = QStringLiteral("http://www.qinghe.gov.cn/政务公开/index.html");
    QTest::newRow("chinese path, percent-encoded")
        << chinesePath
        << QStringLiteral("http://www.qinghe.gov.cn/") +
               QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("政务公开"))) +
               QStringLiteral("/index.html");
    QTest::newRow("ftp") << QStringLiteral("ftp://ftp.qinghe.gov.cn/file.doc") << QString();
    QTest::newRow("not an address") << QStringLiteral("见首页第三屏") << QString();
    QTest::newRow("no host") << QStringLiteral("https:///path") << QString();
    QTest::newRow("formula-like") << QStringLiteral("=HYPERLINK(\"http://evil\")") << QString();
    QTest::newRow("longer than Excel takes")
        << QStringLiteral("https://www.qinghe.gov.cn/search?q=") + QString(2100, QLatin1Char('a'))
        << QString();
}

void TestProblemListXlsx::pageAddressLinks()
{
    QFETCH(QString, address);
    QFETCH(QString, target);
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("links.xlsx"));
    ProblemListRow row = sampleRow(1);
    row.pageUrl = address;
    QVERIFY(ProblemListXlsxWriter::write({ProblemListSheet{SiteName, {row}}}, ProblemListLayout::SheetPerSite,
                                         path)
                .ok());

    QCOMPARE(readRows(path, SiteName).at(1).cell(7), address);
    const QMap<QString, QByteArray> zip = readZipEntries(path);
    const QByteArray rels = zip.value(QStringLiteral("xl/worksheets/_rels/sheet1.xml.rels"));
    QStringList links;
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.attributes().value(QStringLiteral("Type")).endsWith(QLatin1String("/hyperlink")))
            links.append(xml.attributes().value(QStringLiteral("Target")).toString());
    }
    QCOMPARE(links, target.isEmpty() ? QStringList{} : QStringList{target});
    QCOMPARE(zip.value(QStringLiteral("xl/worksheets/sheet1.xml")).contains("<hyperlink "),
             !target.isEmpty());
}

void TestProblemListXlsx::linksStopAtExcelsLimit()
{
    constexpr int Limit = 65530;
    ProblemListSheet sheet{SiteName, {}};
    for (int i = 1; i <= Limit + 2; ++i) {
        ProblemListRow row;
        row.number = i;
        row.pageUrl = QStringLiteral("https://www.qinghe.gov.cn/p/%1.html").arg(i);
        sheet.rows.append(row);
    }
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("many.xlsx"));
    QVERIFY(ProblemListXlsxWriter::write({sheet}, ProblemListLayout::SheetPerSite, path).ok());
    const QMap<QString, QByteArray> zip = readZipEntries(path);
    QCOMPARE(zip.value(QStringLiteral("xl/worksheets/sheet1.xml")).count("<hyperlink "), Limit);
    const QList<SheetRow> rows = readRows(path, SiteName);
    QCOMPARE(rows.size(), Limit + 3);
    QCOMPARE(rows.last().cell(7), sheet.rows.last().pageUrl);
}

void TestProblemListXlsx::thumbnails_data()
{
    QTest::addColumn<QSize>("pictureSize");
    QTest::addColumn<QSize>("thumbnailSize");

    QTest::newRow("wide screenshot") << QSize(1600, 900) << QSize(160, 90);
    QTest::newRow("full-page screenshot") << QSize(400, 2000) << QSize(24, 120);
    QTest::newRow("small picture is not enlarged") << QSize(100, 50) << QSize(100, 50);
}

void TestProblemListXlsx::thumbnails()
{
    QFETCH(QSize, pictureSize);
    QFETCH(QSize, thumbnailSize);
    TestDataDir dir;
    ProblemListRow row = sampleRow(1);
    row.screenshotPath = writePicture(dir.filePath(QStringLiteral("shot.png")), pictureSize);
    QVERIFY(!row.screenshotPath.isEmpty());
    const QString path = dir.filePath(QStringLiteral("pictures.xlsx"));
    QVERIFY(ProblemListXlsxWriter::write({ProblemListSheet{SiteName, {row}}}, ProblemListLayout::SheetPerSite,
                                         path)
                .ok());

    const QMap<QString, QByteArray> zip = readZipEntries(path);
    QVERIFY(zip.contains(QStringLiteral("xl/media/image1.png")));
    QVERIFY(zip.contains(QStringLiteral("xl/drawings/drawing1.xml")));
    const QImage thumbnail = QImage::fromData(zip.value(QStringLiteral("xl/media/image1.png")), "PNG");
    QCOMPARE(thumbnail.size(), thumbnailSize);
    QCOMPARE(readRows(path, SiteName).at(1).cell(11), QString());

    // The row is as tall as the thumbnail and its margins (points are 3/4 of a pixel).
    const QRegularExpression rowTag(
        QStringLiteral("<row r=\"2\"[^>]* ht=\"([0-9.]+)\"[^>]*customHeight=\"1\""));
    const QRegularExpressionMatch match =
        rowTag.match(QString::fromUtf8(zip.value(QStringLiteral("xl/worksheets/sheet1.xml"))));
    QVERIFY(match.hasMatch());
    QVERIFY(match.captured(1).toDouble() >= thumbnailSize.height() * 0.75);
}

void TestProblemListXlsx::unreadablePictureIsNoted_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::addColumn<QString>("notePrefix");

    QTest::newRow("missing file") << false << QStringLiteral("Picture not found: ");
    QTest::newRow("not a picture") << true << QStringLiteral("Picture cannot be read: ");
}

void TestProblemListXlsx::unreadablePictureIsNoted()
{
    QFETCH(bool, fileExists);
    QFETCH(QString, notePrefix);
    TestDataDir dir;
    const QString picture = dir.filePath(QStringLiteral("broken.png"));
    if (fileExists) {
        QFile file(picture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PNG file");
    }
    ProblemListRow broken = sampleRow(1);
    broken.screenshotPath = picture;
    ProblemListRow good = sampleRow(2);
    good.screenshotPath = writePicture(dir.filePath(QStringLiteral("good.png")), QSize(320, 200));
    const QString path = dir.filePath(QStringLiteral("notes.xlsx"));
    const Status status = ProblemListXlsxWriter::write({ProblemListSheet{SiteName, {broken, good}}},
                                                       ProblemListLayout::SheetPerSite, path);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().fullText()));

    const QList<SheetRow> rows = readRows(path, SiteName);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).cell(11), notePrefix + QDir::toNativeSeparators(picture));
    // The export goes on: the next problem still gets its thumbnail.
    const QMap<QString, QByteArray> zip = readZipEntries(path);
    QVERIFY(zip.contains(QStringLiteral("xl/media/image1.png")));
    QVERIFY(!zip.contains(QStringLiteral("xl/media/image2.png")));
}

void TestProblemListXlsx::unwritablePathFailsWithoutFile()
{
    TestDataDir dir;
    // A folder that does not exist, and a target that is a folder: libxlsxwriter cannot create the
    // file in the first case, the finished file cannot take the folder's place in the second.
    const QString missingFolder = dir.filePath(QStringLiteral("missing/sub/list.xlsx"));
    Status status =
        ProblemListXlsxWriter::write({sheetOf(SiteName, 2)}, ProblemListLayout::SheetPerSite, missingFolder);
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QDir::toNativeSeparators(missingFolder)));
    QVERIFY(!status.error().detail.isEmpty());
    QVERIFY(!QFile::exists(missingFolder));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing"))));

    const QString folderTarget = dir.filePath(QStringLiteral("target.xlsx"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("target.xlsx")));
    status =
        ProblemListXlsxWriter::write({sheetOf(SiteName, 2)}, ProblemListLayout::SheetPerSite, folderTarget);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().detail.isEmpty());
    QVERIFY(QFileInfo(folderTarget).isDir());
    // No half-written workbook is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("target.xlsx")});
}

void TestProblemListXlsx::replacesExistingFile()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
    }
    QVERIFY(ProblemListXlsxWriter::write({sheetOf(SiteName, 1)}, ProblemListLayout::SheetPerSite, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");
    QCOMPARE(readRows(path, SiteName).size(), 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("list.xlsx")});
}

QTEST_GUILESS_MAIN(TestProblemListXlsx)
#include "tst_problemlistxlsx.moc"
