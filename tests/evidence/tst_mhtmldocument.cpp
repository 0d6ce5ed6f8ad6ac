// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "evidence/HtmlVisibleText.h"
#include "evidence/MhtmlDocument.h"

#include <QFile>
#include <QImage>
#include <QStringDecoder>
#include <QTest>

using namespace xj;

// Reading back the page archives Chromium saves, to show that an archive holds the page's text.
class TestMhtmlDocument : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(testDataPath(QStringLiteral("evidence/") + name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void readsAnArchiveAsChromiumSavesIt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray crlf = fixture(QStringLiteral("chromium_page.mhtml"));
        QVERIFY(crlf.contains("\r\n"));
        QTest::newRow("CRLF as saved") << crlf;
        // The same archive after a tool turned its line ends into LF.
        QTest::newRow("LF line ends") << QByteArray(crlf).replace("\r\n", "\n");
    }

    void readsAnArchiveAsChromiumSavesIt()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = MhtmlDocument::parse(bytes);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().fullText()));
        const MhtmlDocument &doc = parsed.value();
        QCOMPARE(doc.snapshotUrl(), QUrl(QStringLiteral("http://127.0.0.1:18460/zwgk/notice.html")));
        // Two encoded words on a folded line: the space between them is not part of the subject.
        QCOMPARE(doc.subject(), QStringLiteral("青禾县人民政府 通知公告"));
        QCOMPARE(doc.date(), QDateTime(QDate(2026, 11, 24), QTime(10, 15), Qt::UTC));

        const QList<MhtmlDocument::Part> parts = doc.parts();
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0).contentType, QStringLiteral("text/html"));
        QCOMPARE(parts.at(0).contentId, QStringLiteral("frame-8D1F0C2A7B3E4D5F@mhtml.blink"));
        QCOMPARE(parts.at(1).contentType, QStringLiteral("text/css"));
        QCOMPARE(
            parts.at(1).body,
            QStringLiteral("body { font-family: \"Microsoft YaHei\", sans-serif; } /* 样式 */").toUtf8());
        QCOMPARE(parts.at(2).contentType, QStringLiteral("image/png"));
        QCOMPARE(parts.at(2).location, QUrl(QStringLiteral("http://127.0.0.1:18460/images/dot.png")));
        const QImage dot = QImage::fromData(parts.at(2).body, "PNG");
        QCOMPARE(dot.size(), QSize(1, 1));
        QCOMPARE(dot.pixelColor(0, 0), QColor(0xb7, 0x1c, 0x1c));

        // Soft line breaks fall inside UTF-8 sequences (=E5=\r\n=AD): the bytes must join up again.
        const QString html = doc.mainHtml();
        QVERIFY(
            html.startsWith(QStringLiteral("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\"")));
        QVERIFY(html.contains(QStringLiteral("<h1>关于开展2026年第四季度政府网站检查的通知</h1>")));
        QVERIFY(!html.contains(QStringLiteral("内嵌框架"))); // the first HTML part, not the frame
        QVERIFY(!html.contains(u'\uFFFD'));

        const QString text = doc.visibleText();
        QVERIFY2(text.contains(
                     QStringLiteral("青禾县人民政府 关于开展2026年第四季度政府网站检查的通知 各乡镇人民政府、"
                                    "县政府各部门： 根据《政府网站发展指引》要求")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("中文 内容 & 标点“引号” 中文 5 < 6")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("XUNJIAN-MHTML-MARKER 第 3 页")));
        for (const char *hidden : {"脚本里的文字", "不应出现", "注释", "请启用脚本", "通知公告", "hidden"})
            QVERIFY2(!text.contains(QString::fromUtf8(hidden)), hidden);
    }

    void honoursThePartsCharset()
    {
        if (!QStringDecoder("GB18030").isValid())
            QSKIP("This Qt build cannot decode GB18030 (no ICU).");
        auto parsed = MhtmlDocument::parse(fixture(QStringLiteral("gb18030_page.mhtml")));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().fullText()));
        QCOMPARE(parsed.value().subject(), QStringLiteral("旧站"));
        QCOMPARE(parsed.value().parts().first().charset, QStringLiteral("gb18030"));
        QCOMPARE(parsed.value().visibleText(), QStringLiteral("政务公开目录 · 第二页"));
        // Without Snapshot-Content-Location the first part's location names the page.
        QCOMPARE(parsed.value().snapshotUrl(), QUrl(QStringLiteral("http://old.example.gov.cn/")));
    }

    void damagedArchivesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = fixture(QStringLiteral("chromium_page.mhtml"));
        QVERIFY(!good.isEmpty());
        QTest::newRow("broken base64")
            << fixture(QStringLiteral("broken_base64.mhtml"))
            << QStringLiteral("Part 3 of the web page archive (http://127.0.0.1:18460/"
                              "images/dot.png) is damaged: its base64 text cannot be decoded");
        QTest::newRow("cut short") << good.left(good.size() - 200) << QStringLiteral("cut short");
        QTest::newRow("plain HTML")
            << QByteArray("<!DOCTYPE html><html><body>网页</body></html>")
            << QStringLiteral("not a web page archive (MHTML): it does not start with MIME headers");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not a web page archive");
        QTest::newRow("not multipart")
            << QByteArray("Content-Type: text/html\r\n\r\n<p>x</p>")
            << QStringLiteral("its content type is \"text/html\", not multipart/related");
        QTest::newRow("no boundary") << QByteArray(good).replace("boundary=", "boundery=")
                                     << QStringLiteral("names no boundary");
        QTest::newRow("no parts")
            << QByteArray("Content-Type: multipart/related; boundary=x\r\n\r\nnothing here\r\n")
            << QStringLiteral("holds no parts");
        QTest::newRow("unknown transfer encoding")
            << QByteArray(
                   "Content-Type: multipart/related; boundary=x\r\n\r\n--x\r\nContent-Transfer-Encoding: "
                   "x-uuencode\r\n\r\nbody\r\n--x--\r\n")
            << QStringLiteral("\"x-uuencode\"");
    }

    void damagedArchivesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        auto parsed = MhtmlDocument::parse(bytes);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }

    void visibleTextOfHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("inline tags join")
            << QStringLiteral("<p>政<span>务</span><b>公开</b></p>") << QStringLiteral("政务公开");
        QTest::newRow("block tags separate")
            << QStringLiteral("<li>首页</li><li>通知</li>") << QStringLiteral("首页 通知");
        QTest::newRow("line break") << QStringLiteral("第一行<br/>第二行") << QStringLiteral("第一行 第二行");
        QTest::newRow("upper-case script")
            << QStringLiteral("a<SCRIPT type=x>b</SCRIPT >c") << QStringLiteral("ac");
        QTest::newRow("multi-line comment") << QStringLiteral("a<!--\nb\n-->c") << QStringLiteral("ac");
        QTest::newRow("entities") << QStringLiteral("&lt;p&gt; &amp;amp; &#x4E2D;&#25991; &copy;")
                                  << QStringLiteral("<p> &amp; 中文 ©");
        QTest::newRow("unknown entity stays")
            << QStringLiteral("&bogus; &#0; &#xD800;") << QStringLiteral("&bogus; &#0; &#xD800;");
        QTest::newRow("ideographic space")
            << QStringLiteral("网站\u3000\u3000检查\n\t 报告") << QStringLiteral("网站 检查 报告");
        QTest::newRow("less-than in text")
            << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
    }

    void visibleTextOfHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlVisibleText::fromHtml(html), text);
    }
};

QTEST_GUILESS_MAIN(TestMhtmlDocument)
#include "tst_mhtmldocument.moc"
