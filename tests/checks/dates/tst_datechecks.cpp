// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageSnapshot.h"
#include "checks/dates/DateConsistencyCheck.h"
#include "checks/dates/FutureDateCheck.h"

#include <QTest>

using namespace xj;

namespace {

// Blocks as "tag|text", "tag|text|link address" or "tag|text|link address|hidden"; metas as
// "name=content". Block selectors are "#b<index>".
PageSnapshot makePage(const QString &url, const QDate &today, const QStringList &metas,
                      const QStringList &blocks)
{
    PageSnapshot page;
    page.url = QUrl(url);
    page.inspectionDate = today;
    for (const QString &m : metas)
        page.metas.insert(m.section(QLatin1Char('='), 0, 0), m.section(QLatin1Char('='), 1));
    for (const QString &spec : blocks) {
        const QStringList parts = spec.split(QLatin1Char('|'));
        TextBlock block;
        block.tag = parts.at(0);
        block.text = parts.at(1);
        block.selector = QStringLiteral("#b") + QString::number(page.blocks.size());
        if (parts.size() > 3 && parts.at(3) == QLatin1String("hidden"))
            block.concealed = Concealment::DisplayNone;
        const int index = page.appendBlock(block);
        if (parts.size() > 2 && !parts.at(2).isEmpty()) {
            LinkFact link;
            link.tag = QStringLiteral("a");
            link.attribute = QStringLiteral("href");
            link.rawUrl = parts.at(2);
            link.url = page.url.resolved(QUrl(parts.at(2)));
            link.block = index;
            page.links.append(link);
        }
    }
    return page;
}

// "id|text|block|offset|length|suggestion|confidence|selector"
QStringList describe(const Candidates &candidates)
{
    QStringList out;
    for (const Candidate &c : candidates) {
        out << QStringList{c.checkId,
                           c.text,
                           QString::number(c.block),
                           QString::number(c.offset),
                           QString::number(c.length),
                           c.suggestion,
                           QString::number(c.confidence),
                           c.selector}
                   .join(QLatin1Char('|'));
    }
    return out;
}

Candidates runChecks(const PageSnapshot &page, int tolerance)
{
    const CheckDictionaries dictionaries;
    CheckSettings settings;
    settings.dateToleranceDays = tolerance;
    const AllowList allowList;
    const CheckContext context(dictionaries, settings, allowList);
    Candidates out;
    FutureDateCheck().run(page, context, out);
    DateConsistencyCheck().run(page, context, out);
    return out;
}

const QString site = QStringLiteral("http://www.x.gov.cn/");

} // namespace

class TestDateChecks : public QObject
{
    Q_OBJECT

private slots:
    void checks_data();
    void checks();
    void checkIds();
    void messagesNameBothDates();
};

void TestDateChecks::checks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("metas");
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<QStringList>("expected");

    const QDate t(2026, 11, 20);
    const QString article = site + QStringLiteral("tzgg/202612/t20261202_7.html");
    const QString list = site + QStringLiteral("tzgg/index.html");
    const QString header = QStringLiteral("发布时间：2026-12-02 09:30　来源：县政府办公室");

    // date.future
    QTest::newRow("future meta") << list << t << QStringList{QStringLiteral("pubdate=2026-12-02 09:30")}
                                 << QStringList() << 0
                                 << QStringList{QStringLiteral(
                                        "date.future|2026-12-02 09:30|-1|-1|0||0.95|meta[name=\"PubDate\"]")};
    QTest::newRow("future labelled and meta")
        << article << t << QStringList{QStringLiteral("pubdate=2026-12-02 09:30")}
        << QStringList{QStringLiteral("p|") + header} << 0
        << QStringList{QStringLiteral("date.future|2026-12-02 09:30|-1|-1|0||0.95|meta[name=\"PubDate\"]"),
                       QStringLiteral("date.future|发布时间：2026-12-02|0|0|15||0.95|#b0")};
    QTest::newRow("future generic label")
        << list << t << QStringList() << QStringList{QStringLiteral("p|日期：2026-12-02")} << 0
        << QStringList{QStringLiteral("date.future|日期：2026-12-02|0|0|13||0.95|#b0")};
    QTest::newRow("future numeral label")
        << list << t << QStringList() << QStringList{QStringLiteral("p|成文日期：二〇二六年十二月二日")} << 0
        << QStringList{QStringLiteral("date.future|成文日期：二〇二六年十二月二日|0|0|15||0.95|#b0")};
    QTest::newRow("future header line")
        << list << t << QStringList()
        << QStringList{QStringLiteral("div|2026-12-02　来源：县政府办公室　浏览次数：12")} << 0
        << QStringList{QStringLiteral("date.future|2026-12-02|0|0|10||0.9|#b0")};
    QTest::newRow("future list item")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|县政府常务会议研究安全生产等事项2026-12-02|./a.html")} << 0
        << QStringList{QStringLiteral("date.future|2026-12-02|0|16|10||0.8|#b0")};
    QTest::newRow("future list item full-width")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|通知（２０２６－１２－０２）|./a.html")} << 0
        << QStringList{QStringLiteral("date.future|２０２６－１２－０２|0|3|10||0.8|#b0")};
    QTest::newRow("list title ending in 召开")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|全县安全生产工作会议召开2026-12-02|./a.html"),
                       QStringLiteral("li|2027年度工作计划 2026-12-03|./b.html")}
        << 0
        << QStringList{QStringLiteral("date.future|2026-12-02|0|12|10||0.8|#b0"),
                       QStringLiteral("date.future|2026-12-03|1|11|10||0.8|#b1")};
    QTest::newRow("list month-day after T")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|[12-14] 关于开展安全检查的通知|./a.html")} << 0
        << QStringList{QStringLiteral("date.future|12-14|0|1|5||0.6|#b0")};
    QTest::newRow("list month-day before T")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|[11-14] 关于开展安全检查的通知|./a.html")} << 0 << QStringList();
    QTest::newRow("today is not future")
        << list << t << QStringList{QStringLiteral("pubdate=2026-11-20")}
        << QStringList{QStringLiteral("p|发布时间：2026-11-20")} << 0 << QStringList();
    QTest::newRow("deadline label") << list << t << QStringList()
                                    << QStringList{QStringLiteral("p|截止日期：2027-01-01")} << 0
                                    << QStringList();
    QTest::newRow("deadline in list item")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|关于报送材料的通知（截止2027-01-01）|./a.html")} << 0
        << QStringList();
    QTest::newRow("validity") << list << t << QStringList()
                              << QStringList{QStringLiteral("li|资格证书有效期至2028年5月1日|./a.html"),
                                             QStringLiteral("p|有效期至2028年5月1日")}
                              << 0 << QStringList();
    QTest::newRow("event") << list << t << QStringList()
                           << QStringList{QStringLiteral("li|全县工作会议将于2026年12月10日召开|./a.html"),
                                          QStringLiteral("p|日期：2026年12月10日召开")}
                           << 0 << QStringList();
    QTest::newRow("submit before") << list << t << QStringList()
                                   << QStringList{QStringLiteral("li|请于2026年12月31日前报送|./a.html")} << 0
                                   << QStringList();
    QTest::newRow("event range") << list << t << QStringList()
                                 << QStringList{QStringLiteral("li|展览时间为2026年12月5日至7日|./a.html")}
                                 << 0 << QStringList();
    QTest::newRow("event time label with place")
        << list << t << QStringList() << QStringList{QStringLiteral("p|时间：2026-12-10　地点：县会议中心")}
        << 0 << QStringList();
    QTest::newRow("date in paragraph body")
        << list << t << QStringList()
        << QStringList{QStringLiteral("p|2026年12月14日，县长将主持全县工作会议并讲话。")} << 0
        << QStringList();
    QTest::newRow("month-day in paragraph")
        << list << t << QStringList()
        << QStringList{QStringLiteral("p|12-14岁的青少年共有3200人参加比赛。"),
                       QStringLiteral("p|12月14日上午，县长主持会议。")}
        << 0 << QStringList();
    QTest::newRow("impossible dates")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|编号2026-13-45|./a.html"), QStringLiteral("p|发布时间：2026-13-45")}
        << 0 << QStringList();
    QTest::newRow("hidden block") << list << t << QStringList()
                                  << QStringList{QStringLiteral("p|发布时间：2026-12-02||hidden")} << 0
                                  << QStringList();
    QTest::newRow("no inspection date")
        << list << QDate() << QStringList{QStringLiteral("pubdate=2026-12-02")}
        << QStringList{QStringLiteral("p|发布时间：2026-12-02")} << 0 << QStringList();

    // date.inconsistent
    const QString listItem = QStringLiteral("县政府常务会议2026-11-18|/zwdt/202611/t20261116_5.html");
    QTest::newRow("list date later than link")
        << list << t << QStringList() << QStringList{QStringLiteral("li|") + listItem} << 0
        << QStringList{QStringLiteral("date.inconsistent|2026-11-18|0|7|10|2026-11-16|0.7|#b0")};
    QTest::newRow("list date earlier than link")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|标题2026-11-14|/zwdt/202611/t20261116_5.html")} << 0
        << QStringList{QStringLiteral("date.inconsistent|2026-11-14|0|2|10|2026-11-16|0.9|#b0")};
    QTest::newRow("list date equal") << list << t << QStringList()
                                     << QStringList{QStringLiteral(
                                            "li|标题2026-11-16|/zwdt/202611/t20261116_5.html")}
                                     << 0 << QStringList();
    QTest::newRow("list date within tolerance")
        << list << t << QStringList() << QStringList{QStringLiteral("li|") + listItem} << 2 << QStringList();
    QTest::newRow("list month-day against link")
        << list << t << QStringList()
        << QStringList{QStringLiteral("li|[11-14] 标题|/zwdt/202611/t20261116_5.html")} << 0
        << QStringList{QStringLiteral("date.inconsistent|11-14|0|1|5|2026-11-16|0.9|#b0")};
    QTest::newRow("list link without date")
        << list << t << QStringList() << QStringList{QStringLiteral("li|标题2026-11-14|/zwdt/show.jsp?id=5")}
        << 0 << QStringList();
    QTest::newRow("article shown date before address date")
        << site + QStringLiteral("zwdt/zwyw/202611/t20261118_7.html") << t
        << QStringList{QStringLiteral("pubdate=2026-11-15 10:00")}
        << QStringList{QStringLiteral("p|发布时间：2026-11-15 10:00　来源：县政府办公室")} << 0
        << QStringList{QStringLiteral("date.inconsistent|2026-11-15|0|5|10|2026-11-18|0.9|#b0")};
    QTest::newRow("article shown date after meta")
        << site + QStringLiteral("zwdt/show.jsp?id=7") << t
        << QStringList{QStringLiteral("pubdate=2026-11-12")}
        << QStringList{QStringLiteral("p|发布日期：2026年11月15日")} << 0
        << QStringList{QStringLiteral("date.inconsistent|2026年11月15日|0|5|11|2026-11-12|0.7|#b0")};
    QTest::newRow("article consistent")
        << site + QStringLiteral("zwdt/202611/t20261115_7.html") << t
        << QStringList{QStringLiteral("pubdate=2026-11-15 10:00")}
        << QStringList{QStringLiteral("p|发布时间：2026-11-15 10:00　来源：县政府办公室")} << 0
        << QStringList();
    QTest::newRow("article month-only address")
        << site + QStringLiteral("zwdt/202610/abc_7.html") << t << QStringList()
        << QStringList{QStringLiteral("p|发布时间：2026-11-15")} << 0
        << QStringList{QStringLiteral("date.inconsistent|2026-11-15|0|5|10||0.7|#b0")};
    QTest::newRow("article month-only address same month")
        << site + QStringLiteral("zwdt/202611/abc_7.html") << t << QStringList()
        << QStringList{QStringLiteral("p|发布时间：2026-11-15")} << 0 << QStringList();
    QTest::newRow("written date may differ")
        << site + QStringLiteral("zwgk/202611/t20261118_7.html") << t << QStringList()
        << QStringList{QStringLiteral("p|成文日期：2026-11-10")} << 0 << QStringList();
}

void TestDateChecks::checks()
{
    QFETCH(QString, url);
    QFETCH(QDate, today);
    QFETCH(QStringList, metas);
    QFETCH(QStringList, blocks);
    QFETCH(int, tolerance);
    QFETCH(QStringList, expected);
    const PageSnapshot page = makePage(url, today, metas, blocks);
    const Candidates found = runChecks(page, tolerance);
    QCOMPARE(describe(found), expected);
    // Every text position quotes the block text exactly.
    for (const Candidate &c : found) {
        if (c.hasTextPosition())
            QCOMPARE(page.blocks.at(c.block).text.mid(c.offset, c.length), c.text);
    }
}

void TestDateChecks::checkIds()
{
    QCOMPARE(FutureDateCheck().checkIds(), QStringList{QStringLiteral("date.future")});
    QCOMPARE(DateConsistencyCheck().checkIds(), QStringList{QStringLiteral("date.inconsistent")});
}

void TestDateChecks::messagesNameBothDates()
{
    const PageSnapshot page =
        makePage(site + QStringLiteral("zwdt/202611/t20261118_7.html"), QDate(2026, 11, 20),
                 {QStringLiteral("pubdate=2026-11-15")}, {QStringLiteral("p|发布时间：2026-11-25")});
    const Candidates found = runChecks(page, 0);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).message,
             QStringLiteral("The publish date 2026-11-25 is later than the inspection date 2026-11-20."));
    QCOMPARE(found.at(1).message, QStringLiteral("The publish date 2026-11-25 shown on the page differs from "
                                                 "the date 2026-11-15 in its meta tag \"PubDate\"."));
    QCOMPARE(found.at(2).message, QStringLiteral("The publish date 2026-11-25 shown on the page differs from "
                                                 "the date 2026-11-18 in the page's address."));

    const PageSnapshot listPage = makePage(site + QStringLiteral("tzgg/index.html"), QDate(2026, 11, 20), {},
                                           {QStringLiteral("li|[12-14] 标题|/tzgg/202612/t20261216_1.html")});
    const Candidates listFound = runChecks(listPage, 0);
    QCOMPARE(listFound.size(), 2);
    QCOMPARE(listFound.at(0).message,
             QStringLiteral("The list date 12-14, read as 2026-12-14, is later than the "
                            "inspection date 2026-11-20."));
    QCOMPARE(listFound.at(1).message,
             QStringLiteral("The list date 2026-12-14 differs from the date 2026-12-16 "
                            "in the address of its link."));
}

QTEST_GUILESS_MAIN(TestDateChecks)
#include "tst_datechecks.moc"
