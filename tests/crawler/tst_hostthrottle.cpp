// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/HostThrottle.h"

#include <QTest>

using xj::HostThrottle;

/// Politeness per host on a clock the test drives: slots, spacing, back-off and recovery.
class TestHostThrottle : public QObject
{
    Q_OBJECT

    static inline const QString Host = QStringLiteral("a.gov.cn");
    static inline const QString Other = QStringLiteral("b.gov.cn");

private slots:
    void concurrencyLimit()
    {
        HostThrottle t(2, 0);
        QCOMPARE(t.waitBefore(Host, 0), 0);
        t.started(Host, 0);
        QCOMPARE(t.waitBefore(Host, 0), 0);
        t.started(Host, 0);
        QCOMPARE(t.inFlight(Host), 2);
        QCOMPARE(t.waitBefore(Host, 0), -1); // both slots busy
        QCOMPARE(t.waitBefore(Other, 0), 0); // per host
        t.finished(Host, 5, false);
        QCOMPARE(t.inFlight(Host), 1);
        QCOMPARE(t.waitBefore(Host, 5), 0);
    }

    void rateSpacing()
    {
        HostThrottle t(8, 4.0); // 250 ms apart
        t.started(Host, 1000);
        QCOMPARE(t.waitBefore(Host, 1000), 250);
        QCOMPARE(t.waitBefore(Host, 1100), 150);
        QCOMPARE(t.waitBefore(Host, 1250), 0);
        t.started(Host, 1250);
        QCOMPARE(t.waitBefore(Host, 1250), 250);
        // Starts are spaced even when the caller starts early: the slot moves on from the last one.
        t.started(Host, 1260);
        QCOMPARE(t.waitBefore(Host, 1260), 490);
    }

    void unlimitedRate()
    {
        HostThrottle t(4, 0);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(t.waitBefore(Host, 0), 0);
            t.started(Host, 0);
        }
    }

    void crawlDelayRaisesInterval()
    {
        HostThrottle t(4, 10.0); // 100 ms
        t.setCrawlDelay(Host, 2.0);
        t.started(Host, 0);
        QCOMPARE(t.waitBefore(Host, 0), 2000);
        // A Crawl-delay shorter than our own spacing does not speed us up.
        t.setCrawlDelay(Other, 0.01);
        t.started(Other, 0);
        QCOMPARE(t.waitBefore(Other, 0), 100);
    }

    void backoffWithoutRetryAfter()
    {
        HostThrottle t(4, 0);
        t.started(Host, 0);
        t.finished(Host, 100, true);
        QCOMPARE(t.waitBefore(Host, 100), 1000);
        t.started(Host, 1100);
        t.finished(Host, 1200, true);
        QCOMPARE(t.waitBefore(Host, 1200), 2000); // doubled
        t.started(Host, 3200);
        t.finished(Host, 3300, true);
        QCOMPARE(t.waitBefore(Host, 3300), 4000);
        QCOMPARE(t.waitBefore(Other, 3300), 0); // the other host is not punished
    }

    void backoffIsCapped()
    {
        HostThrottle t(4, 0);
        qint64 now = 0;
        for (int i = 0; i < 20; ++i) {
            t.started(Host, now);
            t.finished(Host, now, true);
            now += t.waitBefore(Host, now);
        }
        t.started(Host, now);
        t.finished(Host, now, true);
        QCOMPARE(t.waitBefore(Host, now), HostThrottle::MaxBackoffMs);
    }

    void retryAfterIsHonoured()
    {
        HostThrottle t(4, 0);
        t.started(Host, 0);
        t.finished(Host, 0, true, 7000);
        QCOMPARE(t.waitBefore(Host, 0), 7000);
        // An absurd Retry-After is capped.
        t.started(Host, 7000);
        t.finished(Host, 7000, true, 3600 * 1000);
        QCOMPARE(t.waitBefore(Host, 7000), HostThrottle::MaxBackoffMs);
    }

    void recovery()
    {
        HostThrottle t(4, 0);
        t.started(Host, 0);
        t.finished(Host, 0, true);
        t.started(Host, 1000);
        t.finished(Host, 1000, true); // back-off now 2 s
        t.started(Host, 3000);
        t.finished(Host, 3000, false); // a good answer resets it
        QCOMPARE(t.waitBefore(Host, 3000), 0);
        t.started(Host, 3000);
        t.finished(Host, 3000, true);
        QCOMPARE(t.waitBefore(Host, 3000), 1000); // starts again from 1 s
    }
};

QTEST_GUILESS_MAIN(TestHostThrottle)
#include "tst_hostthrottle.moc"
