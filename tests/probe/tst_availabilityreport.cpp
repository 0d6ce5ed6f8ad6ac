// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/AvailabilityReport.h"

#include <QJsonArray>
#include <QTest>

using namespace xj;

// The W-V2 arithmetic: failures over attempts in the window, exactly 5 % being a veto, the
// per-day timeline and the check that every day was monitored enough.
class TestAvailabilityReport : public QObject
{
    Q_OBJECT

    // T: the end of 2026-11-20 in UTC, so the periods are the calendar days 11-14 … 11-20 in UTC.
    const QDateTime m_end = QDateTime::fromString(QStringLiteral("2026-11-21T00:00:00Z"), Qt::ISODate);

    static ProbeResult record(const QDateTime &at, bool ok, const QString &vantage = QStringLiteral("pc-1"))
    {
        ProbeResult r;
        r.siteId = 1;
        r.url = QStringLiteral("http://www.qinghe.gov.cn/");
        r.probedAt = at;
        r.ok = ok;
        r.status = ok ? 200 : 0;
        r.error = ok ? QString() : QStringLiteral("timeout");
        r.elapsedMs = ok ? 120 : 15000;
        r.vantage = vantage;
        return r;
    }

    /// `perDay` probes a day for the 7 days before m_end, evenly spaced; the first `failures`
    /// (counted across the week, one per day in turn) fail.
    ProbeResults week(int perDay, int failures) const
    {
        ProbeResults records;
        const QDateTime start = m_end.addDays(-7);
        for (int i = 0; i < perDay; ++i) {
            for (int day = 0; day < 7; ++day) {
                const int n = i * 7 + day;
                records.append(
                    record(start.addDays(day).addSecs(qint64(i) * 86400 / perDay + 30), n >= failures));
            }
        }
        return records;
    }

private slots:
    void threshold_data()
    {
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("vetoed");
        QTest::newRow("all available") << 20 << 0 << false;
        QTest::newRow("6 of 140: 4.29 %") << 20 << 6 << false;
        QTest::newRow("7 of 140: exactly 5 % is a veto") << 20 << 7 << true;
        QTest::newRow("8 of 140") << 20 << 8 << true;
        QTest::newRow("1 of 21 per day x 7: 7 of 147, 4.76 %") << 21 << 7 << false;
        QTest::newRow("8 of 161: just below 5 %") << 23 << 8 << false;
        QTest::newRow("everything down") << 20 << 140 << true;
    }

    void threshold()
    {
        QFETCH(int, perDay);
        QFETCH(int, failures);
        QFETCH(bool, vetoed);
        const AvailabilityReport report(week(perDay, failures), m_end);
        QCOMPARE(report.attempts(), perDay * 7);
        QCOMPARE(report.failures(), failures);
        QCOMPARE(report.ratio(), double(failures) / double(perDay * 7));
        QCOMPARE(report.isVetoed(), vetoed);
        QVERIFY(report.isSufficient());
        QCOMPARE(report.candidates().size(), vetoed ? 1 : 0);
    }

    void thresholdFollowsTheRules()
    {
        ScanRules rules;
        rules.unavailableVetoRatio = 0.03; // a local early warning at 3 %
        QVERIFY(!AvailabilityReport(week(20, 4), m_end).isVetoed());
        QVERIFY(AvailabilityReport(week(20, 5), m_end, rules).isVetoed()); // 3.57 %
    }

    void timelineHasOneRowPerDay()
    {
        ProbeResults records = week(20, 3);               // one failure on each of the first three days
        records.append(record(m_end.addDays(-8), false)); // before the window
        records.append(record(m_end.addSecs(1), false));  // after T
        records.append(record(m_end, true));              // exactly at T: still in
        const AvailabilityReport report(records, m_end);
        QCOMPARE(report.attempts(), 141);
        QCOMPARE(report.failures(), 3);
        const auto &days = report.days();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.first().from, m_end.addDays(-7));
        QCOMPARE(days.last().to, m_end);
        QCOMPARE(days.first().date, m_end.addDays(-7).toLocalTime().date());
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(days.at(i).attempts, i == 6 ? 21 : 20);
            QCOMPARE(days.at(i).failures, i < 3 ? 1 : 0);
        }
        QCOMPARE(report.failedProbes().size(), 3);
        QVERIFY(report.failedProbes().first().probedAt < report.failedProbes().last().probedAt);
    }

    void shortDaysMakeMonitoringInsufficient()
    {
        ProbeResults records = week(20, 0);
        // Day 3 loses two probes: 18 attempts is fewer than "每天20次以上".
        records.removeIf([this](const ProbeResult &r) {
            return r.probedAt.date() == m_end.addDays(-5).date() && r.probedAt.time().hour() < 2;
        });
        const AvailabilityReport report(records, m_end);
        QCOMPARE(report.attempts(), 138);
        QCOMPARE(report.shortDays(), 1);
        QVERIFY(!report.isSufficient());
        QCOMPARE(report.days().at(2).attempts, 18);
        QVERIFY(!AvailabilityReport({}, m_end).isSufficient());
        QVERIFY(!AvailabilityReport({}, m_end).isVetoed());
        QCOMPARE(AvailabilityReport({}, m_end).ratio(), 0.0);
    }

    void vetoCandidateCarriesTheEvidence()
    {
        ProbeResults records = week(20, 8);
        records.append(record(m_end.addSecs(-60), true, QStringLiteral("office-2")));
        const AvailabilityReport report(records, m_end);
        const ScanCandidates candidates = report.candidates();
        QCOMPARE(candidates.size(), 1);
        const ScanCandidate &c = candidates.first();
        QCOMPARE(c.checkId, QStringLiteral("site.unavailable"));
        QCOMPARE(c.itemCode, QStringLiteral("W-V2"));
        QCOMPARE(c.url, QStringLiteral("http://www.qinghe.gov.cn/"));
        QVERIFY2(c.message.contains(QStringLiteral("8 of 141")), qPrintable(c.message));
        QCOMPARE(c.text, report.ratioText());
        QCOMPARE(c.detail.value(QStringLiteral("attempts")).toInt(), 141);
        QCOMPARE(c.detail.value(QStringLiteral("failures")).toInt(), 8);
        QCOMPARE(c.detail.value(QStringLiteral("vetoed")).toBool(), true);
        QCOMPARE(c.detail.value(QStringLiteral("days")).toArray().size(), 7);
        QCOMPARE(c.detail.value(QStringLiteral("failed")).toArray().size(), 8);
        QCOMPARE(
            c.detail.value(QStringLiteral("failed")).toArray().first()[QStringLiteral("error")].toString(),
            QStringLiteral("timeout"));
        QCOMPARE(c.detail.value(QStringLiteral("vantages")).toArray().size(), 2);
        QCOMPARE(c.detail.value(QStringLiteral("threshold")).toDouble(), 0.05);
    }

    void insufficientVetoSaysSo()
    {
        const AvailabilityReport report({record(m_end.addDays(-1), false)}, m_end);
        QVERIFY(report.isVetoed());
        QVERIFY(!report.isSufficient());
        QCOMPARE(report.shortDays(), 7);
        QVERIFY(report.candidates().first().message.contains(QStringLiteral("insufficient")));
        QCOMPARE(report.toJson().value(QStringLiteral("sufficient")).toBool(), false);
    }

    void endOfDayIsLocalMidnight()
    {
        const QDateTime end = AvailabilityReport::endOfDay(QDate(2026, 11, 20));
        QCOMPARE(end.toLocalTime().date(), QDate(2026, 11, 21));
        QCOMPARE(end.toLocalTime().time(), QTime(0, 0));
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityReport)
#include "tst_availabilityreport.moc"
