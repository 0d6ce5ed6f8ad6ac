// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkingCalendar.h"

#include <QTest>

using namespace xj;

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private:
    WorkingCalendar m_calendar;

private slots:
    void initTestCase();
    void between_data();
    void between();
    void agreesWithDayByDayCount();
    void deadline_data();
    void deadline();
    void deadlineInvertsCount();
    void weekendsOnly();
    void parse_data();
    void parse();
};

void TestWorkingCalendar::initTestCase()
{
    auto calendar = WorkingCalendar::bundled();
    QVERIFY2(calendar.ok(), calendar.ok() ? "" : qPrintable(calendar.error().fullText()));
    m_calendar = calendar.value();
    // 2024 to 2026 as published: at least the holidays and 调休 days of three years.
    QVERIFY(m_calendar.overrideCount() >= 100);
    for (int year : {2024, 2025, 2026})
        QVERIFY2(!m_calendar.isWorkingDay(QDate(year, 10, 2)), qPrintable(QString::number(year)));
}

void TestWorkingCalendar::between_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << QDate(2026, 11, 20) << QDate(2026, 11, 20) << 0;
    QTest::newRow("to before from") << QDate(2026, 11, 20) << QDate(2026, 11, 18) << 0;
    QTest::newRow("invalid") << QDate() << QDate(2026, 11, 18) << 0;
    QTest::newRow("next day") << QDate(2026, 11, 19) << QDate(2026, 11, 20) << 1;
    QTest::newRow("friday to monday") << QDate(2026, 11, 20) << QDate(2026, 11, 23) << 1;
    QTest::newRow("sunday to friday") << QDate(2026, 11, 22) << QDate(2026, 11, 27) << 5;
    QTest::newRow("one week") << QDate(2026, 11, 16) << QDate(2026, 11, 23) << 5;
    QTest::newRow("two weeks and a day") << QDate(2026, 11, 2) << QDate(2026, 11, 17) << 11;
    // 国庆 2026: 10-01 to 10-07 off; 09-20 (Sunday) and 10-10 (Saturday) are working days.
    QTest::newRow("national day week") << QDate(2026, 9, 30) << QDate(2026, 10, 9) << 2;
    QTest::newRow("adjusted saturday") << QDate(2026, 10, 9) << QDate(2026, 10, 12) << 2;
    QTest::newRow("adjusted sunday") << QDate(2026, 9, 18) << QDate(2026, 9, 21) << 2;
    QTest::newRow("inside the holiday") << QDate(2026, 10, 1) << QDate(2026, 10, 5) << 0;
    // 春节 2026: 02-15 to 02-23 off, 02-14 (Saturday) a working day.
    QTest::newRow("spring festival") << QDate(2026, 2, 13) << QDate(2026, 2, 24) << 2;
    // 2025: 国庆 and 中秋 together, 10-01 to 10-08.
    QTest::newRow("national day 2025") << QDate(2025, 9, 30) << QDate(2025, 10, 10) << 2;
    // 2024: 清明 04-04 to 04-06, 04-07 (Sunday) working.
    QTest::newRow("qingming 2024") << QDate(2024, 4, 3) << QDate(2024, 4, 8) << 2;
}

void TestWorkingCalendar::between()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(m_calendar.workingDaysBetween(from, to), expected);
}

void TestWorkingCalendar::deadline_data()
{
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("no days") << QDate(2026, 11, 27) << 0 << QDate(2026, 11, 27);
    QTest::newRow("friday plus one") << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
    QTest::newRow("ten from a friday") << QDate(2026, 11, 27) << 10 << QDate(2026, 12, 11);
    // 国庆 2026 off 10-01 to 10-07; Saturday 10-10 is a working day.
    QTest::newRow("across national day") << QDate(2026, 9, 28) << 10 << QDate(2026, 10, 16);
    // 中秋 09-25 to 09-27 off; Sunday 09-20 is a working day.
    QTest::newRow("adjusted sunday counts") << QDate(2026, 9, 18) << 3 << QDate(2026, 9, 22);
    QTest::newRow("across mid-autumn") << QDate(2026, 9, 24) << 1 << QDate(2026, 9, 28);
    // 春节 2026 off 02-15 to 02-23; Saturday 02-14 is a working day.
    QTest::newRow("across spring festival") << QDate(2026, 2, 12) << 3 << QDate(2026, 2, 24);
    QTest::newRow("issued on a holiday") << QDate(2026, 10, 3) << 1 << QDate(2026, 10, 8);
}

void TestWorkingCalendar::deadline()
{
    QFETCH(QDate, issued);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    QCOMPARE(m_calendar.addWorkingDays(issued, workingDays), expected);
}

void TestWorkingCalendar::deadlineInvertsCount()
{
    // The deadline N working days on is a working day, and exactly N working days after the start.
    for (QDate from(2024, 1, 1); from < QDate(2026, 12, 1); from = from.addDays(11)) {
        for (int n : {1, 5, 10, 15, 30}) {
            const QDate due = m_calendar.addWorkingDays(from, n);
            QVERIFY(m_calendar.isWorkingDay(due));
            QCOMPARE(m_calendar.workingDaysBetween(from, due), n);
        }
    }
}

void TestWorkingCalendar::agreesWithDayByDayCount()
{
    // The week-skipping count against the plain walk, over spans from a day to two years.
    const QDate start(2024, 1, 1);
    for (int offset = 0; offset < 900; offset += 37) {
        for (int length : {1, 3, 6, 7, 8, 13, 30, 95, 400, 730}) {
            const QDate from = start.addDays(offset);
            const QDate to = from.addDays(length);
            int walked = 0;
            for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
                walked += m_calendar.isWorkingDay(d) ? 1 : 0;
            QCOMPARE(m_calendar.workingDaysBetween(from, to), walked);
        }
    }
}

void TestWorkingCalendar::weekendsOnly()
{
    WorkingCalendar plain;
    QCOMPARE(plain.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 9)), 7);
    QVERIFY(!plain.isWorkingDay(QDate(2026, 10, 10)));
    plain.setDay(QDate(2026, 10, 10), true);
    plain.setDay(QDate(2026, 10, 1), false);
    QVERIFY(plain.isWorkingDay(QDate(2026, 10, 10)));
    QCOMPARE(plain.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 10)), 7);
}

void TestWorkingCalendar::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("overrides");

    QTest::newRow("rows and comments")
        << QStringLiteral("# header\n\n2026-10-01\toff\t国庆节\n2026-10-10\twork\n") << true << 2;
    QTest::newRow("bad date") << QStringLiteral("2026-13-01\toff\tx\n") << false << 0;
    QTest::newRow("bad kind") << QStringLiteral("2026-10-01\tholiday\tx\n") << false << 0;
    QTest::newRow("no tab") << QStringLiteral("2026-10-01 off\n") << false << 0;
}

void TestWorkingCalendar::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, overrides);
    const auto calendar = WorkingCalendar::parse(text, QStringLiteral("test.tsv"));
    QCOMPARE(calendar.ok(), ok);
    if (ok)
        QCOMPARE(calendar.value().overrideCount(), overrides);
    else
        QVERIFY(calendar.error().message.contains(QStringLiteral("test.tsv")));
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
