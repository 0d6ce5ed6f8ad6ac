// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSamples.h"
#include "TestDataDir.h"
#include "report/document/DocumentStyle.h"
#include "report/pdf/PdfReportWriter.h"
#include "report/pdf/ReportPageRenderer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace ReportSamples;

/// The PDF as poppler's tools see it: pages, extractable Chinese text, embedded fonts, colours on
/// the rasterised page, link annotations; and that a failed write leaves nothing behind.
class TestPdfReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pageCountMatchesPreview();
    void metadata();
    void textIsExtractable();
    void headerRowRepeatsOnPageTwo();
    void fontsAreEmbedded();
    void linksAreAnnotations();
    void firstPageRastersWithRedHeader();
    void unwritablePath_data();
    void unwritablePath();
    void linePitchGivesTwentyTwoLines();
    void writesFromWorkerThreads();

private:
    static QString run(const QString &program, const QStringList &arguments);
    static QStringList textLines(const QString &pdf, int page);

    TestDataDir m_dir;
    xj::DocumentStyle m_style;
    xj::ReportDocument m_notice;
    QString m_pdf;
};

QString TestPdfReportWriter::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList TestPdfReportWriter::textLines(const QString &pdf, int page)
{
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                              QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    return text.split(QLatin1Char('\n'));
}

void TestPdfReportWriter::initTestCase()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdffonts", "pdftoppm"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP("poppler-utils are not installed");
    }
    QVERIFY(m_dir.isValid());
    m_style = xj::DocumentStyle::bundled();
    m_notice = sampleNotice(m_dir.path());
    m_pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("picture left out.*missing\\.png")));
    const xj::Status written = xj::PdfReportWriter::write(m_notice, m_style, m_pdf);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().fullText()));
    QVERIFY(QFile::exists(m_pdf));
    if (qEnvironmentVariableIsSet("XJ_KEEP_PREVIEW")) // for looking at the PDF by eye
        QFile::copy(m_pdf, qEnvironmentVariable("XJ_KEEP_PREVIEW") + QStringLiteral("/notice.pdf"));
}

void TestPdfReportWriter::pageCountMatchesPreview()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    const int count = pages.captured(1).toInt();
    QVERIFY2(count >= 3, qPrintable(info));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("picture left out")));
    QCOMPARE(xj::ReportPageRenderer::pageCount(m_notice, m_style), count);
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
}

void TestPdfReportWriter::metadata()
{
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    QVERIFY2(QRegularExpression(QStringLiteral("Title:\\s+") + NoticeTitle).match(info).hasMatch(),
             qPrintable(info));
    QVERIFY2(QRegularExpression(QStringLiteral("Creator:\\s+示例市人民政府办公室")).match(info).hasMatch(),
             qPrintable(info));
}

void TestPdfReportWriter::textIsExtractable()
{
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
    // pdftotext -layout may pad justified CJK with spaces; compare without them.
    const QString compact = QString(text).remove(QLatin1Char(' '));
    QVERIFY2(compact.contains(NoticeTitle), qPrintable(text.left(2000)));
    QVERIFY2(compact.contains(BodyText), qPrintable(text.left(2000)));
    QVERIFY2(compact.contains(CellText), qPrintable(text.left(4000)));
    // Digits inside Latin words (page addresses) and Chinese characters that fonts share with
    // radicals (示 and ⽰) copy out as themselves.
    QVERIFY2(compact.contains(QStringLiteral("col1002/")), qPrintable(text.left(4000)));
    QVERIFY2(compact.contains(QStringLiteral("页面地址")), qPrintable(text.left(4000)));
    QVERIFY(!text.contains(QChar(0x2F70)));
    // The page numbers are "— 1 —"; poppler does not always see the spaces between the dashes.
    QVERIFY2(compact.contains(QStringLiteral("—1—")), qPrintable(text.left(4000)));
    QVERIFY2(compact.contains(QStringLiteral("—2—")), qPrintable(text.left(4000)));
}

void TestPdfReportWriter::headerRowRepeatsOnPageTwo()
{
    const QString page2 = textLines(m_pdf, 2).join(QLatin1Char('\n')).remove(QLatin1Char(' '));
    QVERIFY2(page2.contains(HeaderLabel), qPrintable(page2));
    // …and it is the problem table continuing, not a new one.
    QVERIFY2(page2.contains(QStringLiteral("col1002/")), qPrintable(page2));
    // Text of page 1 hidden under the clip is not repeated in page 2's content.
    QVERIFY2(!page2.startsWith(QStringLiteral("1.1")), qPrintable(page2));
}

void TestPdfReportWriter::fontsAreEmbedded()
{
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {m_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('\n'))));
    const qsizetype emb = lines.at(0).indexOf(QLatin1String("emb"));
    QVERIFY(emb > 0);
    for (const QString &line : lines.mid(2))
        QVERIFY2(line.mid(emb, 3) == QLatin1String("yes"), qPrintable(line));
}

void TestPdfReportWriter::linksAreAnnotations()
{
    QFile file(m_pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.contains("/Link"));
    QVERIFY(pdf.contains("https://www.example.gov.cn/col/col1001/index.html"));
}

void TestPdfReportWriter::firstPageRastersWithRedHeader()
{
    const QString prefix = m_dir.filePath(QStringLiteral("page1"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                     QStringLiteral("1"), QStringLiteral("-singlefile"), m_pdf, prefix});
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(std::abs(page.width() - 413) <= 1); // A4 at 50 dpi
    QVERIFY2(darkPixels(page, page.rect()) > 2000, "page 1 is blank");
    // The banner and the rule lie between the top margin (37 mm) and about 100 mm.
    const auto mmToPixel = [](double mm) {
        return int(mm / 25.4 * 50);
    };
    const QRect header(0, mmToPixel(30), page.width(), mmToPixel(70));
    QVERIFY2(redPixels(page, header) > 300, "no red banner or rule at the top of page 1");
    QCOMPARE(redPixels(page, QRect(0, mmToPixel(120), page.width(), page.height())), 0);
}

void TestPdfReportWriter::unwritablePath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("folder does not exist") << QStringLiteral("no-such-folder/notice.pdf");
    QTest::newRow("folder is a file") << QStringLiteral("plain.txt/notice.pdf");
}

void TestPdfReportWriter::unwritablePath()
{
    QFETCH(QString, relative);
    TestDataDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString path = dir.filePath(relative);
    xj::ReportDocument small = bodyOnly(3);
    const xj::Status status = xj::PdfReportWriter::write(small, m_style, path);
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!status.error().detail.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("plain.txt")});
}

void TestPdfReportWriter::linePitchGivesTwentyTwoLines()
{
    // GB/T 9704: 22 lines of 28 characters a page. Each paragraph of 28 characters with its
    // two-character indent takes two lines.
    const QString pdf = m_dir.filePath(QStringLiteral("body.pdf"));
    const xj::Status written = xj::PdfReportWriter::write(bodyOnly(30), m_style, pdf);
    QVERIFY(written.ok());
    int lines = 0;
    for (const QString &line : textLines(pdf, 1)) {
        if (line.contains(QStringLiteral("政")) || line.contains(QStringLiteral("况")))
            ++lines;
    }
    QVERIFY2(lines >= 20 && lines <= 23, qPrintable(QString::number(lines)));
    QCOMPARE(lines, 22);
}

void TestPdfReportWriter::writesFromWorkerThreads()
{
    // A batch export writes notices in worker threads, two at a time, sharing one style.
    QList<xj::Status> results(2);
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("worker%1.pdf").arg(i));
        threads.append(QThread::create([this, path, &results, i] {
            results[i] = xj::PdfReportWriter::write(bodyOnly(40), m_style, path);
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    for (int i = 0; i < 2; ++i) {
        QVERIFY(results.at(i).ok());
        const QString info =
            run(QStringLiteral("pdfinfo"), {m_dir.filePath(QStringLiteral("worker%1.pdf").arg(i))});
        QVERIFY2(info.contains(QStringLiteral("Pages:           4")), qPrintable(info));
    }
}

QTEST_MAIN(TestPdfReportWriter)
#include "tst_pdfreportwriter.moc"
