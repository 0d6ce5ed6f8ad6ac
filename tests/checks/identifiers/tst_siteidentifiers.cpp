// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTestRun.h"
#include "checks/AllowList.h"
#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/CheckSettings.h"
#include "checks/PageSnapshot.h"
#include "checks/identifiers/SiteIdentifierCheck.h"

#include <QTest>

using namespace xj;

namespace {

using CheckTestRun::lines;
using CheckTestRun::u8;

// The demo site's footer line, with the province abbreviations the lead is putting in.
const char *const DemoFooter = "网站标识码：3399990001　浙ICP备12345678号　浙公网安备 33999902000101号";
const char *const ConacLink = "a|https://bszs.conac.cn/sitename?method=show&id=3399990001|";
const char *const PoliceLink =
    "a|http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33999902000101|";

/// Links written as "tag|url|text".
PageSnapshot pageWith(const QStringList &blocks, const QStringList &links, const QString &metaCode)
{
    PageSnapshot page;
    page.url = QUrl(QStringLiteral("https://www.example.gov.cn/index.html"));
    page.inspectionDate = QDate(2026, 11, 20);
    for (const QString &b : blocks) {
        TextBlock block;
        block.text = b;
        block.tag = QStringLiteral("p");
        block.selector = QStringLiteral("div.footer > p");
        page.appendBlock(block);
    }
    for (const QString &l : links) {
        const QStringList parts = l.split(u'|');
        LinkFact link;
        link.tag = parts.at(0);
        link.attribute = link.tag == QLatin1String("img") ? QStringLiteral("src") : QStringLiteral("href");
        link.rawUrl = parts.at(1);
        link.url = page.url.resolved(QUrl(parts.at(1)));
        link.text = parts.at(2);
        link.selector = QStringLiteral("div.footer a");
        page.links.append(link);
    }
    if (!metaCode.isNull())
        page.metas.insert(QStringLiteral("siteidcode"), metaCode);
    page.site.name = u8("示例县人民政府");
    page.site.siteCode = QStringLiteral("3399990001");
    page.site.icpNumber = u8("浙ICP备12345678号");
    page.site.policeNumber = u8("浙公网安备 33999902000101号");
    return page;
}

Candidates runCheck(const PageSnapshot &page)
{
    return CheckTestRun::run(SiteIdentifierCheck(), page);
}

/// "id|text|block:offset|confidence".
QStringList describe(const Candidates &candidates)
{
    return CheckTestRun::describe(candidates, true);
}

} // namespace

class TestSiteIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void footer_data();
    void footer();
    void registry_data();
    void registry();
    void missingItemsAreElements();
    void metaMismatchQuotesTheTag();
    void newMediaIsSkipped();
    void provinceCodes();
};

void TestSiteIdentifiers::footer_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("meta");
    QTest::addColumn<QStringList>("expected");

    const QStringList links = lines({ConacLink, PoliceLink});
    const QString code = QStringLiteral("3399990001");

    QTest::newRow("demo footer") << lines({"关于本网 | 网站地图", DemoFooter}) << links << code
                                 << QStringList();
    QTest::newRow("split over lines and inline tags")
        << lines({"网站标识码：", "3399990001", "浙ICP备", "12345678号", "浙公网安备", "33999902000101号"})
        << links << code << QStringList();
    QTest::newRow("full-width digits and colon")
        << lines({"网站标识码：３３９９９９０００１　浙ICP备１２３４５６７８号-"
                  "1　浙公网安备３３９９９９０２０００１０１号"})
        << links << code << QStringList();
    QTest::newRow("ICP record after its label")
        << lines({"网站标识码:3399990001 ICP备案号：浙ICP备12345678号 浙公网安备33999902000101号"}) << links
        << code << QStringList();
    QTest::newRow("conac mark as an image")
        << lines({DemoFooter}) << lines({PoliceLink, "img|/images/dzjg.svg|"}) << code << QStringList();
    QTest::newRow("conac mark by its alt text")
        << lines({DemoFooter}) << lines({PoliceLink, "img|/images/logo1.png|党政机关"}) << code
        << QStringList();

    QTest::newRow("no footer at all")
        << lines({"正文"}) << QStringList() << code
        << lines({"identifier.site_code||-1:-1|0.7", "identifier.icp||-1:-1|0.7",
                  "identifier.police||-1:-1|0.7", "identifier.conac||-1:-1|0.7"});
    QTest::newRow("placeholder province (old demo)")
        << lines({"网站标识码：3399990001　某ICP备12345678号　某公网安备 33999902000101号"}) << links << code
        << lines({"identifier.icp|某ICP备12345678号|0:17|0.85",
                  "identifier.police|某公网安备 33999902000101号|0:32|0.85"});
    QTest::newRow("site code 9 digits")
        << lines({"网站标识码：339999000　浙ICP备12345678号　浙公网安备 33999902000101号"}) << links << code
        << lines({"identifier.site_code|网站标识码：339999000|0:0|0.85"});
    QTest::newRow("site code empty") << lines(
                                            {"网站标识码：　浙ICP备12345678号　浙公网安备 33999902000101号"})
                                     << links << code
                                     << lines({"identifier.site_code|网站标识码：|0:0|0.85"});
    QTest::newRow("prose mention is no label")
        << lines({"网站标识码的申请由办公室负责", DemoFooter}) << links << code << QStringList();
    QTest::newRow("ICP without 号")
        << lines({"网站标识码：3399990001　浙ICP备12345678　浙公网安备 33999902000101号"}) << links << code
        << lines({"identifier.icp|浙ICP备12345678|0:17|0.85"});
    QTest::newRow("ICP missing") << lines({"网站标识码：3399990001　浙公网安备 33999902000101号"}) << links
                                 << code << lines({"identifier.icp||-1:-1|0.7"});
    QTest::newRow("police missing (demo GBK section)")
        << lines({"网站标识码：3399990001　浙ICP备12345678号"}) << lines({ConacLink}) << code
        << lines({"identifier.police||-1:-1|0.7"});
    QTest::newRow("police 13 digits")
        << lines({"网站标识码：3399990001　浙ICP备12345678号　浙公网安备 3399990200010号"})
        << lines({ConacLink}) << code << lines({"identifier.police|浙公网安备 3399990200010号|0:32|0.85"});
    QTest::newRow("police province differs from its digits")
        << lines({"网站标识码：3399990001　浙ICP备12345678号　京公网安备 33999902000101号"}) << links << code
        << lines({"identifier.police|京公网安备 33999902000101号|0:32|0.5"});
    QTest::newRow("police link names another record")
        << lines({DemoFooter})
        << lines(
               {ConacLink, "a|http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33999902000109|"})
        << code
        << lines({"identifier.police|http://www.beian.gov.cn/portal/"
                  "registerSystemInfo?recordcode=33999902000109|-1:-"
                  "1|0.85"});
    QTest::newRow("conac missing") << lines({DemoFooter}) << lines({PoliceLink}) << code
                                   << lines({"identifier.conac||-1:-1|0.7"});
    QTest::newRow("meta missing") << lines({DemoFooter}) << links << QString()
                                  << lines({"identifier.site_code|<meta name=\"SiteIDCode\">|-1:-1|0.6"});
    QTest::newRow("meta malformed")
        << lines({DemoFooter}) << links << u8("33999900")
        << lines({"identifier.site_code|<meta name=\"SiteIDCode\" content=\"33999900\">|-1:-1|0.85"});
    QTest::newRow("meta differs from footer (demo GBK section)")
        << lines({DemoFooter}) << links << u8("3399990002")
        << lines({"identifier.site_code|<meta name=\"SiteIDCode\" content=\"3399990002\">|-1:-1|0.9"});
}

void TestSiteIdentifiers::footer()
{
    QFETCH(QStringList, blocks);
    QFETCH(QStringList, links);
    QFETCH(QString, meta);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(runCheck(pageWith(blocks, links, meta))), expected);
}

void TestSiteIdentifiers::registry_data()
{
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("meta");
    QTest::addColumn<QString>("siteCode");
    QTest::addColumn<QString>("icp");
    QTest::addColumn<QString>("police");
    QTest::addColumn<QStringList>("expected");

    const QString footer = u8(DemoFooter);
    QTest::newRow("registry agrees") << footer << u8("3399990001") << u8("3399990001")
                                     << u8("浙ICP备12345678号") << u8("浙公网安备33999902000101号")
                                     << QStringList();
    QTest::newRow("unknown site: empty registry")
        << footer << u8("3399990001") << QString() << QString() << QString() << QStringList();
    QTest::newRow("bm code") << u8("网站标识码：bm55000001　浙ICP备12345678号　浙公网安备 33999902000101号")
                             << u8("bm55000001") << u8("BM55000001") << QString() << QString()
                             << QStringList();
    QTest::newRow("site code differs")
        << footer << u8("3399990001") << u8("3399990002") << QString() << QString()
        << lines({"identifier.site_code|网站标识码：3399990001|0:0|0.9",
                  "identifier.site_code|<meta name=\"SiteIDCode\" content=\"3399990001\">|-1:-1|0.9"});
    QTest::newRow("ICP suffix on page only")
        << u8("网站标识码：3399990001　浙ICP备12345678号-1　浙公网安备 33999902000101号") << u8("3399990001")
        << QString() << u8("浙ICP备 12345678号") << QString() << QStringList();
    QTest::newRow("ICP suffix differs")
        << u8("网站标识码：3399990001　浙ICP备12345678号-1　浙公网安备 33999902000101号") << u8("3399990001")
        << QString() << u8("浙ICP备12345678号-2") << QString()
        << lines({"identifier.icp|浙ICP备12345678号-1|0:17|0.9"});
    QTest::newRow("ICP number differs") << footer << u8("3399990001") << QString() << u8("浙ICP备87654321号")
                                        << QString() << lines({"identifier.icp|浙ICP备12345678号|0:17|0.9"});
    QTest::newRow("ICP registry in an odd form, same digits")
        << footer << u8("3399990001") << QString() << u8("某ICP备12345678号") << QString() << QStringList();
    QTest::newRow("police differs") << footer << u8("3399990001") << QString() << QString()
                                    << u8("浙公网安备 33999902000102号")
                                    << lines({"identifier.police|浙公网安备 33999902000101号|0:32|0.9"});
}

void TestSiteIdentifiers::registry()
{
    QFETCH(QString, footer);
    QFETCH(QString, meta);
    QFETCH(QString, siteCode);
    QFETCH(QString, icp);
    QFETCH(QString, police);
    QFETCH(QStringList, expected);
    PageSnapshot page = pageWith({footer}, lines({ConacLink, PoliceLink}), meta);
    page.site.siteCode = siteCode;
    page.site.icpNumber = icp;
    page.site.policeNumber = police;
    QCOMPARE(describe(runCheck(page)), expected);
}

void TestSiteIdentifiers::missingItemsAreElements()
{
    const Candidates found =
        runCheck(pageWith(lines({"正文"}), lines({ConacLink, PoliceLink}), u8("3399990001")));
    QCOMPARE(found.size(), 3);
    for (const Candidate &c : found) {
        QVERIFY(c.text.isEmpty());
        QCOMPARE(c.selector, u8("body"));
        QVERIFY(!c.hasTextPosition());
    }
    QCOMPARE(found.at(0).message, u8("The footer shows no 网站标识码."));
}

void TestSiteIdentifiers::metaMismatchQuotesTheTag()
{
    const Candidates found =
        runCheck(pageWith(lines({DemoFooter}), lines({ConacLink, PoliceLink}), u8("3399990002")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).text, u8("<meta name=\"SiteIDCode\" content=\"3399990002\">"));
    QCOMPARE(found.at(0).selector, u8("meta[name=\"SiteIDCode\"]"));
    QCOMPARE(found.at(0).suggestion, u8("<meta name=\"SiteIDCode\" content=\"3399990001\">"));
}

void TestSiteIdentifiers::newMediaIsSkipped()
{
    PageSnapshot page = pageWith(lines({"正文"}), QStringList(), QString());
    page.site.kind = SiteKind::NewMedia;
    QVERIFY(runCheck(page).isEmpty());
}

void TestSiteIdentifiers::provinceCodes()
{
    QCOMPARE(SiteIdentifierCheck::provinceCode(u'浙'), 33);
    QCOMPARE(SiteIdentifierCheck::provinceCode(u'京'), 11);
    QCOMPARE(SiteIdentifierCheck::provinceCode(u'蜀'), 51);
    QCOMPARE(SiteIdentifierCheck::provinceCode(u'某'), 0);
}

QTEST_GUILESS_MAIN(TestSiteIdentifiers)
#include "tst_siteidentifiers.moc"
