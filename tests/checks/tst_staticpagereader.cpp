// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace xj;

class TestStaticPageReader : public QObject
{
    Q_OBJECT
private:
    static PageSnapshot read(const QString &body, const QString &head = {})
    {
        return StaticPageReader::read(QStringLiteral("<!DOCTYPE html><html><head>") + head +
                                          QStringLiteral("</head><body>") + body +
                                          QStringLiteral("</body></html>"),
                                      QUrl(QStringLiteral("http://www.example.gov.cn/zwdt/index.html")));
    }
    static QStringList texts(const PageSnapshot &page)
    {
        QStringList out;
        for (const TextBlock &b : page.blocks)
            out.append(b.text);
        return out;
    }

private slots:
    void blocksJoinInlineText_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("inline tags join a word") << QStringLiteral("<p>副县长林正<b>禾</b>出席</p>")
                                                 << QStringList{QStringLiteral("副县长林正禾出席")};
        QTest::newRow("line break between chinese is no space")
            << QStringLiteral("<p>周密\n  布署</p>") << QStringList{QStringLiteral("周密布署")};
        QTest::newRow("latin words keep their space")
            << QStringLiteral("<p>Open\n Government</p>") << QStringList{QStringLiteral("Open Government")};
        QTest::newRow("blocks split")
            << QStringLiteral("<div>一<p>二</p>三</div>")
            << QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")};
        QTest::newRow("list items")
            << QStringLiteral("<ul><li><a href=\"/a.html\">标题</a><span>2026-11-18</span></li></ul>")
            << QStringList{QStringLiteral("标题2026-11-18")};
        QTest::newRow("scripts and styles are no text")
            << QStringLiteral("<p>正文<script>var a='布署';</script><style>p{}</style></p>")
            << QStringList{QStringLiteral("正文")};
        QTest::newRow("entities decoded")
            << QStringLiteral("<p>A&amp;B&nbsp;C</p>") << QStringList{QStringLiteral("A&B C")};
    }
    void blocksJoinInlineText()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, blocks);
        const PageSnapshot page = read(body);
        QCOMPARE(texts(page), blocks);
        QCOMPARE(page.text, blocks.join(QLatin1Char('\n')));
        for (const TextBlock &b : page.blocks)
            QCOMPARE(page.text.mid(b.start, b.text.size()), b.text);
    }

    void linksAreResolvedAndPlaced()
    {
        const PageSnapshot page =
            read(QStringLiteral("<p>见<a href=\"../zcwj/a.html\">文件</a></p>"
                                "<div style=\"display:none\"><a href=\"http://x.invalid/\">娱乐城</a></div>"
                                "<script src=\"http://cdn.invalid/s.js\"></script>"
                                "<img src=\"/images/p.png\" alt=\"图\">"),
                 QStringLiteral("<meta name=\"SiteIDCode\" content=\"3399990001\">"
                                "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.invalid/\">"));
        QCOMPARE(page.links.size(), 5);
        QCOMPARE(page.links.at(0).tag, QStringLiteral("meta"));
        QCOMPARE(page.links.at(0).url, QUrl(QStringLiteral("http://evil.invalid/")));
        QCOMPARE(page.links.at(1).url, QUrl(QStringLiteral("http://www.example.gov.cn/zcwj/a.html")));
        QCOMPARE(page.links.at(1).text, QStringLiteral("文件"));
        QCOMPARE(page.blocks.at(page.links.at(1).block).text, QStringLiteral("见文件"));
        QVERIFY(page.links.at(1).concealed == Concealment::None);
        QVERIFY(page.links.at(2).concealed.testFlag(Concealment::DisplayNone));
        QVERIFY(!page.blocks.at(page.links.at(2).block).isVisible());
        QCOMPARE(page.links.at(3).tag, QStringLiteral("script"));
        QCOMPARE(page.links.at(4).text, QStringLiteral("图"));
        QCOMPARE(page.meta(QStringLiteral("SiteIDCode")), QStringLiteral("3399990001"));
    }

    void selectorsFollowTheDocument()
    {
        const PageSnapshot page = read(QStringLiteral("<div id=\"main\"><p>一</p><p>二</p></div>"));
        QCOMPARE(page.blocks.at(0).selector, QStringLiteral("#main > p:nth-of-type(1)"));
        QCOMPARE(page.blocks.at(1).selector, QStringLiteral("#main > p:nth-of-type(2)"));
    }

    void inlineScriptsAreKept()
    {
        const PageSnapshot page = read(QStringLiteral("<script>location.href='http://x.invalid/';</script>"));
        QCOMPARE(page.inlineScripts, QStringList{QStringLiteral("location.href='http://x.invalid/';")});
    }

    void deepNestingIsBounded()
    {
        QString body;
        for (int i = 0; i < 3000; ++i)
            body += QStringLiteral("<div>");
        body += QStringLiteral("底部文字");
        const PageSnapshot page = read(body);
        // Past the depth limit elements no longer start blocks, and far past it they are skipped.
        QVERIFY(page.blocks.size() <= StaticPageReader::MaxDepth + 1);
    }

    void decodesDeclaredAndDetectedCharsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("charset");
        const QString page =
            QStringLiteral("<html><head><meta charset=\"%1\"></head><body>网站标识码</body></html>");
        QStringEncoder gb("GB18030");
        QTest::newRow("meta gbk") << QByteArray(gb.encode(page.arg(QStringLiteral("gbk")))) << QByteArray()
                                  << QStringLiteral("GB18030");
        QTest::newRow("meta gb2312") << QByteArray(gb.encode(page.arg(QStringLiteral("gb2312"))))
                                     << QByteArray() << QStringLiteral("GB18030");
        QTest::newRow("header wins") << QByteArray(gb.encode(page.arg(QStringLiteral("utf-8"))))
                                     << QByteArray("text/html; charset=GBK") << QStringLiteral("GB18030");
        QTest::newRow("utf-8 with bom")
            << QByteArray("\xEF\xBB\xBF" + page.arg(QStringLiteral("gbk")).toUtf8()) << QByteArray()
            << QStringLiteral("UTF-8");
        QTest::newRow("undeclared gbk detected") << QByteArray(gb.encode(QStringLiteral("<p>网站标识码</p>")))
                                                 << QByteArray() << QStringLiteral("GB18030");
        QStringEncoder big5("Big5");
        QTest::newRow("big5") << QByteArray(
                                     big5.encode(QStringLiteral("<meta charset=big5><p>網站標識碼</p>")))
                              << QByteArray() << QStringLiteral("Big5");
    }
    void decodesDeclaredAndDetectedCharsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, charset);
        const auto decoded = HtmlDecoder::decode(bytes, contentType);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().charset, charset);
        QVERIFY(decoded.value().html.contains(QStringLiteral("网站标识码")) ||
                decoded.value().html.contains(QStringLiteral("網站標識碼")));
    }

    void binaryIsRefused()
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe\xfd", 19);
        QVERIFY(!HtmlDecoder::decode(bytes).ok());
    }
};

QTEST_GUILESS_MAIN(TestStaticPageReader)
#include "tst_staticpagereader.moc"
