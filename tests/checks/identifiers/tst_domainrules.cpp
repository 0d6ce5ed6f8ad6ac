// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTestRun.h"
#include "checks/AllowList.h"
#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/CheckSettings.h"
#include "checks/PageSnapshot.h"
#include "checks/identifiers/DomainRuleCheck.h"

#include <QTest>

using namespace xj;

namespace {

using CheckTestRun::u8;

Candidates runCheck(const PageSnapshot &page)
{
    return CheckTestRun::run(DomainRuleCheck(), page);
}

} // namespace

class TestDomainRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void candidateFields();
    void newMediaIsSkipped();
};

void TestDomainRules::rules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("registryUrl");
    QTest::addColumn<bool>("portal");
    QTest::addColumn<QString>("parentPortal");
    QTest::addColumn<QString>("expected"); // "host|confidence", empty: no candidate

    const QString none;
    QTest::newRow("portal www.x.gov.cn")
        << u8("https://www.bd.gov.cn/index.html") << u8("https://www.bd.gov.cn") << true << none << none;
    QTest::newRow("unknown site on gov.cn") << u8("http://www.bd.gov.cn/") << none << false << none << none;
    QTest::newRow("portal without www")
        << u8("https://bd.gov.cn/") << none << true << none << u8("bd.gov.cn|0.9");
    QTest::newRow("portal with two labels") << u8("https://www.xihu.hz.gov.cn/") << u8("www.xihu.hz.gov.cn")
                                            << true << none << u8("www.xihu.hz.gov.cn|0.9");
    QTest::newRow("commercial suffix") << u8("http://www.bdxzf.com/") << u8("http://www.bdxzf.com/") << false
                                       << none << u8("www.bdxzf.com|0.9");
    QTest::newRow("gov.cn inside a longer host")
        << u8("http://www.bd.gov.cn.com/") << none << false << none << u8("www.bd.gov.cn.com|0.9");
    QTest::newRow("gov without cn") << u8("http://www.bd.gov/") << none << false << none
                                    << u8("www.bd.gov|0.9");
    QTest::newRow("Chinese .政务 domain") << u8("http://北京.政务/") << none << false << none << none;
    QTest::newRow("punycode .政务") << u8("http://xn--1lq90i.xn--zfr164b/") << none << false << none << none;
    QTest::newRow("department sub-domain")
        << u8("http://slj.bd.gov.cn/") << u8("slj.bd.gov.cn") << false << u8("www.bd.gov.cn") << none;
    QTest::newRow("department not under the portal")
        << u8("http://slj-bd.gov.cn/") << u8("slj-bd.gov.cn") << false << u8("www.bd.gov.cn")
        << u8("slj-bd.gov.cn|0.9");
    QTest::newRow("department under another portal")
        << u8("http://slj.hz.gov.cn/") << none << false << u8("www.bd.gov.cn") << u8("slj.hz.gov.cn|0.9");
    QTest::newRow("department as a column of the portal")
        << u8("http://www.bd.gov.cn/slj/") << none << false << u8("www.bd.gov.cn") << none;
    QTest::newRow("IPv4 literal") << u8("http://127.0.0.1:8765/index.html") << u8("http://127.0.0.1:8765/")
                                  << true << none << none;
    QTest::newRow("IPv6 literal") << u8("http://[::1]:8765/") << none << false << none << none;
    QTest::newRow("localhost") << u8("http://localhost:8765/") << none << true << none << none;
    QTest::newRow("demo.localhost") << u8("http://demo.localhost/") << none << false << none << none;
    QTest::newRow("file copy") << u8("file:///tmp/page.html") << none << false << none << none;
    QTest::newRow("other host of the same site")
        << u8("https://zwgk.bd.gov.cn/col/1.html") << u8("https://www.bd.gov.cn/") << true << none << none;
    QTest::newRow("portal host without www in the registry")
        << u8("https://www.bd.gov.cn/") << u8("https://bd.gov.cn/") << true << none << none;
    QTest::newRow("another government site")
        << u8("https://www.zj.gov.cn/") << u8("https://www.bd.gov.cn/") << true << none << none;
    QTest::newRow("off-site commercial page")
        << u8("https://mp.weixin.qq.com/s/abc") << u8("https://www.bd.gov.cn/") << true << none
        << u8("mp.weixin.qq.com|0.5");
}

void TestDomainRules::rules()
{
    QFETCH(QString, url);
    QFETCH(QString, registryUrl);
    QFETCH(bool, portal);
    QFETCH(QString, parentPortal);
    QFETCH(QString, expected);

    PageSnapshot page;
    page.url = QUrl(url);
    page.site.url = registryUrl;
    page.site.portal = portal;
    page.parentPortalHost = parentPortal;
    QStringList actual;
    for (const Candidate &c : runCheck(page))
        actual.append(c.text + QLatin1Char('|') + QString::number(c.confidence));
    QCOMPARE(actual, expected.isEmpty() ? QStringList() : QStringList{expected});
}

void TestDomainRules::candidateFields()
{
    PageSnapshot page;
    page.url = QUrl(QStringLiteral("http://slj-bd.gov.cn/a.html"));
    page.parentPortalHost = QStringLiteral("www.bd.gov.cn");
    const Candidates found = runCheck(page);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).checkId, u8("identifier.domain"));
    QVERIFY(found.at(0).selector.isEmpty());
    QVERIFY(!found.at(0).hasTextPosition());
    QVERIFY(found.at(0).message.contains(QLatin1String("bd.gov.cn")));
}

void TestDomainRules::newMediaIsSkipped()
{
    PageSnapshot page;
    page.url = QUrl(QStringLiteral("https://mp.weixin.qq.com/s/abc"));
    page.site.kind = SiteKind::NewMedia;
    QVERIFY(runCheck(page).isEmpty());
}

QTEST_GUILESS_MAIN(TestDomainRules)
#include "tst_domainrules.moc"
