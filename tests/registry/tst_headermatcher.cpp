// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/HeaderMatcher.h"
#include "registry/SiteTypeText.h"

#include <QTest>

using namespace xj;

Q_DECLARE_METATYPE(xj::ImportField)
Q_DECLARE_METATYPE(std::optional<xj::SiteKind>)

namespace {

SheetRow row(int number, std::initializer_list<const char *> cells)
{
    SheetRow r{number, {}};
    for (const char *c : cells)
        r.cells.append(QString::fromUtf8(c));
    return r;
}

} // namespace

class TestHeaderMatcher : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void synonyms_data();
    void synonyms();
    void unknownHeaders_data();
    void unknownHeaders();
    void headerBelowATitleRow();
    void ignoredColumnsAreWarnings();
    void severalColumnsForOneField();
    void missingColumns_data();
    void missingColumns();
    void emptyTable();
    void siteType_data();
    void siteType();
};

void TestHeaderMatcher::normalize_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << QStringLiteral("网站名称") << QStringLiteral("网站名称");
    QTest::newRow("spaces and ideographic space")
        << QStringLiteral(" 网站\u3000名 称 ") << QStringLiteral("网站名称");
    QTest::newRow("full-width latin") << QStringLiteral("ＵＲＬ") << QStringLiteral("url");
    QTest::newRow("half-width parentheses note")
        << QStringLiteral("网站名称(必填)") << QStringLiteral("网站名称");
    QTest::newRow("full-width parentheses note")
        << QStringLiteral("主办单位（全称）") << QStringLiteral("主办单位");
    QTest::newRow("brackets note") << QStringLiteral("网址【首页】") << QStringLiteral("网址");
    QTest::newRow("required mark and colon") << QStringLiteral("*联系电话：") << QStringLiteral("联系电话");
    QTest::newRow("latin case") << QStringLiteral("ICP备案号") << QStringLiteral("icp备案号");
}

void TestHeaderMatcher::normalize()
{
    QFETCH(QString, header);
    QFETCH(QString, normalized);
    QCOMPARE(HeaderMatcher::normalize(header), normalized);
}

void TestHeaderMatcher::synonyms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ImportField>("field");
    const auto add = [](const char *header, ImportField field) {
        QTest::newRow(header) << QString::fromUtf8(header) << field;
    };
    for (const char *h : {"网站名称", "站点名称", "名称", "账号名称", "新媒体名称"})
        add(h, ImportField::Name);
    for (const char *h : {"网址", "网站地址", "URL", "url", "域名", "首页地址", "链接"})
        add(h, ImportField::Url);
    for (const char *h : {"主办单位", "主管单位", "单位", "开办主体", "责任单位"})
        add(h, ImportField::Unit);
    for (const char *h : {"网站标识码", "标识码"})
        add(h, ImportField::SiteCode);
    for (const char *h : {"ICP备案号", "ICP", "ICP备案", "备案号", "icp备案号"})
        add(h, ImportField::Icp);
    for (const char *h : {"公安备案号", "公安机关备案号", "公安备案", "公网安备"})
        add(h, ImportField::Police);
    for (const char *h : {"负责人", "联系人", "网站负责人"})
        add(h, ImportField::Person);
    for (const char *h : {"联系电话", "电话", "手机", "联系方式"})
        add(h, ImportField::Phone);
    for (const char *h : {"类型", "平台", "类型/平台", "新媒体类型", "账号类型"})
        add(h, ImportField::Kind);
    for (const char *h : {"账号ID", "账号id", "账号", "微信号", "原始ID"})
        add(h, ImportField::AccountId);
    add("备注", ImportField::Notes);
    add("网站名称（必填）", ImportField::Name);
    add("＊主办单位", ImportField::Unit);
}

void TestHeaderMatcher::synonyms()
{
    QFETCH(QString, header);
    QFETCH(ImportField, field);
    const auto found = HeaderMatcher::fieldOf(header);
    QVERIFY(found);
    QCOMPARE(found->first, field);
}

void TestHeaderMatcher::unknownHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("status") << QStringLiteral("运行状态");
    QTest::newRow("postal address") << QStringLiteral("地址");
    QTest::newRow("empty") << QString();
}

void TestHeaderMatcher::unknownHeaders()
{
    QFETCH(QString, header);
    QVERIFY(!HeaderMatcher::fieldOf(header));
}

void TestHeaderMatcher::headerBelowATitleRow()
{
    SheetTable table;
    table.rows = {row(1, {"示例市政府网站名录"}), row(3, {"序号", "站点名称", "URL", "单位"}),
                  row(4, {"1", "示例网站", "www.x.gov.cn", "示例单位"})};
    const auto mapping = HeaderMatcher::match(table);
    QVERIFY2(mapping, qPrintable(mapping.ok() ? QString() : mapping.error().message));
    QCOMPARE(mapping.value().headerIndex, 1);
    QCOMPARE(mapping.value().headerRowNumber, 3);
    QCOMPARE(mapping.value().columnsOf(ImportField::Name), QList<int>{1});
    QCOMPARE(mapping.value().value(table.rows.at(2), ImportField::Url), QStringLiteral("www.x.gov.cn"));
    QVERIFY(mapping.value().warnings.isEmpty()); // 序号 is ignored without a remark
}

void TestHeaderMatcher::ignoredColumnsAreWarnings()
{
    SheetTable table;
    table.rows = {row(1, {"网站名称", "运行状态", "网址", "主办单位", "", "地址"})};
    const auto mapping = HeaderMatcher::match(table);
    QVERIFY(mapping);
    const QStringList warnings = mapping.value().warnings;
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).contains(QStringLiteral("Column B (\"运行状态\")")));
    QVERIFY(warnings.at(1).contains(QStringLiteral("Column F (\"地址\")")));
}

void TestHeaderMatcher::severalColumnsForOneField()
{
    // A mixed sheet: websites fill 网站名称, accounts fill 账号名称; 主管单位 only backs up 主办单位.
    SheetTable table;
    table.rows = {row(1, {"账号名称", "主管单位", "网站名称", "网址", "主办单位", "账号"}),
                  row(2, {"", "管", "网站甲", "www.a.gov.cn", "办", ""}),
                  row(3, {"公众号乙", "管", "", "", "", "gh_1"})};
    const auto mapping = HeaderMatcher::match(table);
    QVERIFY(mapping);
    QCOMPARE(mapping.value().columnsOf(ImportField::Name), QList<int>({2, 0}));
    QCOMPARE(mapping.value().columnsOf(ImportField::Unit), QList<int>({4, 1}));
    QCOMPARE(mapping.value().value(table.rows.at(1), ImportField::Name), QStringLiteral("网站甲"));
    QCOMPARE(mapping.value().value(table.rows.at(2), ImportField::Name), QStringLiteral("公众号乙"));
    QCOMPARE(mapping.value().value(table.rows.at(1), ImportField::Unit), QStringLiteral("办"));
    QCOMPARE(mapping.value().value(table.rows.at(2), ImportField::Unit), QStringLiteral("管"));
    QCOMPARE(mapping.value().warnings.size(), 2);
    QVERIFY(mapping.value().warnings.at(0).contains(QLatin1String("Columns C and A")));
}

void TestHeaderMatcher::missingColumns_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("mentioned"); // the message names the headers found and the ones expected

    QTest::newRow("no name") << QStringList{QStringLiteral("网址"), QStringLiteral("主办单位")}
                             << QStringList{QStringLiteral("\"网址\""), QStringLiteral("网站名称"),
                                            QStringLiteral("site name")};
    QTest::newRow("no url or account")
        << QStringList{QStringLiteral("网站名称"), QStringLiteral("主办单位"), QStringLiteral("电话")}
        << QStringList{QStringLiteral("\"电话\""), QStringLiteral("网址"), QStringLiteral("账号ID"),
                       QStringLiteral("website address"), QStringLiteral("account ID")};
    QTest::newRow("no unit") << QStringList{QStringLiteral("网站名称"), QStringLiteral("网址")}
                             << QStringList{QStringLiteral("主办单位"), QStringLiteral("host unit")};
    QTest::newRow("not a registry") << QStringList{QStringLiteral("姓名"), QStringLiteral("年龄")}
                                    << QStringList{QStringLiteral("\"姓名\", \"年龄\""),
                                                   QStringLiteral("网站名称"), QStringLiteral("主办单位"),
                                                   QStringLiteral("网址")};
}

void TestHeaderMatcher::missingColumns()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, mentioned);
    SheetTable table;
    table.rows = {SheetRow{1, headers}, SheetRow{2, QStringList(headers.size(), QStringLiteral("x"))}};
    const auto mapping = HeaderMatcher::match(table);
    QVERIFY(!mapping);
    for (const QString &text : mentioned)
        QVERIFY2(mapping.error().message.contains(text), qPrintable(mapping.error().message));
}

void TestHeaderMatcher::emptyTable()
{
    const auto mapping = HeaderMatcher::match(SheetTable{});
    QVERIFY(!mapping);
    QVERIFY(mapping.error().message.contains(QLatin1String("empty")));
}

void TestHeaderMatcher::siteType_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<std::optional<SiteKind>>("kind");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("portal");
    QTest::addColumn<bool>("unrecognised");

    const std::optional<SiteKind> website = SiteKind::Website;
    const std::optional<SiteKind> newMedia = SiteKind::NewMedia;
    const auto v = [](const char *text) {
        return QStringList{QString::fromUtf8(text)};
    };
    QTest::newRow("网站") << v("网站") << website << QString() << false << false;
    QTest::newRow("政府网站") << v("政府网站") << website << QString() << false << false;
    QTest::newRow("门户网站") << v("门户网站") << website << QString() << true << false;
    QTest::newRow("政府门户网站") << v("政府门户网站") << website << QString() << true << false;
    QTest::newRow("website") << v("Website") << website << QString() << false << false;
    QTest::newRow("微信") << v("微信") << newMedia << QStringLiteral("微信") << false << false;
    QTest::newRow("微信公众号") << v("微信公众号") << newMedia << QStringLiteral("微信") << false << false;
    QTest::newRow("公众号") << v("公众号") << newMedia << QStringLiteral("微信") << false << false;
    QTest::newRow("新浪微博") << v("新浪微博") << newMedia << QStringLiteral("微博") << false << false;
    QTest::newRow("抖音") << v("抖音") << newMedia << QStringLiteral("抖音") << false << false;
    QTest::newRow("今日头条") << v("今日头条") << newMedia << QStringLiteral("头条") << false << false;
    QTest::newRow("快手") << v("快手") << newMedia << QStringLiteral("快手") << false << false;
    QTest::newRow("微信视频号") << v("微信视频号") << newMedia << QStringLiteral("视频号") << false << false;
    QTest::newRow("政务微信公众号") << v("政务微信公众号") << newMedia << QStringLiteral("微信") << false
                                    << false;
    QTest::newRow("WeChat") << v("WeChat") << newMedia << QStringLiteral("微信") << false << false;
    QTest::newRow("with note") << v("微信（服务号）") << newMedia << QStringLiteral("微信") << false << false;
    QTest::newRow("type and platform columns")
        << QStringList{QStringLiteral("政务新媒体"), QStringLiteral("抖音")} << newMedia
        << QStringLiteral("抖音") << false << false;
    QTest::newRow("new media without platform") << v("新媒体") << newMedia << QString() << false << false;
    QTest::newRow("empty") << QStringList() << std::optional<SiteKind>() << QString() << false << false;
    QTest::newRow("unknown") << v("论坛") << std::optional<SiteKind>() << QString() << false << true;
    QTest::newRow("latin alias only whole")
        << v("whatsapp") << std::optional<SiteKind>() << QString() << false << true;
}

void TestHeaderMatcher::siteType()
{
    QFETCH(QStringList, values);
    QFETCH(std::optional<SiteKind>, kind);
    QFETCH(QString, platform);
    QFETCH(bool, portal);
    QFETCH(bool, unrecognised);
    const SiteTypeText::Parsed parsed = SiteTypeText::parse(values);
    QCOMPARE(parsed.kind, kind);
    QCOMPARE(parsed.platform, platform);
    QCOMPARE(parsed.portal, portal);
    QCOMPARE(!parsed.unrecognised.isEmpty(), unrecognised);
}

QTEST_GUILESS_MAIN(TestHeaderMatcher)
#include "tst_headermatcher.moc"
