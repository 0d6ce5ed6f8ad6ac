// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/UrlNormalizer.h"

#include <QTest>

using xj::UrlNormalizer;

/// One spelling per address: the frontier dedupes on these keys, so every rule here decides
/// whether a page is fetched once or many times.
class TestUrlNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host case") << "http://WWW.Example.GOV.cn/a.html"
                                   << "http://www.example.gov.cn/a.html";
        QTest::newRow("scheme case") << "HTTP://example.gov.cn/a.html"
                                     << "http://example.gov.cn/a.html";
        QTest::newRow("path case kept") << "http://example.gov.cn/A/B.html"
                                        << "http://example.gov.cn/A/B.html";
        QTest::newRow("http default port") << "http://example.gov.cn:80/a"
                                           << "http://example.gov.cn/a";
        QTest::newRow("https default port") << "https://example.gov.cn:443/a"
                                            << "https://example.gov.cn/a";
        QTest::newRow("other port kept") << "http://example.gov.cn:8080/a"
                                         << "http://example.gov.cn:8080/a";
        QTest::newRow("https on 80 kept") << "https://example.gov.cn:80/a"
                                          << "https://example.gov.cn:80/a";
        QTest::newRow("empty path") << "http://example.gov.cn"
                                    << "http://example.gov.cn/";
        QTest::newRow("dot segments") << "http://example.gov.cn/a/./b/../c/index.html"
                                      << "http://example.gov.cn/a/c/index.html";
        QTest::newRow("double dot") << "http://example.gov.cn/a/b/../../c.html"
                                    << "http://example.gov.cn/c.html";
        QTest::newRow("fragment") << "http://example.gov.cn/a.html#top"
                                  << "http://example.gov.cn/a.html";
        QTest::newRow("fragment and query") << "http://example.gov.cn/a?x=1#p2"
                                            << "http://example.gov.cn/a?x=1";
        QTest::newRow("empty query") << "http://example.gov.cn/a?"
                                     << "http://example.gov.cn/a";
        QTest::newRow("sorted query") << "http://example.gov.cn/list?page=2&cat=5&a=1"
                                      << "http://example.gov.cn/list?a=1&cat=5&page=2";
        QTest::newRow("jsessionid query") << "http://example.gov.cn/a?jsessionid=ABC123&id=7"
                                          << "http://example.gov.cn/a?id=7";
        QTest::newRow("PHPSESSID") << "http://example.gov.cn/a.php?PHPSESSID=deadbeef"
                                   << "http://example.gov.cn/a.php";
        QTest::newRow("sid") << "http://example.gov.cn/a?sid=9f8e&x=1"
                             << "http://example.gov.cn/a?x=1";
        QTest::newRow("utm") << "http://example.gov.cn/a?utm_source=wx&utm_medium=share&id=3"
                             << "http://example.gov.cn/a?id=3";
        QTest::newRow("jsessionid in path") << "http://example.gov.cn/news/list.jsp;jsessionid=0A1B2C3D?p=2"
                                            << "http://example.gov.cn/news/list.jsp?p=2";
        QTest::newRow("JSESSIONID upper in path") << "http://example.gov.cn/a.jsp;JSESSIONID=XYZ"
                                                  << "http://example.gov.cn/a.jsp";
        QTest::newRow("user info dropped") << "http://user:pw@example.gov.cn/a"
                                           << "http://example.gov.cn/a";
        QTest::newRow("chinese path encoded") << QStringLiteral("http://example.gov.cn/政务/a.html")
                                              << "http://example.gov.cn/%E6%94%BF%E5%8A%A1/a.html";
        QTest::newRow("repeated key keeps order") << "http://example.gov.cn/a?b=2&a=9&b=1"
                                                  << "http://example.gov.cn/a?a=9&b=2&b=1";
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QUrl n = UrlNormalizer::normalize(QUrl(input));
        QVERIFY2(n.isValid(), qPrintable(input));
        QCOMPARE(n.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(UrlNormalizer::key(QUrl(input)), expected);
        // Normalising twice changes nothing: keys are stable across a resume.
        QCOMPARE(UrlNormalizer::key(n), expected);
    }

    void sameAddressSameKey()
    {
        const QString a =
            UrlNormalizer::key(QUrl(QStringLiteral("HTTP://Example.gov.cn:80/x/../b/index.html?z=1&y=2#f")));
        const QString b =
            UrlNormalizer::key(QUrl(QStringLiteral("http://example.gov.cn/b/index.html?y=2&z=1&sid=1")));
        QCOMPARE(a, b);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("mailto") << "mailto:office@example.gov.cn";
        QTest::newRow("javascript") << "javascript:void(0)";
        QTest::newRow("javascript upper") << "JavaScript:openWin('a.html')";
        QTest::newRow("data") << "data:image/png;base64,iVBORw0KGgo=";
        QTest::newRow("tel") << "tel:0571-12345678";
        QTest::newRow("ftp") << "ftp://example.gov.cn/file.zip";
        QTest::newRow("relative") << "a/b.html";
        QTest::newRow("no host") << "http:///a.html";
        QTest::newRow("empty") << "";
    }
    void rejects()
    {
        QFETCH(QString, input);
        QVERIFY(!UrlNormalizer::normalize(QUrl(input)).isValid());
        QVERIFY(UrlNormalizer::key(QUrl(input)).isEmpty());
    }

    void sessionParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("session");
        QTest::newRow("jsessionid") << "jsessionid" << true;
        QTest::newRow("JSESSIONID") << "JSESSIONID" << true;
        QTest::newRow("PHPSESSID") << "PHPSESSID" << true;
        QTest::newRow("sid") << "sid" << true;
        QTest::newRow("utm_campaign") << "utm_campaign" << true;
        QTest::newRow("ASPSESSIONIDQQ") << "ASPSESSIONIDQQGQ" << true;
        QTest::newRow("id") << "id" << false;
        QTest::newRow("page") << "page" << false;
        QTest::newRow("side") << "side" << false;
        QTest::newRow("siteid") << "siteid" << false;
    }
    void sessionParameters()
    {
        QFETCH(QString, name);
        QFETCH(bool, session);
        QCOMPARE(UrlNormalizer::isSessionParameter(name), session);
    }
};

QTEST_GUILESS_MAIN(TestUrlNormalizer)
#include "tst_urlnormalizer.moc"
