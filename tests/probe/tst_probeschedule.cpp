// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/ProbeSchedule.h"

#include <QMap>
#include <QTest>

using namespace xj;

// The spacing of availability probes, and that following it gives every day the attempts W-V2
// asks for, whether the workbench checks every minute or cron runs the command hourly.
class TestProbeSchedule : public QObject
{
    Q_OBJECT

    static QDateTime at(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate); }

    /// Follows the schedule for `days` days with a caller that looks every `tickSeconds`;
    /// returns the attempts per UTC day.
    static QMap<QDate, int> simulate(const ProbeSchedule &schedule, qint64 tickSeconds, int days,
                                     qint64 offsetSeconds = 0)
    {
        QMap<QDate, int> perDay;
        QDateTime last;
        const QDateTime start = at(QStringLiteral("2026-11-01T00:00:00Z")).addSecs(offsetSeconds);
        for (QDateTime now = start; now < start.addDays(days); now = now.addSecs(tickSeconds)) {
            if (schedule.isDue(last, now, tickSeconds)) {
                ++perDay[now.date()];
                last = now;
            }
        }
        return perDay;
    }

private slots:
    void spacing_data()
    {
        QTest::addColumn<int>("probesPerDay");
        QTest::addColumn<qint64>("spacing");
        QTest::newRow("indicator: 20 a day") << 20 << qint64(4320);
        QTest::newRow("hourly") << 24 << qint64(3600);
        QTest::newRow("rounded down") << 7 << qint64(12342);
        QTest::newRow("once a day") << 1 << qint64(86400);
        QTest::newRow("no probes asked: once a day") << 0 << qint64(86400);
        QTest::newRow("at most once a minute") << 10000 << qint64(60);
    }

    void spacing()
    {
        QFETCH(int, probesPerDay);
        QFETCH(qint64, spacing);
        ScanRules rules;
        rules.probesPerDay = probesPerDay;
        QCOMPARE(ProbeSchedule(rules).spacingSeconds(), spacing);
    }

    void jitterIsSmallEarlierAndRepeatable()
    {
        const ProbeSchedule schedule;
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const QDateTime last = at(QStringLiteral("2026-11-20T08:00:00Z")).addSecs(i * 617);
            const qint64 jitter = schedule.jitterSeconds(last);
            QVERIFY(jitter >= 4320 / 20);
            QVERIFY(jitter <= 4320 / 8);
            QCOMPARE(schedule.jitterSeconds(last), jitter);
            QCOMPARE(schedule.nextProbe(last), last.addSecs(4320 - jitter));
            seen.insert(jitter);
        }
        QVERIFY2(seen.size() > 20, "the jitter should vary from probe to probe");
    }

    void isDue_data()
    {
        QTest::addColumn<QDateTime>("last");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("tick");
        QTest::addColumn<bool>("due");
        const QDateTime last = at(QStringLiteral("2026-11-20T08:00:00Z"));
        const QDateTime next = ProbeSchedule().nextProbe(last);
        QTest::newRow("never probed") << QDateTime() << last << qint64(0) << true;
        QTest::newRow("just probed") << last << last.addSecs(30) << qint64(0) << false;
        QTest::newRow("a second before the next") << last << next.addSecs(-1) << qint64(0) << false;
        QTest::newRow("at the next") << last << next << qint64(0) << true;
        QTest::newRow("a full spacing later") << last << last.addSecs(4320) << qint64(0) << true;
        QTest::newRow("hourly caller an hour later") << last << last.addSecs(3600) << qint64(3600) << true;
        QTest::newRow("hourly caller 20 min later") << last << last.addSecs(1200) << qint64(3600) << false;
        QTest::newRow("hourly caller half a spacing later")
            << last << last.addSecs(2160) << qint64(3600) << true;
        QTest::newRow("clock went back") << last << last.addSecs(-600) << qint64(0) << false;
    }

    void isDue()
    {
        QFETCH(QDateTime, last);
        QFETCH(QDateTime, now);
        QFETCH(qint64, tick);
        QFETCH(bool, due);
        QCOMPARE(ProbeSchedule().isDue(last, now, tick), due);
    }

    void everyDayGetsEnoughProbes_data()
    {
        QTest::addColumn<qint64>("tick");
        QTest::addColumn<int>("atLeast");
        QTest::addColumn<int>("atMost");
        QTest::newRow("workbench, every minute") << qint64(60) << 20 << 24;
        QTest::newRow("cron, hourly") << qint64(3600) << 24 << 24;
        QTest::newRow("timer, every 30 min") << qint64(1800) << 24 << 48;
    }

    void everyDayGetsEnoughProbes()
    {
        QFETCH(qint64, tick);
        QFETCH(int, atLeast);
        QFETCH(int, atMost);
        const QMap<QDate, int> perDay = simulate(ProbeSchedule(), tick, 7, 17);
        QCOMPARE(perDay.size(), 7);
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            QVERIFY2(it.value() >= atLeast && it.value() <= atMost,
                     qPrintable(QStringLiteral("%1: %2 probes").arg(it.key().toString()).arg(it.value())));
        }
    }
};

QTEST_GUILESS_MAIN(TestProbeSchedule)
#include "tst_probeschedule.moc"
