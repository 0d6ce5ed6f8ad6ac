// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/dates/DateExtractor.h"

#include <QTest>
#include <QUrl>

using namespace xj;

namespace {

// "text@offset=yyyy-MM-dd", with a trailing * when the year was inferred.
QStringList describe(const QString &text, const QList<DateMention> &mentions)
{
    QStringList out;
    for (const DateMention &m : mentions) {
        out << text.mid(m.offset, m.length) + QLatin1Char('@') + QString::number(m.offset) +
                   QLatin1Char('=') + m.date.toString(Qt::ISODate) +
                   (m.hasYear() ? QString() : QStringLiteral("*"));
    }
    return out;
}

} // namespace

class TestDateExtractor : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void resolveYear_data();
    void resolveYear();
    void dateInUrl_data();
    void dateInUrl();
};

void TestDateExtractor::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QStringList>("expected");

    const QDate t(2026, 11, 20);
    // Full dates in every written form.
    QTest::newRow("dash") << QStringLiteral("发布时间：2019-12-14") << t
                          << QStringList{QStringLiteral("2019-12-14@5=2019-12-14")};
    QTest::newRow("slash") << QStringLiteral("2019/12/14") << t
                           << QStringList{QStringLiteral("2019/12/14@0=2019-12-14")};
    QTest::newRow("dot") << QStringLiteral("2019.12.14") << t
                         << QStringList{QStringLiteral("2019.12.14@0=2019-12-14")};
    QTest::newRow("single digits") << QStringLiteral("2019-1-4") << t
                                   << QStringList{QStringLiteral("2019-1-4@0=2019-01-04")};
    QTest::newRow("chinese") << QStringLiteral("于2019年12月14日") << t
                             << QStringList{QStringLiteral("2019年12月14日@1=2019-12-14")};
    QTest::newRow("chinese spaced") << QStringLiteral("2019 年 1 月 4 日") << t
                                    << QStringList{QStringLiteral("2019 年 1 月 4 日@0=2019-01-04")};
    QTest::newRow("chinese ideographic spaces")
        << QStringLiteral("2019年　12月　14日") << t
        << QStringList{QStringLiteral("2019年　12月　14日@0=2019-12-14")};
    QTest::newRow("full-width digits") << QStringLiteral("２０１９年１２月１４日") << t
                                       << QStringList{QStringLiteral("２０１９年１２月１４日@0=2019-12-14")};
    QTest::newRow("full-width dashes") << QStringLiteral("２０１９－１２－１４") << t
                                       << QStringList{QStringLiteral("２０１９－１２－１４@0=2019-12-14")};
    QTest::newRow("numerals") << QStringLiteral("二〇一九年十二月十四日") << t
                              << QStringList{QStringLiteral("二〇一九年十二月十四日@0=2019-12-14")};
    QTest::newRow("numerals 零") << QStringLiteral("二零二六年一月五日") << t
                                 << QStringList{QStringLiteral("二零二六年一月五日@0=2026-01-05")};
    QTest::newRow("numerals ○ and 三十一")
        << QStringLiteral("二○二六年十月三十一日") << t
        << QStringList{QStringLiteral("二○二六年十月三十一日@0=2026-10-31")};
    QTest::newRow("numerals 二十") << QStringLiteral("二〇二六年三月二十日") << t
                                   << QStringList{QStringLiteral("二〇二六年三月二十日@0=2026-03-20")};
    QTest::newRow("numerals 十一") << QStringLiteral("二〇二六年十一月十一日") << t
                                   << QStringList{QStringLiteral("二〇二六年十一月十一日@0=2026-11-11")};
    QTest::newRow("numerals 十") << QStringLiteral("二〇二六年十月十日") << t
                                 << QStringList{QStringLiteral("二〇二六年十月十日@0=2026-10-10")};
    QTest::newRow("time after date") << QStringLiteral("2026-11-18 09:30") << t
                                     << QStringList{QStringLiteral("2026-11-18@0=2026-11-18")};
    QTest::newRow("iso time") << QStringLiteral("2026-11-18T09:30:00+08:00") << t
                              << QStringList{QStringLiteral("2026-11-18@0=2026-11-18")};
    QTest::newRow("two dates") << QStringLiteral("2026年12月5日至2026年12月7日") << t
                               << QStringList{QStringLiteral("2026年12月5日@0=2026-12-05"),
                                              QStringLiteral("2026年12月7日@11=2026-12-07")};
    QTest::newRow("day range") << QStringLiteral("2026年12月5日至7日") << t
                               << QStringList{QStringLiteral("2026年12月5日@0=2026-12-05")};
    // Month-days: the year from the reference (no more than two months ahead).
    QTest::newRow("month-day brackets")
        << QStringLiteral("[12-14]") << t << QStringList{QStringLiteral("12-14@1=2026-12-14*")};
    QTest::newRow("month-day parentheses")
        << QStringLiteral("（10-05）") << t << QStringList{QStringLiteral("10-05@1=2026-10-05*")};
    QTest::newRow("month-day bare") << QStringLiteral("标题 11-19") << t
                                    << QStringList{QStringLiteral("11-19@3=2026-11-19*")};
    QTest::newRow("month-day slash") << QStringLiteral("12/14") << t
                                     << QStringList{QStringLiteral("12/14@0=2026-12-14*")};
    QTest::newRow("month-day chinese")
        << QStringLiteral("12月14日") << t << QStringList{QStringLiteral("12月14日@0=2026-12-14*")};
    QTest::newRow("month-day last year")
        << QStringLiteral("12-14") << QDate(2026, 9, 1) << QStringList{QStringLiteral("12-14@0=2025-12-14*")};
    QTest::newRow("month-day next year") << QStringLiteral("01-05") << QDate(2026, 12, 20)
                                         << QStringList{QStringLiteral("01-05@0=2027-01-05*")};
    QTest::newRow("month-day leap day")
        << QStringLiteral("02-29") << t << QStringList{QStringLiteral("02-29@0=2024-02-29*")};

    // Not dates.
    QTest::newRow("february 30") << QStringLiteral("2019-02-30") << t << QStringList();
    QTest::newRow("month 13") << QStringLiteral("2026-13-45") << t << QStringList();
    QTest::newRow("chinese 30 february") << QStringLiteral("2019年2月30日") << t << QStringList();
    QTest::newRow("numerals month 13") << QStringLiteral("二〇一九年十三月一日") << t << QStringList();
    QTest::newRow("mobile number") << QStringLiteral("电话13812345678") << t << QStringList();
    QTest::newRow("digit run") << QStringLiteral("2019121412") << t << QStringList();
    QTest::newRow("compact in text") << QStringLiteral("编号20191214") << t << QStringList();
    QTest::newRow("longer number before") << QStringLiteral("12019-12-14") << t << QStringList();
    QTest::newRow("more parts after") << QStringLiteral("2019-12-14-5") << t << QStringList();
    QTest::newRow("version") << QStringLiteral("v1.2019.12.14") << t << QStringList();
    QTest::newRow("mixed separators") << QStringLiteral("2019-12/14") << t << QStringList();
    QTest::newRow("year alone") << QStringLiteral("2026年工作要点") << t << QStringList();
    QTest::newRow("year and month") << QStringLiteral("2026年11月、2026-11") << t << QStringList();
    QTest::newRow("year out of range") << QStringLiteral("1850-01-01") << t << QStringList();
    QTest::newRow("month range") << QStringLiteral("1-3月") << t << QStringList();
    QTest::newRow("month-day impossible") << QStringLiteral("[02-30]") << t << QStringList();
    QTest::newRow("month-day without reference") << QStringLiteral("[12-14]") << QDate() << QStringList();
    QTest::newRow("ip address") << QStringLiteral("192.168.12.14") << t << QStringList();
    QTest::newRow("time only") << QStringLiteral("09:30-11:45") << t << QStringList();
}

void TestDateExtractor::find()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text, DateExtractor::find(text, reference)), expected);
}

void TestDateExtractor::resolveYear_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("same day") << 11 << 20 << QDate(2026, 11, 20) << QDate(2026, 11, 20);
    QTest::newRow("two months ahead") << 1 << 20 << QDate(2026, 11, 20) << QDate(2027, 1, 20);
    QTest::newRow("just beyond") << 1 << 21 << QDate(2026, 11, 20) << QDate(2026, 1, 21);
    QTest::newRow("leap day") << 2 << 29 << QDate(2026, 3, 1) << QDate(2024, 2, 29);
    QTest::newRow("impossible") << 2 << 30 << QDate(2026, 3, 1) << QDate();
    QTest::newRow("no reference") << 5 << 1 << QDate() << QDate();
}

void TestDateExtractor::resolveYear()
{
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, reference);
    QFETCH(QDate, expected);
    QCOMPARE(DateExtractor::resolveYear(month, day, reference), expected);
}

void TestDateExtractor::dateInUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("monthOnly");

    const QDate day(2026, 11, 20);
    QTest::newRow("trs t-date over month folder")
        << QStringLiteral("http://x.gov.cn/tzgg/202611/t20261120_3412.html") << day << false;
    QTest::newRow("month folder and day folder")
        << QStringLiteral("http://x.gov.cn/content/2026-11/20/content_1.htm") << day << false;
    QTest::newRow("year and month-day folders")
        << QStringLiteral("http://x.gov.cn/c/2026/1120/c1.html") << day << false;
    QTest::newRow("year month day folders")
        << QStringLiteral("http://x.gov.cn/art/2026/11/20/art_1_2.html") << day << false;
    QTest::newRow("single-digit folders")
        << QStringLiteral("http://x.gov.cn/art/2026/1/2/art_1_2.html") << QDate(2026, 1, 2) << false;
    QTest::newRow("query date") << QStringLiteral("http://x.gov.cn/a.jsp?id=7&date=2026-11-20") << day
                                << false;
    QTest::newRow("query compact") << QStringLiteral("http://x.gov.cn/a.jsp?d=20261120") << day << false;
    QTest::newRow("path wins over query")
        << QStringLiteral("http://x.gov.cn/2026/11/20/a.jsp?d=20261001") << day << false;
    QTest::newRow("last day in path")
        << QStringLiteral("http://x.gov.cn/2026/11/19/t20261120_1.html") << day << false;
    QTest::newRow("month folder only")
        << QStringLiteral("http://x.gov.cn/tzgg/202611/index_1.html") << QDate(2026, 11, 1) << true;
    QTest::newRow("year-month folder only")
        << QStringLiteral("http://x.gov.cn/tzgg/2026-11/abc.html") << QDate(2026, 11, 1) << true;
    QTest::newRow("impossible day, month folder")
        << QStringLiteral("http://x.gov.cn/202611/t20261131_1.html") << QDate(2026, 11, 1) << true;
    QTest::newRow("long id") << QStringLiteral("http://x.gov.cn/content_2026112012.html") << QDate() << false;
    QTest::newRow("no date") << QStringLiteral("http://x.gov.cn/tzgg/index.html") << QDate() << false;
    QTest::newRow("digits in host only")
        << QStringLiteral("http://www20261120.example.cn/x.html") << QDate() << false;
    QTest::newRow("empty") << QString() << QDate() << false;
}

void TestDateExtractor::dateInUrl()
{
    QFETCH(QString, url);
    QFETCH(QDate, expected);
    QFETCH(bool, monthOnly);
    const UrlDate found = DateExtractor::dateInUrl(QUrl(url));
    QCOMPARE(found.date, expected);
    QCOMPARE(found.monthOnly, monthOnly);
}

QTEST_GUILESS_MAIN(TestDateExtractor)
#include "tst_dateextractor.moc"
