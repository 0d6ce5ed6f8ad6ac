// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryFieldRules.h"

#include <QTest>

using namespace xj;

class TestRegistryFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void websiteUrl_data();
    void websiteUrl();
    void phone_data();
    void phone();
    void icp_data();
    void icp();
    void police_data();
    void police();
    void siteCode_data();
    void siteCode();
    void siteCodeWithOtherPattern();
    void scientificNotation_data();
    void scientificNotation();
};

void TestRegistryFieldRules::websiteUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url"); // empty: rejected
    QTest::newRow("http") << QStringLiteral("http://www.x.gov.cn") << QStringLiteral("http://www.x.gov.cn");
    QTest::newRow("https with path") << QStringLiteral("https://x.gov.cn/col/index.html")
                                     << QStringLiteral("https://x.gov.cn/col/index.html");
    QTest::newRow("no scheme") << QStringLiteral("www.x.gov.cn") << QStringLiteral("http://www.x.gov.cn");
    QTest::newRow("no scheme, trailing slash")
        << QStringLiteral(" www.x.gov.cn/ ") << QStringLiteral("http://www.x.gov.cn/");
    QTest::newRow("full-width colon")
        << QStringLiteral("http：//www.x.gov.cn") << QStringLiteral("http://www.x.gov.cn");
    QTest::newRow("with port") << QStringLiteral("http://10.1.2.3:8080/")
                               << QStringLiteral("http://10.1.2.3:8080/");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080")
                               << QStringLiteral("http://localhost:8080");
    QTest::newRow("ftp") << QStringLiteral("ftp://x.gov.cn") << QString();
    QTest::newRow("word") << QStringLiteral("无") << QString();
    QTest::newRow("two addresses") << QStringLiteral("www.a.gov.cn www.b.gov.cn") << QString();
    QTest::newRow("two addresses with semicolon") << QStringLiteral("www.a.gov.cn;www.b.gov.cn") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("scheme only") << QStringLiteral("http://") << QString();
}

void TestRegistryFieldRules::websiteUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QCOMPARE(RegistryFieldRules::websiteUrl(text).value_or(QString()), url);
}

void TestRegistryFieldRules::phone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("landline with area code") << QStringLiteral("0571-87654321") << true;
    QTest::newRow("landline, parentheses") << QStringLiteral("(0571)87654321") << true;
    QTest::newRow("landline, full-width parentheses") << QStringLiteral("（010）65123456") << true;
    QTest::newRow("landline with extension") << QStringLiteral("0571-87654321-8001") << true;
    QTest::newRow("landline 转 extension") << QStringLiteral("0571-87654321转8001") << true;
    QTest::newRow("local number") << QStringLiteral("87654321") << true;
    QTest::newRow("mobile") << QStringLiteral("13800138000") << true;
    QTest::newRow("mobile grouped") << QStringLiteral("138 0013 8000") << true;
    QTest::newRow("mobile +86") << QStringLiteral("+86 13800138000") << true;
    QTest::newRow("two numbers") << QStringLiteral("0571-87654321、13800138000") << true;
    QTest::newRow("service 400") << QStringLiteral("400-123-4567") << true;
    QTest::newRow("hotline") << QStringLiteral("12345") << true;
    QTest::newRow("full-width digits") << QStringLiteral("１３８００１３８０００") << true;
    QTest::newRow("too long") << QStringLiteral("12345678901234") << false;
    QTest::newRow("mobile with 12") << QStringLiteral("12800138000") << false;
    QTest::newRow("too short") << QStringLiteral("12345678") << false;
    QTest::newRow("letters") << QStringLiteral("abc") << false;
    QTest::newRow("one good one bad") << QStringLiteral("13800138000/123") << false;
}

void TestRegistryFieldRules::phone()
{
    QFETCH(QString, text);
    QFETCH(bool, plausible);
    QCOMPARE(RegistryFieldRules::isPlausiblePhone(text), plausible);
}

void TestRegistryFieldRules::icp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("京ICP备12345678号") << true;
    QTest::newRow("with site number") << QStringLiteral("浙ICP备12345678号-1") << true;
    QTest::newRow("lower case") << QStringLiteral("京icp备05070602号") << true;
    QTest::newRow("full-width ICP") << QStringLiteral("京ＩＣＰ备12345678号") << true;
    QTest::newRow("no ICP") << QStringLiteral("京备12345号") << false;
    QTest::newRow("police number instead") << QStringLiteral("京公网安备 11010502030143号") << false;
}

void TestRegistryFieldRules::icp()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(RegistryFieldRules::isIcpNumber(text), valid);
}

void TestRegistryFieldRules::police_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("full") << QStringLiteral("京公网安备 11010502030143号") << true;
    QTest::newRow("digits only") << QStringLiteral("11010502030143") << true;
    QTest::newRow("full-width digits") << QStringLiteral("京公网安备１１０１０５０２０３０１４３号") << true;
    QTest::newRow("13 digits") << QStringLiteral("京公网安备 1101050203014号") << false;
    QTest::newRow("15 digits") << QStringLiteral("110105020301434") << false;
    QTest::newRow("none") << QStringLiteral("待备案") << false;
}

void TestRegistryFieldRules::police()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(RegistryFieldRules::isPoliceNumber(text), valid);
}

void TestRegistryFieldRules::siteCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ten digits") << QStringLiteral("3399990001") << true;
    QTest::newRow("bm code") << QStringLiteral("bm55000001") << true;
    QTest::newRow("BM upper case") << QStringLiteral("BM64130001") << true;
    QTest::newRow("full-width digits") << QStringLiteral("３３９９９９０００１") << true;
    QTest::newRow("nine digits") << QStringLiteral("339999000") << false;
    QTest::newRow("eleven digits") << QStringLiteral("33999900011") << false;
    QTest::newRow("bm with seven digits") << QStringLiteral("bm5500001") << false;
    QTest::newRow("letters") << QStringLiteral("abcdefghij") << false;
}

void TestRegistryFieldRules::siteCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(RegistryFieldRules::isSiteCode(code, RegistryFieldRules::defaultSiteCodePattern()), valid);
}

void TestRegistryFieldRules::siteCodeWithOtherPattern()
{
    // A pattern without anchors must still match the whole code, not a part of it.
    const QRegularExpression twelveDigits(QStringLiteral("\\d{12}"));
    QVERIFY(RegistryFieldRules::isSiteCode(QStringLiteral("123456789012"), twelveDigits));
    QVERIFY(!RegistryFieldRules::isSiteCode(QStringLiteral("1234567890123"), twelveDigits));
    QVERIFY(!RegistryFieldRules::isSiteCode(QStringLiteral("3399990001"), twelveDigits));
}

void TestRegistryFieldRules::scientificNotation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("scientific");
    QTest::newRow("excel rounding") << QStringLiteral("3.39999E+09") << true;
    QTest::newRow("lower case") << QStringLiteral("1.10105e+13") << true;
    QTest::newRow("no decimals") << QStringLiteral("3E+09") << true;
    QTest::newRow("code") << QStringLiteral("3399990001") << false;
    QTest::newRow("text with E") << QStringLiteral("bm55E+0001") << false;
}

void TestRegistryFieldRules::scientificNotation()
{
    QFETCH(QString, text);
    QFETCH(bool, scientific);
    QCOMPARE(RegistryFieldRules::isScientificNotation(text), scientific);
}

QTEST_GUILESS_MAIN(TestRegistryFieldRules)
#include "tst_registryfieldrules.moc"
