// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/CrawlScope.h"

#include <QTest>

using xj::CrawlScope;
using xj::CrawlSettings;
using Kind = xj::CrawlScope::Kind;

Q_DECLARE_METATYPE(xj::CrawlScope::Kind)

/// What the crawl reads, what it only checks and what it leaves: the site's hosts (with and
/// without www), ports, extra hosts and path prefixes; attachments and resources; other sites.
class TestCrawlScope : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("extraHosts");
        QTest::addColumn<QStringList>("prefixes");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<Kind>("kind");
        const QString www = QStringLiteral("http://www.qinghe.gov.cn/");
        const QString bare = QStringLiteral("http://qinghe.gov.cn/");
        auto row = [&](const char *name, const QString &start, const char *url, const char *tag, Kind kind,
                       const QStringList &extra = {}, const QStringList &prefixes = {}) {
            QTest::newRow(name) << start << extra << prefixes << QString::fromUtf8(url)
                                << QString::fromUtf8(tag) << kind;
        };
        row("same host page", www, "http://www.qinghe.gov.cn/zwgk/index.html", "a", Kind::Page);
        row("https same host", www, "https://www.qinghe.gov.cn/zwgk/index.html", "a", Kind::Page);
        row("host case", www, "http://WWW.QINGHE.GOV.CN/a.html", "a", Kind::Page);
        row("bare host from www start", www, "http://qinghe.gov.cn/a.html", "a", Kind::Page);
        row("www host from bare start", bare, "http://www.qinghe.gov.cn/a.html", "a", Kind::Page);
        row("subdomain is another site", www, "http://zwfw.qinghe.gov.cn/a.html", "a", Kind::External);
        row("other site", www, "http://www.gov.cn/", "a", Kind::External);
        row("other site image", www, "http://img.cdn.cn/a.png", "img", Kind::External);
        row("extra host", www, "http://zwfw.qinghe.gov.cn/a.html", "a", Kind::Page,
            {QStringLiteral("zwfw.qinghe.gov.cn")});
        row("extra host with scheme", www, "http://zwfw.qinghe.gov.cn/a.html", "a", Kind::Page,
            {QStringLiteral("http://zwfw.qinghe.gov.cn/")});
        row("extra host with port", www, "http://data.qinghe.gov.cn:8080/a.html", "a", Kind::Page,
            {QStringLiteral("http://data.qinghe.gov.cn:8080")});
        row("port of the start", QStringLiteral("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/a.html",
            "a", Kind::Page);
        row("other port is another site", QStringLiteral("http://127.0.0.1:8080/"),
            "http://127.0.0.1:8081/a.html", "a", Kind::External);
        row("no port vs port", www, "http://www.qinghe.gov.cn:8080/a.html", "a", Kind::External);
        row("ip has no www twin", QStringLiteral("http://127.0.0.1:8080/"),
            "http://www.127.0.0.1:8080/a.html", "a", Kind::External);

        row("pdf", www, "http://www.qinghe.gov.cn/files/a.pdf", "a", Kind::Resource);
        row("PDF upper", www, "http://www.qinghe.gov.cn/files/A.PDF", "a", Kind::Resource);
        row("doc", www, "http://www.qinghe.gov.cn/files/a.doc", "a", Kind::Resource);
        row("docx", www, "http://www.qinghe.gov.cn/files/a.docx", "a", Kind::Resource);
        row("xls", www, "http://www.qinghe.gov.cn/files/a.xls", "a", Kind::Resource);
        row("xlsx", www, "http://www.qinghe.gov.cn/files/a.xlsx", "a", Kind::Resource);
        row("wps", www, "http://www.qinghe.gov.cn/files/a.wps", "a", Kind::Resource);
        row("zip", www, "http://www.qinghe.gov.cn/files/a.zip", "a", Kind::Resource);
        row("external pdf", www, "http://www.other.cn/a.pdf", "a", Kind::External);
        row("image", www, "http://www.qinghe.gov.cn/images/a.png", "img", Kind::Resource);
        row("script", www, "http://www.qinghe.gov.cn/js/a.js", "script", Kind::Resource);
        row("stylesheet", www, "http://www.qinghe.gov.cn/css/a.css", "link", Kind::Resource);
        row("img tag with html path", www, "http://www.qinghe.gov.cn/captcha.html", "img", Kind::Resource);
        row("iframe page", www, "http://www.qinghe.gov.cn/frame.html", "iframe", Kind::Page);
        row("dot in folder", www, "http://www.qinghe.gov.cn/v1.2/index", "a", Kind::Page);
        row("jsp page", www, "http://www.qinghe.gov.cn/list.jsp?id=3", "a", Kind::Page);

        const QStringList zwgk{QStringLiteral("/zwgk/")};
        row("inside prefix", www, "http://www.qinghe.gov.cn/zwgk/a.html", "a", Kind::Page, {}, zwgk);
        row("outside prefix is only checked", www, "http://www.qinghe.gov.cn/news/a.html", "a",
            Kind::Resource, {}, zwgk);
        row("prefix without slash", www, "http://www.qinghe.gov.cn/zwgk/a.html", "a", Kind::Page, {},
            {QStringLiteral("zwgk/")});

        row("mailto ignored", www, "mailto:a@qinghe.gov.cn", "a", Kind::Ignored);
        row("javascript ignored", www, "javascript:void(0)", "a", Kind::Ignored);
        row("ftp ignored", www, "ftp://www.qinghe.gov.cn/a.zip", "a", Kind::Ignored);
        row("tel ignored", www, "tel:12345", "a", Kind::Ignored);
    }
    void classify()
    {
        QFETCH(QString, start);
        QFETCH(QStringList, extraHosts);
        QFETCH(QStringList, prefixes);
        QFETCH(QString, url);
        QFETCH(QString, tag);
        QFETCH(Kind, kind);
        CrawlSettings settings;
        settings.extraHosts = extraHosts;
        settings.pathPrefixes = prefixes;
        const CrawlScope scope(QUrl(start), settings);
        QCOMPARE(int(scope.classify(QUrl(url), tag)), int(kind));
    }

    void attachments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("attachment");
        for (const char *ext : {"pdf", "doc", "docx", "xls", "xlsx", "wps", "zip", "rar"})
            QTest::newRow(ext) << QStringLiteral("/files/a.%1").arg(QLatin1String(ext)) << true;
        QTest::newRow("html") << "/a.html" << false;
        QTest::newRow("folder dot") << "/v1.pdf/index" << false;
        QTest::newRow("no extension") << "/download" << false;
    }
    void attachments()
    {
        QFETCH(QString, path);
        QFETCH(bool, attachment);
        QCOMPARE(CrawlScope::isAttachment(path), attachment);
        if (attachment)
            QVERIFY(CrawlScope::isNonPage(path));
    }
};

QTEST_GUILESS_MAIN(TestCrawlScope)
#include "tst_crawlscope.moc"
