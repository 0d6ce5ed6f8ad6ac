// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/TrapGuard.h"

#include <QTest>

using xj::TrapGuard;

/// The address spaces a crawl must not walk into forever: each case is an address the guard must
/// reject (with its reason) or let through.
class TestTrapGuard : public QObject
{
    Q_OBJECT

    static inline const QDate Today{2026, 11, 27};

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain page") << "http://a.gov.cn/zwgk/index.html" << 3 << "";
        QTest::newRow("too deep in clicks") << "http://a.gov.cn/x.html" << 13 << "depth";
        QTest::newRow("at the depth limit") << "http://a.gov.cn/x.html" << 12 << "";
        QTest::newRow("calendar this year") << "http://a.gov.cn/cal.php?year=2026&month=12" << 2 << "";
        QTest::newRow("calendar next year") << "http://a.gov.cn/cal.php?year=2027" << 2 << "";
        QTest::newRow("calendar two years ahead") << "http://a.gov.cn/cal.php?year=2028" << 2 << "";
        QTest::newRow("calendar far ahead") << "http://a.gov.cn/cal.php?year=2029" << 2 << "calendar";
        QTest::newRow("calendar yyyy-mm ahead") << "http://a.gov.cn/cal?date=2031-05" << 2 << "calendar";
        QTest::newRow("calendar yyyymm ahead") << "http://a.gov.cn/cal?ym=203105" << 2 << "calendar";
        QTest::newRow("calendar yyyymmdd ahead") << "http://a.gov.cn/cal?day=20310512" << 2 << "calendar";
        QTest::newRow("calendar yyyymmdd now") << "http://a.gov.cn/cal?day=20261127" << 2 << "";
        QTest::newRow("calendar far behind") << "http://a.gov.cn/cal?year=1980" << 2 << "calendar";
        QTest::newRow("calendar 30 years back") << "http://a.gov.cn/cal?year=1996" << 2 << "";
        QTest::newRow("year in a non-date parameter") << "http://a.gov.cn/a?id=2099" << 2 << "";
        // A relative link on an error page: every click adds the same segments again.
        QTest::newRow("ever deeper path")
            << "http://a.gov.cn/zwgk/css/zwgk/css/zwgk/css/x.html" << 2 << "repeating_path";
        QString distinct = QStringLiteral("http://a.gov.cn");
        for (int i = 0; i < 17; ++i)
            distinct += QStringLiteral("/p%1").arg(i);
        QTest::newRow("17 distinct segments") << distinct << 2 << "deep_path";
        QString sixteen = QStringLiteral("http://a.gov.cn");
        for (int i = 0; i < 15; ++i)
            sixteen += QStringLiteral("/p%1").arg(i);
        QTest::newRow("15 segments and a file") << sixteen + QStringLiteral("/x.html") << 2 << "";
        QTest::newRow("repeating segments")
            << "http://a.gov.cn/news/news/news/1.html" << 2 << "repeating_path";
        QTest::newRow("twice is fine") << "http://a.gov.cn/news/2026/news/1.html" << 2 << "";
        QTest::newRow("long url") << QStringLiteral("http://a.gov.cn/a?q=") + QString(1100, QLatin1Char('x'))
                                  << 2 << "long_url";
    }
    void check()
    {
        QFETCH(QString, url);
        QFETCH(int, depth);
        QFETCH(QString, reason);
        TrapGuard guard(Today);
        QCOMPARE(guard.check(QUrl(url), depth, 12), reason);
    }

    void queryVariantsAreCapped()
    {
        TrapGuard guard(Today);
        for (int i = 0; i < TrapGuard::MaxQueryVariants; ++i)
            QCOMPARE(guard.check(QUrl(QStringLiteral("http://a.gov.cn/list.jsp?page=%1").arg(i)), 1, 12),
                     QString());
        QCOMPARE(guard.check(QUrl(QStringLiteral("http://a.gov.cn/list.jsp?page=99999")), 1, 12),
                 QStringLiteral("query_variants"));
        // The cap is per path: other lists and plain pages are still crawled.
        QCOMPARE(guard.check(QUrl(QStringLiteral("http://a.gov.cn/other.jsp?page=1")), 1, 12), QString());
        QCOMPARE(guard.check(QUrl(QStringLiteral("http://a.gov.cn/list.jsp")), 1, 12), QString());
    }

    void calendarWalkStops()
    {
        // A calendar linking to the next month forever: the walk ends within the allowed years.
        TrapGuard guard(Today);
        QDate month(2026, 11, 1);
        int accepted = 0;
        for (int i = 0; i < 1000; ++i, month = month.addMonths(1)) {
            const QUrl url(
                QStringLiteral("http://a.gov.cn/cal.php?month=%1").arg(month.toString(u"yyyy-MM")));
            if (!guard.check(url, 1, 12).isEmpty())
                break;
            ++accepted;
        }
        QCOMPARE(accepted, 2 + 12 * 2); // Nov 2026 … Dec 2028
    }
};

QTEST_GUILESS_MAIN(TestTrapGuard)
#include "tst_trapguard.moc"
