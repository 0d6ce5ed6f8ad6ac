// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "ZipEntries.h"
#include "report/docx/DocxReportWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMap>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace xj;

namespace {

const QString Title = QStringLiteral("关于青禾县人民政府门户网站问题整改的通知");
const QString BodyText =
    QStringLiteral("根据《政府网站与政务新媒体检查指标》，我办于近日对你单位门户网站进行了检查，"
                   "发现以下问题，请于收到本通知之日起十五个工作日内完成整改。");
const QString ProblemUrl = QStringLiteral("https://www.qinghe.gov.cn/zwgk/list.html?page=2&type=notice");

/// The text of each <w:p>, runs joined, as Word would show the paragraph.
QStringList paragraphTexts(const QByteArray &documentXml)
{
    QStringList paragraphs;
    QXmlStreamReader xml(documentXml);
    QString current;
    bool inParagraph = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("w:p")) {
            inParagraph = true;
            current.clear();
        } else if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("w:t")) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("w:p") && inParagraph) {
            paragraphs.append(current);
            inParagraph = false;
        }
    }
    return paragraphs;
}

/// Attribute values of every `element` in `xml`, e.g. the Target of each Relationship.
QStringList attributeValues(const QByteArray &xmlData, const QString &element, const QString &attribute)
{
    QStringList values;
    QXmlStreamReader xml(xmlData);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.qualifiedName() == element)
            values.append(xml.attributes().value(attribute).toString());
    }
    return values;
}

QString xmlError(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError() ? QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                          : QString();
}

/// A screenshot-like picture: a blue banner over white, drawn without text so no fonts are needed.
QString writePicture(const QString &path, QSize size, const char *format = "PNG")
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, size.width(), size.height() / 5), QColor(20, 80, 160));
    painter.end();
    return image.save(path, format) ? path : QString();
}

ReportDocument sampleDocument(const QString &picturePath)
{
    ReportDocument doc;
    doc.title = Title;
    doc.author = QStringLiteral("青禾县人民政府办公室");
    doc.addParagraph(BlockRole::Banner, QStringLiteral("青禾县人民政府办公室"));
    doc.addParagraph(BlockRole::DocNumber, QStringLiteral("青政办函〔2026〕12号"));
    doc.addParagraph(BlockRole::Rule, {});
    doc.addParagraph(BlockRole::Title, Title);
    doc.addParagraph(BlockRole::Addressee, QStringLiteral("县政务服务数据管理局："));
    doc.addParagraph(BlockRole::Body, BodyText);
    doc.addParagraph(BlockRole::Body, QStringLiteral("现将有关问题通报如下。"));
    doc.addParagraph(BlockRole::Heading1, QStringLiteral("一、发现的问题"));
    doc.addParagraph(BlockRole::Caption, QStringLiteral("问题清单"));

    ReportTable problems;
    problems.headers = {QStringLiteral("序号"), QStringLiteral("问题描述"), QStringLiteral("页面地址"),
                        QStringLiteral("截图")};
    problems.widths = {1, 4, 4, 4};
    problems.rows.append({{QStringLiteral("1"), {}, {}},
                          {QStringLiteral("栏目“通知公告”超过两周未更新"), {}, {}},
                          {QStringLiteral("通知公告"), QUrl(ProblemUrl), {}},
                          {{}, {}, picturePath}});
    problems.rows.append({{QStringLiteral("2"), {}, {}},
                          {QStringLiteral("首页存在错别字"), {}, {}},
                          {{}, QUrl(QStringLiteral("https://www.qinghe.gov.cn/")), {}},
                          {QStringLiteral("见截图"), {}, picturePath}});
    problems.rows.append({{QStringLiteral("3"), {}, {}}, {QStringLiteral("互动回应超期"), {}, {}}});
    doc.addTable(problems);
    doc.addPageBreak();

    doc.addParagraph(BlockRole::Caption, QStringLiteral("整改情况回执"));
    ReportTable receipt;
    receipt.headers = {QStringLiteral("问题序号"), QStringLiteral("整改情况")};
    receipt.widths = {1, 4};
    receipt.minimumRowHeightMm = 20;
    receipt.rows = {{{QStringLiteral("1"), {}, {}}, {}}, {{QStringLiteral("2"), {}, {}}, {}}};
    doc.addTable(receipt);
    doc.addParagraph(BlockRole::Signature, QStringLiteral("青禾县人民政府办公室"));
    doc.addParagraph(BlockRole::Date, QStringLiteral("2026年3月5日"));
    return doc;
}

} // namespace

class TestDocxReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void writesCompletePackage();
    void partsAreWellFormed();
    void stylesNameTheOfficialFonts();
    void pageSetupFollowsTheStandard();
    void escapesText_data();
    void escapesText();
    void linksOnlyToWebAndFiles();
    void prepareImages_data();
    void prepareImages();
    void missingPictureLeavesTheCellWithoutIt();
    void emptyDocumentStillOpens();
    void unwritablePathFails();
    void replacesAnExistingFile();
    void libreOfficeRendersIt();

private:
    /// Writes the sample document into `dir` and returns its entries (empty on failure).
    QMap<QString, QByteArray> writeSample(const TestDataDir &dir, QString *docxPath = nullptr);
};

QMap<QString, QByteArray> TestDocxReportWriter::writeSample(const TestDataDir &dir, QString *docxPath)
{
    const QString picture = writePicture(dir.filePath(QStringLiteral("shot.png")), {400, 240});
    if (picture.isEmpty())
        return {};
    const QString path = dir.filePath(QStringLiteral("整改通知书.docx"));
    const Status status = DocxReportWriter::write(sampleDocument(picture), DocumentStyle::bundled(), path);
    if (!status) {
        qWarning() << status.error().fullText();
        return {};
    }
    if (docxPath)
        *docxPath = path;
    return readZipEntries(path);
}

void TestDocxReportWriter::writesCompletePackage()
{
    TestDataDir dir;
    const auto parts = writeSample(dir);
    for (const char *name :
         {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
          "word/styles.xml", "word/fontTable.xml", "word/settings.xml", "word/footer1.xml",
          "word/footer2.xml", "word/_rels/document.xml.rels"})
        QVERIFY2(parts.contains(QLatin1String(name)), name);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("整改通知书.docx.part"))));

    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    const QStringList paragraphs = paragraphTexts(document);
    for (const QString &text :
         {Title, BodyText, QStringLiteral("青政办函〔2026〕12号"), QStringLiteral("一、发现的问题"),
          QStringLiteral("栏目“通知公告”超过两周未更新"), QStringLiteral("2026年3月5日")})
        QVERIFY2(paragraphs.contains(text), qPrintable(text));
    // The URL stands in for the missing text of a link cell.
    QVERIFY(paragraphs.contains(QStringLiteral("https://www.qinghe.gov.cn/")));
    QVERIFY(document.contains("<w:tblHeader/>"));
    QCOMPARE(document.count("<w:tblHeader/>"), 2); // one header row per table
    QVERIFY(document.contains("<w:cantSplit/>"));
    QVERIFY(document.contains(R"(<w:trHeight w:val="1134" w:hRule="atLeast"/>)")); // 20 mm
    QVERIFY(document.contains(R"(<w:br w:type="page"/>)"));
    QVERIFY(document.contains(R"(<w:pStyle w:val="XjRule"/>)"));

    // The link: a hyperlink element whose relationship is external and points at the URL.
    const QByteArray rels = parts.value(QStringLiteral("word/_rels/document.xml.rels"));
    const QStringList targets =
        attributeValues(rels, QStringLiteral("Relationship"), QStringLiteral("Target"));
    QVERIFY2(targets.contains(ProblemUrl), qPrintable(targets.join(QLatin1Char('\n'))));
    const QStringList linkIds =
        attributeValues(document, QStringLiteral("w:hyperlink"), QStringLiteral("r:id"));
    QCOMPARE(linkIds.size(), 2);
    QVERIFY(rels.contains(R"(TargetMode="External")"));

    // One picture used twice is stored once.
    QCOMPARE(parts.value(QStringLiteral("word/media/image1.png")).left(8), QByteArray("\x89PNG\r\n\x1a\n"));
    QVERIFY(!parts.contains(QStringLiteral("word/media/image2.png")));
    QCOMPARE(attributeValues(document, QStringLiteral("a:blip"), QStringLiteral("r:embed")),
             QStringList({QStringLiteral("rIdImage1"), QStringLiteral("rIdImage1")}));
    QVERIFY(parts.value(QStringLiteral("[Content_Types].xml")).contains(R"(Extension="png")"));

    const QByteArray core = parts.value(QStringLiteral("docProps/core.xml"));
    QVERIFY(QString::fromUtf8(core).contains(QStringLiteral("<dc:title>") + Title));
    QVERIFY(
        QString::fromUtf8(core).contains(QStringLiteral("<dc:creator>青禾县人民政府办公室</dc:creator>")));
}

void TestDocxReportWriter::partsAreWellFormed()
{
    TestDataDir dir;
    const auto parts = writeSample(dir);
    QVERIFY(!parts.isEmpty());
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        const QString error = xmlError(it.value());
        QVERIFY2(error.isEmpty(), qPrintable(it.key() + QLatin1String(": ") + error));
    }
    // Every relationship the body uses is declared.
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    const QStringList declared = attributeValues(parts.value(QStringLiteral("word/_rels/document.xml.rels")),
                                                 QStringLiteral("Relationship"), QStringLiteral("Id"));
    const QRegularExpression used(QStringLiteral(R"re(r:(?:id|embed)="([^"]+)")re"));
    for (const auto &match : used.globalMatch(QString::fromUtf8(document)))
        QVERIFY2(declared.contains(match.captured(1)), qPrintable(match.captured(1)));
}

void TestDocxReportWriter::stylesNameTheOfficialFonts()
{
    TestDataDir dir;
    const auto parts = writeSample(dir);
    const QString styles = QString::fromUtf8(parts.value(QStringLiteral("word/styles.xml")));
    for (const QString &font :
         {QStringLiteral("仿宋_GB2312"), QStringLiteral("方正小标宋简体"), QStringLiteral("黑体"),
          QStringLiteral("楷体_GB2312"), QStringLiteral("宋体")})
        QVERIFY2(styles.contains(QStringLiteral("w:eastAsia=\"%1\"").arg(font)), qPrintable(font));
    QVERIFY(styles.contains(QStringLiteral(R"(w:ascii="仿宋_GB2312")")));
    // A named style per role, so an office can restyle all body text at once.
    for (const QString &name :
         {QStringLiteral("公文正文"), QStringLiteral("公文标题"), QStringLiteral("一级标题"),
          QStringLiteral("成文日期"), QStringLiteral("表格文字"), QStringLiteral("表头")})
        QVERIFY2(styles.contains(QStringLiteral("<w:name w:val=\"%1\"/>").arg(name)), qPrintable(name));
    // Body: 3号 (16 pt = 32 half-points), justified, two characters' first-line indent, exact pitch.
    const qsizetype body = styles.indexOf(QLatin1String(R"(w:styleId="XjBody")"));
    const QString bodyStyle = styles.mid(body, styles.indexOf(QLatin1String("</w:style>"), body) - body);
    QVERIFY(bodyStyle.contains(QLatin1String(R"(<w:sz w:val="32"/>)")));
    QVERIFY(bodyStyle.contains(QLatin1String(R"(<w:jc w:val="both"/>)")));
    QVERIFY(bodyStyle.contains(QLatin1String(R"(w:firstLineChars="200" w:firstLine="640")")));
    QVERIFY(bodyStyle.contains(QLatin1String(R"(w:line="579" w:lineRule="exact")")));
    // The banner is red, the date keeps four characters from the right edge.
    QVERIFY(styles.contains(QLatin1String(R"(<w:color w:val="D40000"/>)")));
    QVERIFY(styles.contains(QLatin1String(R"(w:rightChars="400" w:right="1280")")));
    // The rule: a 1.5 pt (12 eighths) red bottom border.
    QVERIFY(styles.contains(
        QLatin1String(R"(<w:bottom w:val="single" w:sz="12" w:space="0" w:color="D40000"/>)")));

    const QString fonts = QString::fromUtf8(parts.value(QStringLiteral("word/fontTable.xml")));
    QVERIFY(fonts.contains(QStringLiteral(R"(<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>)")));
    QVERIFY(fonts.contains(QStringLiteral(R"(<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>)")));
}

void TestDocxReportWriter::pageSetupFollowsTheStandard()
{
    TestDataDir dir;
    const auto parts = writeSample(dir);
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    QVERIFY(document.contains(R"(<w:pgSz w:w="11906" w:h="16838"/>)"));
    // 37 / 26 / 35 / 28 mm; the footer so that the 14 pt number line starts 7 mm below the text.
    QVERIFY(document.contains(R"(w:top="2098" w:right="1474" w:bottom="1984" w:left="1587")"));
    QVERIFY(document.contains(R"(w:footer="1251")"));
    // Tables span the 156 mm text block.
    QVERIFY(document.contains(R"(<w:tblW w:w="8844" w:type="dxa"/>)"));

    QVERIFY(parts.value(QStringLiteral("word/settings.xml")).contains("<w:evenAndOddHeaders/>"));
    const QByteArray odd = parts.value(QStringLiteral("word/footer1.xml"));
    const QByteArray even = parts.value(QStringLiteral("word/footer2.xml"));
    QVERIFY(odd.contains(R"(<w:jc w:val="right"/>)"));
    QVERIFY(even.contains(R"(<w:jc w:val="left"/>)"));
    for (const QByteArray &footer : {odd, even}) {
        QVERIFY(footer.contains("> PAGE </w:instrText>"));
        QCOMPARE(paragraphTexts(footer), QStringList(QStringLiteral("— 1 —")));
    }
}

void TestDocxReportWriter::escapesText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markup") << QStringLiteral(R"(<script>alert("x")</script> & 'more')")
                            << QStringLiteral(R"(<script>alert("x")</script> & 'more')");
    QTest::newRow("entities stay literal") << QStringLiteral("&amp; &lt;") << QStringLiteral("&amp; &lt;");
    QTest::newRow("control characters dropped")
        << QStringLiteral("整改\u0001期限\u001f：\u000b十五日") << QStringLiteral("整改期限：十五日");
    QTest::newRow("non-characters dropped")
        << QString(QStringLiteral("A") + QChar(0xFFFE) + QChar(0xFFFF) + QChar(u'B')) << QStringLiteral("AB");
    QTest::newRow("lone surrogate dropped")
        << QString(QStringLiteral("政") + QChar(0xD800) + QStringLiteral("务")) << QStringLiteral("政务");
    QTest::newRow("supplementary kept") << QStringLiteral("𠀀字😀") << QStringLiteral("𠀀字😀");
    QTest::newRow("spaces kept") << QStringLiteral("  首尾空格  ") << QStringLiteral("  首尾空格  ");
}

void TestDocxReportWriter::escapesText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    TestDataDir dir;
    ReportDocument doc;
    doc.title = input;
    doc.author = input;
    doc.addParagraph(BlockRole::Body, input);
    ReportTable table;
    table.headers = {input};
    table.rows = {{ReportCell{input, QUrl(ProblemUrl), {}}}};
    doc.addTable(table);
    const QString path = dir.filePath(QStringLiteral("escape.docx"));
    const Status status = DocxReportWriter::write(doc, DocumentStyle::bundled(), path);
    QVERIFY2(status.ok(), status ? "" : qPrintable(status.error().fullText()));

    const auto parts = readZipEntries(path);
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    QVERIFY2(xmlError(document).isEmpty(), qPrintable(xmlError(document)));
    QCOMPARE(paragraphTexts(document).count(expected), 3); // body, header cell, linked cell
    const QByteArray core = parts.value(QStringLiteral("docProps/core.xml"));
    QVERIFY2(xmlError(core).isEmpty(), qPrintable(xmlError(core)));
    QXmlStreamReader reader(core);
    while (!reader.atEnd() && !(reader.readNext() == QXmlStreamReader::StartElement &&
                                reader.qualifiedName() == QLatin1String("dc:title"))) {
    }
    QCOMPARE(reader.readElementText(), expected);
}

void TestDocxReportWriter::linksOnlyToWebAndFiles()
{
    TestDataDir dir;
    const QUrl query(QStringLiteral("http://www.qinghe.gov.cn/search?q=<政务公开>&x=1\"2"));
    const QUrl file = QUrl::fromLocalFile(QStringLiteral("/srv/证据/首页.png"));
    ReportTable table;
    table.headers = {QStringLiteral("地址")};
    for (const QString &url :
         {QStringLiteral("javascript:alert(1)"), QStringLiteral("ftp://ftp.qinghe.gov.cn/a"),
          QStringLiteral("mailto:ban@qinghe.gov.cn"), QStringLiteral("https://"),
          QStringLiteral("/zwgk/index.html")})
        table.rows.append({ReportCell{QStringLiteral("不可链接"), QUrl(url), {}}});
    table.rows.append({ReportCell{QStringLiteral("检索"), query, {}}});
    table.rows.append({ReportCell{QStringLiteral("证据"), file, {}}});
    ReportDocument doc;
    doc.addTable(table);
    const QString path = dir.filePath(QStringLiteral("links.docx"));
    QVERIFY(DocxReportWriter::write(doc, DocumentStyle::bundled(), path).ok());

    const auto parts = readZipEntries(path);
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    const QByteArray rels = parts.value(QStringLiteral("word/_rels/document.xml.rels"));
    QVERIFY(xmlError(rels).isEmpty());
    QCOMPARE(attributeValues(document, QStringLiteral("w:hyperlink"), QStringLiteral("r:id")).size(), 2);
    const QStringList targets =
        attributeValues(rels, QStringLiteral("Relationship"), QStringLiteral("Target"));
    QVERIFY2(targets.contains(query.toString(QUrl::FullyEncoded)),
             qPrintable(targets.join(QLatin1Char(' '))));
    QVERIFY(targets.contains(file.toString(QUrl::FullyEncoded)));
    QCOMPARE(paragraphTexts(document).count(QStringLiteral("不可链接")), 5); // the text stays, unlinked
}

void TestDocxReportWriter::prepareImages_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("storedWidth");
    QTest::addColumn<bool>("unchanged");
    QTest::newRow("small png kept") << QSize(400, 240) << QStringLiteral("PNG") << QStringLiteral("png")
                                    << 400 << true;
    QTest::newRow("small jpeg kept") << QSize(400, 240) << QStringLiteral("JPEG") << QStringLiteral("jpeg")
                                     << 400 << true;
    QTest::newRow("wide png shrunk") << QSize(2400, 600) << QStringLiteral("PNG") << QStringLiteral("png")
                                     << 1600 << false;
    QTest::newRow("wide jpeg shrunk")
        << QSize(3200, 1000) << QStringLiteral("JPEG") << QStringLiteral("jpeg") << 1600 << false;
    QTest::newRow("bmp converted") << QSize(300, 200) << QStringLiteral("BMP") << QStringLiteral("png") << 300
                                   << false;
    QTest::newRow("tall png capped") << QSize(200, 2000) << QStringLiteral("PNG") << QStringLiteral("png")
                                     << 200 << true;
}

void TestDocxReportWriter::prepareImages()
{
    QFETCH(QSize, size);
    QFETCH(QString, format);
    QFETCH(QString, extension);
    QFETCH(int, storedWidth);
    QFETCH(bool, unchanged);
    TestDataDir dir;
    const QString source =
        writePicture(dir.filePath(QStringLiteral("picture.") + format.toLower()), size, qPrintable(format));
    QVERIFY(!source.isEmpty());
    ReportTable table;
    table.headers = {QStringLiteral("截图")};
    table.rows = {{ReportCell{{}, {}, source}}};
    ReportDocument doc;
    doc.addTable(table);
    const QString path = dir.filePath(QStringLiteral("pictures.docx"));
    QVERIFY(DocxReportWriter::write(doc, DocumentStyle::bundled(), path).ok());

    const auto parts = readZipEntries(path);
    const QByteArray stored = parts.value(QStringLiteral("word/media/image1.") + extension);
    QVERIFY2(!stored.isEmpty(), qPrintable(parts.keys().join(QLatin1Char(' '))));
    QFile original(source);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(stored == original.readAll(), unchanged);
    QBuffer buffer;
    buffer.setData(stored);
    QImageReader reader(&buffer);
    QCOMPARE(reader.size().width(), storedWidth);
    QVERIFY(parts.value(QStringLiteral("[Content_Types].xml"))
                .contains(QByteArray("Extension=\"" + extension.toLatin1() + '"')));

    // Shown inside the column (156 mm less the cell margins), at most 60 mm high, aspect kept.
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    const qint64 cx =
        attributeValues(document, QStringLiteral("wp:extent"), QStringLiteral("cx")).value(0).toLongLong();
    const qint64 cy =
        attributeValues(document, QStringLiteral("wp:extent"), QStringLiteral("cy")).value(0).toLongLong();
    QVERIFY(cx > 0 && cy > 0);
    QVERIFY(cx <= (8844 - 2 * 108) * 635);
    QVERIFY(cy <= 60 * 36000);
    QVERIFY(qAbs(double(cx) / cy - double(size.width()) / size.height()) < 0.01);
    if (size.height() > 1000)
        QCOMPARE(cy, qint64(60 * 36000));
}

void TestDocxReportWriter::missingPictureLeavesTheCellWithoutIt()
{
    TestDataDir dir;
    QFile notAPicture(dir.filePath(QStringLiteral("notes.png")));
    QVERIFY(notAPicture.open(QIODevice::WriteOnly));
    notAPicture.write("这不是图片");
    notAPicture.close();
    ReportTable table;
    table.headers = {QStringLiteral("截图")};
    table.rows = {{ReportCell{QStringLiteral("见截图一"), {}, dir.filePath(QStringLiteral("missing.png"))}},
                  {ReportCell{QStringLiteral("见截图二"), {}, notAPicture.fileName()}}};
    ReportDocument doc;
    doc.addTable(table);
    const QString path = dir.filePath(QStringLiteral("no-pictures.docx"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("picture left out.*missing\\.png")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("picture left out.*notes\\.png")));
    QVERIFY(DocxReportWriter::write(doc, DocumentStyle::bundled(), path).ok());

    const auto parts = readZipEntries(path);
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    QVERIFY(!document.contains("w:drawing"));
    QVERIFY(paragraphTexts(document).contains(QStringLiteral("见截图一")));
    QVERIFY(paragraphTexts(document).contains(QStringLiteral("见截图二")));
    for (const QString &name : parts.keys())
        QVERIFY2(!name.startsWith(QLatin1String("word/media/")), qPrintable(name));
}

void TestDocxReportWriter::emptyDocumentStillOpens()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.docx"));
    QVERIFY(DocxReportWriter::write(ReportDocument{}, DocumentStyle::bundled(), path).ok());
    const QByteArray document = readZipEntries(path).value(QStringLiteral("word/document.xml"));
    QVERIFY(xmlError(document).isEmpty());
    QCOMPARE(paragraphTexts(document), QStringList(QString())); // Word needs a paragraph in the body
}

void TestDocxReportWriter::unwritablePathFails()
{
    TestDataDir dir;
    ReportDocument doc;
    doc.title = Title;
    doc.addParagraph(BlockRole::Body, BodyText);
    for (const QString &path : {dir.filePath(QStringLiteral("no-such-folder/通知.docx")), dir.path()}) {
        const Status status = DocxReportWriter::write(doc, DocumentStyle::bundled(), path);
        QVERIFY2(!status.ok(), qPrintable(path));
        QVERIFY(status.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no-such-folder/通知.docx"))));
    QVERIFY(QFileInfo(dir.path()).isDir()); // a folder in the way is left alone
}

void TestDocxReportWriter::replacesAnExistingFile()
{
    TestDataDir dir;
    const QString path = dir.filePath(QStringLiteral("通报.docx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an earlier export");
    old.close();
    ReportDocument doc;
    doc.addParagraph(BlockRole::Title, Title);
    QVERIFY(DocxReportWriter::write(doc, DocumentStyle::bundled(), path).ok());
    QVERIFY(paragraphTexts(readZipEntries(path).value(QStringLiteral("word/document.xml"))).contains(Title));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList(QStringLiteral("通报.docx")));
}

void TestDocxReportWriter::libreOfficeRendersIt()
{
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to run the round "
              "trip.");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdftotext.isEmpty() || pdfinfo.isEmpty())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are needed to read LibreOffice's PDF.");

    TestDataDir dir;
    QString docx;
    QVERIFY(!writeSample(dir, &docx).isEmpty());
    // A profile of its own, so the conversion neither touches nor waits for a running LibreOffice.
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    QProcess convert;
    convert.setProcessChannelMode(QProcess::MergedChannels);
    convert.start(soffice, {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=") + profile,
                            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                            dir.path(), docx});
    QVERIFY2(convert.waitForFinished(120'000), "LibreOffice did not finish within two minutes");
    const QByteArray log = convert.readAll();
    QVERIFY2(convert.exitStatus() == QProcess::NormalExit && convert.exitCode() == 0, log.constData());
    const QString pdf = dir.filePath(QStringLiteral("整改通知书.pdf"));
    QVERIFY2(QFile::exists(pdf), log.constData());

    QProcess text;
    text.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30'000));
    // Lines break wherever LibreOffice's fonts put them; compare without white space.
    QString rendered = QString::fromUtf8(text.readAllStandardOutput());
    rendered.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(rendered.contains(Title), qPrintable(rendered.left(400)));
    QVERIFY2(rendered.contains(BodyText.left(20)), qPrintable(rendered.left(400)));
    QVERIFY(rendered.contains(QStringLiteral("整改情况回执")));

    QProcess info;
    info.start(pdfinfo, {pdf});
    QVERIFY(info.waitForFinished(30'000));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(pages.hasMatch());
    QVERIFY2(pages.captured(1).toInt() >= 2, qPrintable(pages.captured(1))); // the page break
}

QTEST_GUILESS_MAIN(TestDocxReportWriter)
#include "tst_docxreportwriter.moc"
