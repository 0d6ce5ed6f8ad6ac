// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTestRun.h"
#include "checks/AllowList.h"
#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/CheckSettings.h"
#include "checks/PageSnapshot.h"
#include "checks/privacy/PersonalDataCheck.h"
#include "checks/privacy/PersonalNumbers.h"

#include <QTest>

using namespace xj;

namespace {

using CheckTestRun::lines;
using CheckTestRun::u8;

PageSnapshot pageWith(const QStringList &blocks)
{
    PageSnapshot page;
    page.url = QUrl(QStringLiteral("https://www.example.gov.cn/art/2026/11/18/art_1.html"));
    page.inspectionDate = QDate(2026, 11, 20);
    for (const QString &b : blocks) {
        TextBlock block;
        block.text = b;
        block.tag = QStringLiteral("p");
        page.appendBlock(block);
    }
    return page;
}

Candidates runCheck(const PageSnapshot &page)
{
    return CheckTestRun::run(PersonalDataCheck(), page);
}

using CheckTestRun::describe;

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void idNumber_data();
    void idNumber();
    void mobile_data();
    void mobile();
    void bankCard_data();
    void bankCard();
    void masks();
    void scan_data();
    void scan();
    void candidateFields();
    void contactNumberIsLessCertain();
    void concealedBlocksAreSkipped();
};

void TestPersonalData::idNumber_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("GB 11643 example, X") << u8("11010519491231002X") << true;
    QTest::newRow("lower-case x") << u8("11010519491231002x") << true;
    QTest::newRow("demo county") << u8("339999198001011230") << true;
    QTest::newRow("Hong Kong residence permit") << u8("810000199001010019") << true;
    QTest::newRow("wrong check digit") << u8("339999198001011231") << false;
    QTest::newRow("unknown province 99") << u8("990101199003074569") << false;
    QTest::newRow("born in the future") << u8("339999209901011237") << false;
    QTest::newRow("30 February") << u8("33999919800230123X") << false;
    QTest::newRow("born 1880") << u8("440524188001010014") << false;
    QTest::newRow("15-digit old id") << u8("110105491231002") << false;
    QTest::newRow("letter inside") << u8("1101051949123100AX") << false;
}

void TestPersonalData::idNumber()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(PersonalNumbers::isIdNumber(id, QDate(2026, 11, 20)), valid);
}

void TestPersonalData::mobile_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("138") << u8("13812345678") << true;
    QTest::newRow("199") << u8("19912345678") << true;
    QTest::newRow("166") << u8("16612345678") << true;
    QTest::newRow("147") << u8("14712345678") << true;
    QTest::newRow("12x is not mobile") << u8("12812345678") << false;
    QTest::newRow("data-only 141") << u8("14112345678") << false;
    QTest::newRow("never issued 154") << u8("15412345678") << false;
    QTest::newRow("never issued 179") << u8("17912345678") << false;
    QTest::newRow("10 digits") << u8("1381234567") << false;
    QTest::newRow("12 digits") << u8("138123456789") << false;
}

void TestPersonalData::mobile()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(PersonalNumbers::isMobileNumber(digits), valid);
}

void TestPersonalData::bankCard_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("UnionPay 19") << u8("6217991234567890124") << true;
    QTest::newRow("UnionPay 19 second") << u8("6222021001123456789") << true;
    QTest::newRow("18 digits") << u8("622848001234567894") << true;
    QTest::newRow("Visa 16") << u8("4111111111111111") << true;
    QTest::newRow("Luhn fails") << u8("6217991234567890125") << false;
    QTest::newRow("issuer digit 1") << u8("1234567890123452") << false;
    QTest::newRow("issuer digit 9") << u8("95588012345678903") << false;
    QTest::newRow("15 digits") << u8("400000000000006") << false;
}

void TestPersonalData::bankCard()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(PersonalNumbers::isBankCardNumber(digits), valid);
}

void TestPersonalData::masks()
{
    QCOMPARE(PersonalNumbers::maskedId(u"11010519491231002X"), u8("110105********002X"));
    QCOMPARE(PersonalNumbers::maskedMobile(u"13812345678"), u8("138****5678"));
    QCOMPARE(PersonalNumbers::maskedBankCard(u"6217991234567890124"), u8("6217***********0124"));
    QCOMPARE(PersonalNumbers::foldWidth(u8("１３８－１２３４ｘ")), u8("138-1234x"));
}

void TestPersonalData::scan_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("id in a table cell")
        << lines({"339999198001011230"}) << lines({"privacy.id_number|339999198001011230|0:0"});
    QTest::newRow("id in a sentence") << lines({"申请人张三，身份证号11010519491231002X，住址某县人民路。"})
                                      << lines({"privacy.id_number|11010519491231002X|0:10"});
    QTest::newRow("full-width id") << lines({"身份证：１１０１０５１９４９１２３１００２Ｘ"})
                                   << lines({"privacy.id_number|１１０１０５１９４９１２３１００２Ｘ|0:4"});
    QTest::newRow("id with bad check digit") << lines({"339999198001011231"}) << QStringList();
    QTest::newRow("15-digit old id ignored") << lines({"身份证号110105491231002"}) << QStringList();
    QTest::newRow("masked id") << lines({"110101********123X", "6101********1234"}) << QStringList();
    QTest::newRow("mobile plain") << lines({"13812345678"}) << lines({"privacy.mobile|13812345678|0:0"});
    QTest::newRow("mobile with dashes")
        << lines({"手机：138-1234-5678。"}) << lines({"privacy.mobile|138-1234-5678|0:3"});
    QTest::newRow("mobile with spaces")
        << lines({"手机 138 1234 5678"}) << lines({"privacy.mobile|138 1234 5678|0:3"});
    QTest::newRow("mobile +86") << lines({"手机+86 13812345678"})
                                << lines({"privacy.mobile|+86 13812345678|0:2"});
    QTest::newRow("full-width mobile")
        << lines({"１３８１２３４５６７８"}) << lines({"privacy.mobile|１３８１２３４５６７８|0:0"});
    QTest::newRow("mixed separators are not one number") << lines({"138-1234 5678"}) << QStringList();
    QTest::newRow("masked mobile") << lines({"138****5678", "138＊＊＊＊5678", "138xxxx5678"})
                                   << QStringList();
    QTest::newRow("longer digit run") << lines({"编号2138123456789"}) << QStringList();
    QTest::newRow("landline") << lines({"0599-8612345"}) << QStringList();
    QTest::newRow("hotline") << lines({"请拨打12345政务服务热线"}) << QStringList();
    QTest::newRow("unissued segment") << lines({"15412345678"}) << QStringList();
    QTest::newRow("bank card plain") << lines({"6217991234567890124"})
                                     << lines({"privacy.bank_card|6217991234567890124|0:0"});
    QTest::newRow("bank card grouped") << lines({"卡号：6217 9912 3456 7890 124"})
                                       << lines({"privacy.bank_card|6217 9912 3456 7890 124|0:3"});
    QTest::newRow("bank card Luhn fails") << lines({"6217991234567890125"}) << QStringList();
    QTest::newRow("18 digits, not an id, Luhn card")
        << lines({"622848001234567894"}) << lines({"privacy.bank_card|622848001234567894|0:0"});
    QTest::newRow("masked card") << lines({"6217 **** **** 0124", "6217***********0124"}) << QStringList();
    QTest::newRow("number in an address")
        << lines({"详见 http://www.example.gov.cn/art/13812345678.html 附件"}) << QStringList();
    QTest::newRow("number in a query") << lines({"id=13812345678"}) << QStringList();
    QTest::newRow("number in a URL word without slash before")
        << lines({"www.example.gov.cn?13812345678"}) << QStringList();
    QTest::newRow("number in a hash") << lines({"SHA-256 a3f913812345678e0c"}) << QStringList();
    QTest::newRow("number in a file name")
        << lines({"附件13812345678.pdf", "doc_13812345678"}) << QStringList();
    QTest::newRow("percent and hash marks") << lines({"13812345678%", "#13812345678"}) << QStringList();
    QTest::newRow("a row with all three")
        << lines({"张三 339999198001011230 13812345678 6217991234567890124"})
        << lines({"privacy.id_number|339999198001011230|0:3", "privacy.mobile|13812345678|0:22",
                  "privacy.bank_card|6217991234567890124|0:34"});
    QTest::newRow("five groups are a longer number")
        << lines({"6217 9912 3456 7890 1245 6789"}) << QStringList();
    QTest::newRow("mobile after a number and a space")
        << lines({"0086 13812345678"}) << lines({"privacy.mobile|0086 13812345678|0:0"});
    QTest::newRow("second block") << lines({"序号", "13912345678"})
                                  << lines({"privacy.mobile|13912345678|1:0"});
}

void TestPersonalData::scan()
{
    QFETCH(QStringList, blocks);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(runCheck(pageWith(blocks))), expected);
}

void TestPersonalData::candidateFields()
{
    const PageSnapshot page =
        pageWith(lines({"身份证号11010519491231002X", "卡号6217 9912 3456 7890 124", "手机138-1234-5678"}));
    const Candidates found = runCheck(page);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).suggestion, u8("110105********002X"));
    QCOMPARE(found.at(0).length, 18);
    QCOMPARE(found.at(0).confidence, 0.95);
    QVERIFY(found.at(0).message.contains(QLatin1String("resident ID number")));
    QCOMPARE(found.at(1).suggestion, u8("6217***********0124"));
    QCOMPARE(found.at(1).length, 23);
    QCOMPARE(found.at(1).confidence, 0.8);
    QCOMPARE(found.at(2).suggestion, u8("138****5678"));
    QCOMPARE(found.at(2).confidence, 0.85);
    for (const Candidate &c : found)
        QCOMPARE(page.blocks.at(c.block).text.mid(c.offset, c.length), c.text);
}

void TestPersonalData::contactNumberIsLessCertain()
{
    const Candidates found = runCheck(pageWith(lines({"联系人：王科长，联系电话：13812345678"})));
    QCOMPARE(describe(found), lines({"privacy.mobile|13812345678|0:13"}));
    QCOMPARE(found.at(0).confidence, 0.5);
    QVERIFY(found.at(0).message.contains(QLatin1String("contact number")));
}

void TestPersonalData::concealedBlocksAreSkipped()
{
    PageSnapshot page = pageWith(lines({"13812345678"}));
    page.blocks[0].concealed = Concealment::DisplayNone;
    QVERIFY(runCheck(page).isEmpty());
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
