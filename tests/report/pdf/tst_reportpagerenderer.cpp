// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSamples.h"
#include "TestDataDir.h"
#include "report/document/DocumentStyle.h"
#include "report/pdf/ReportPagePainter.h"
#include "report/pdf/ReportPageRenderer.h"
#include "report/pdf/ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace ReportSamples;

/// The preview pages, looked at in pixels, and the typesetting they come from.
class TestReportPageRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesAreA4AndNotBlank();
    void firstPageHasRedBannerAndRule();
    void pageNumberOnOuterSide_data();
    void pageNumberOnOuterSide();
    void maxPagesLimitsRendering();
    void scaledPageKeepsLayout();
    void twentyEightCharactersPerLine();
    void linePitchIsFixed();
    void receiptRowsAreTall();
    void leadingPageBreakIsIgnored();

private:
    static double mm(double value) { return xj::ReportTextDocument::mmToLayout(value); }
    void ignorePictureWarning();

    TestDataDir m_dir;
    xj::DocumentStyle m_style;
    xj::ReportDocument m_notice;
    QList<QImage> m_pages;
};

void TestReportPageRenderer::ignorePictureWarning()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("picture left out.*missing\\.png")));
}

void TestReportPageRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_style = xj::DocumentStyle::bundled();
    m_notice = sampleNotice(m_dir.path());
    ignorePictureWarning();
    m_pages = xj::ReportPageRenderer::render(m_notice, m_style);
    QVERIFY(m_pages.size() >= 3);
    if (qEnvironmentVariableIsSet("XJ_KEEP_PREVIEW")) { // for looking at the pages by eye
        for (int i = 0; i < m_pages.size(); ++i)
            m_pages.at(i).save(qEnvironmentVariable("XJ_KEEP_PREVIEW") +
                               QStringLiteral("/page%1.png").arg(i + 1));
    }
}

void TestReportPageRenderer::pagesAreA4AndNotBlank()
{
    for (const QImage &page : std::as_const(m_pages)) {
        QCOMPARE(page.size(), QSize(1191, 1684)); // 210 × 297 mm at 144 dpi
        QCOMPARE(page.pixel(5, 5), qRgb(255, 255, 255));
        QVERIFY(darkPixels(page, page.rect()) > 5000);
        // Nothing is painted in the side margins (the text block is 28 mm from the left).
        QCOMPARE(darkPixels(page, QRect(0, 0, int(mm(26)), page.height())), 0);
    }
}

void TestReportPageRenderer::firstPageHasRedBannerAndRule()
{
    const QImage &page = m_pages.at(0);
    const QRect header(0, int(mm(37)), page.width(), int(mm(60)));
    QVERIFY(redPixels(page, header) > 2000);
    // The rule: one pixel row red almost across the text block (156 mm).
    int longest = 0;
    for (int y = header.top(); y <= header.bottom(); ++y)
        longest = std::max(longest, redPixels(page, QRect(0, y, page.width(), 1)));
    QVERIFY2(longest > mm(150), qPrintable(QString::number(longest)));
    QVERIFY(longest <= mm(157));
}

void TestReportPageRenderer::pageNumberOnOuterSide_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("right");
    QTest::newRow("page 1, odd: right") << 1 << true;
    QTest::newRow("page 2, even: left") << 2 << false;
    QTest::newRow("page 3, odd: right") << 3 << true;
}

void TestReportPageRenderer::pageNumberOnOuterSide()
{
    QFETCH(int, page);
    QFETCH(bool, right);
    const QImage &image = m_pages.at(page - 1);
    // 7 mm below the text block, which ends 35 mm above the bottom edge.
    const int top = int(image.height() - mm(35) + mm(5));
    const QRect left(0, top, image.width() / 2, int(mm(12)));
    const QRect rightHalf(image.width() / 2, top, image.width() / 2, int(mm(12)));
    const int onLeft = darkPixels(image, left);
    const int onRight = darkPixels(image, rightHalf);
    QVERIFY2(right ? onRight > 50 && onLeft == 0 : onLeft > 50 && onRight == 0,
             qPrintable(QStringLiteral("left %1, right %2").arg(onLeft).arg(onRight)));
    // Nothing between the text block and the page number.
    QCOMPARE(darkPixels(image, QRect(0, int(image.height() - mm(35) + mm(1)), image.width(), int(mm(3)))), 0);
}

void TestReportPageRenderer::maxPagesLimitsRendering()
{
    ignorePictureWarning();
    QCOMPARE(xj::ReportPageRenderer::render(m_notice, m_style, 1).size(), 1);
    ignorePictureWarning();
    QCOMPARE(xj::ReportPageRenderer::pageCount(m_notice, m_style), m_pages.size());
}

void TestReportPageRenderer::scaledPageKeepsLayout()
{
    ignorePictureWarning();
    const xj::ReportPagePainter pages(m_notice, m_style);
    QCOMPARE(pages.pageCount(), m_pages.size());
    const QImage half = xj::ReportPageRenderer::renderPage(pages, 0, 0.5);
    QCOMPARE(half.size(), QSize(595, 842));
    // The same page at half the size: ink on the same rows (text lines, rule, page number).
    const QImage &full = m_pages.at(0);
    int rows = 0;
    int agree = 0;
    for (int y = 0; y < half.height(); ++y) {
        const bool inkHalf =
            darkPixels(half, QRect(0, y, half.width(), 1)) + redPixels(half, QRect(0, y, half.width(), 1)) >
            0;
        const bool inkFull = darkPixels(full, QRect(0, 2 * y, full.width(), 2)) +
                                 redPixels(full, QRect(0, 2 * y, full.width(), 2)) >
                             0;
        rows += inkFull ? 1 : 0;
        agree += inkHalf == inkFull ? 1 : 0;
    }
    QVERIFY(rows > 100);
    QVERIFY2(agree > half.height() * 95 / 100,
             qPrintable(QStringLiteral("%1 of %2 rows").arg(agree).arg(half.height())));
    QVERIFY(xj::ReportPageRenderer::renderPage(pages, pages.pageCount()).isNull());
}

void TestReportPageRenderer::twentyEightCharactersPerLine()
{
    xj::ReportDocument doc;
    const xj::ReportDocument one = bodyOnly(1);
    doc.addParagraph(xj::BlockRole::Body, std::get<xj::ReportParagraph>(one.blocks.at(0)).text.repeated(3));
    const xj::ReportTextDocument text(doc, m_style);
    text.pageCount();
    const QTextLayout *layout = text.document()->firstBlock().layout();
    QCOMPARE(layout->lineCount(), 4);
    QCOMPARE(layout->lineAt(0).textLength(), 26); // indented by two characters
    QCOMPARE(layout->lineAt(1).textLength(), 28);
    QCOMPARE(layout->lineAt(2).textLength(), 28);
    QVERIFY(layout->lineAt(1).naturalTextWidth() <= text.textBlockSize().width());
}

void TestReportPageRenderer::linePitchIsFixed()
{
    const xj::ReportTextDocument text(bodyOnly(3), m_style);
    text.pageCount();
    QList<double> baselines;
    for (QTextBlock block = text.document()->firstBlock(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i)
            baselines.append(layout->position().y() + layout->lineAt(i).y() + layout->lineAt(i).ascent());
    }
    QCOMPARE(baselines.size(), 6);
    const double pitch = xj::ReportTextDocument::ptToLayout(28.95);
    for (int i = 1; i < baselines.size(); ++i)
        QVERIFY2(std::abs(baselines.at(i) - baselines.at(i - 1) - pitch) < 0.1,
                 qPrintable(QStringLiteral("line %1: %2").arg(i).arg(baselines.at(i) - baselines.at(i - 1))));
    // 225 mm of text block hold 22 lines, not 23.
    QCOMPARE(int(text.textBlockSize().height() / pitch), 22);
}

void TestReportPageRenderer::receiptRowsAreTall()
{
    ignorePictureWarning();
    const xj::ReportTextDocument text(m_notice, m_style);
    text.pageCount();
    QTextTable *receipt = nullptr;
    for (QTextFrame *frame : text.document()->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            receipt = table;
    }
    QVERIFY(receipt);
    QCOMPARE(receipt->rows(), 6);
    const double height = text.document()->documentLayout()->frameBoundingRect(receipt).height();
    QVERIFY2(height >= 5 * mm(16), qPrintable(QString::number(height)));
    QVERIFY2(height < 5 * mm(16) + mm(20), qPrintable(QString::number(height)));
}

void TestReportPageRenderer::leadingPageBreakIsIgnored()
{
    xj::ReportDocument doc;
    doc.addPageBreak();
    doc.addParagraph(xj::BlockRole::Body, QStringLiteral("第一页"));
    QCOMPARE(xj::ReportPageRenderer::pageCount(doc, m_style), 1);
    doc.addPageBreak();
    doc.addPageBreak();
    doc.addParagraph(xj::BlockRole::Body, QStringLiteral("第三页"));
    QCOMPARE(xj::ReportPageRenderer::pageCount(doc, m_style), 3);
}

QTEST_MAIN(TestReportPageRenderer)
#include "tst_reportpagerenderer.moc"
