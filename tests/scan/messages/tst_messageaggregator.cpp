// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkingCalendar.h"
#include "scan/ScanRules.h"
#include "scan/messages/MessageAggregator.h"

#include <QJsonArray>
#include <QTest>

using namespace xj;

namespace {

const QDate Today(2026, 11, 20);
const QString Board = QStringLiteral("http://www.example.gov.cn/hdjl/index.html");

QString detailUrl(int n)
{
    return QStringLiteral("http://www.example.gov.cn/hdjl/detail_%1.html").arg(n);
}

MessageRecord record(int n, const QDate &asked, const QDate &answered, const QString &status,
                     const QString &reply = QString(), bool detail = true)
{
    MessageRecord m;
    m.url = detailUrl(n);
    m.title = QStringLiteral("留言%1").arg(n);
    m.asked = asked;
    m.answered = answered;
    m.status = status;
    m.reply = reply;
    m.hasReply = answered.isValid() || !reply.isEmpty();
    m.replyKnown = !status.isEmpty() || m.hasReply;
    m.fromDetailPage = detail;
    return m;
}

MessagePageFacts facts(const QList<MessageRecord> &records)
{
    MessagePageFacts f;
    f.messages = records;
    f.isBoard = true;
    return f;
}

// "checkId text" of each candidate.
QStringList describe(const ScanCandidates &candidates)
{
    QStringList out;
    for (const ScanCandidate &c : candidates)
        out << c.checkId + QLatin1Char(' ') + c.text;
    return out;
}

} // namespace

class TestMessageAggregator : public QObject
{
    Q_OBJECT

private:
    WorkingCalendar m_calendar;
    StockReplies m_stock;

    MessageAggregator::Evaluation evaluate(const QList<MessageRecord> &records,
                                           const ScanRules &rules = ScanRules()) const
    {
        MessageAggregator aggregator(m_stock);
        for (const MessageRecord &r : records)
            aggregator.addPage(r.url, facts({r}));
        return aggregator.evaluate(Today, rules, m_calendar);
    }

private slots:
    void initTestCase();
    void timeliness_data();
    void timeliness();
    void veto();
    void candidateFields();
    void mergeListAndDetail();
    void repeatedReplies();
    void stockReply();
};

void TestMessageAggregator::initTestCase()
{
    auto calendar = WorkingCalendar::bundled();
    QVERIFY(calendar.ok());
    m_calendar = calendar.value();
    auto stock = StockReplies::bundled();
    QVERIFY(stock.ok());
    m_stock = stock.value();
}

void TestMessageAggregator::timeliness_data()
{
    QTest::addColumn<QDate>("asked");
    QTest::addColumn<QDate>("answered");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QJsonObject>("rules");
    QTest::addColumn<QStringList>("expected");

    const QString none = QStringLiteral("未答复");
    const QJsonObject defaults;
    const auto late = [](const QString &text) {
        return QStringList{QStringLiteral("message.late ") + text};
    };
    const auto unanswered = [](const QString &text) {
        return QStringList{QStringLiteral("message.unanswered ") + text};
    };
    // Unanswered (W-V5): more than three months, counted from the asked date to T or to the reply.
    QTest::newRow("pending exactly three months")
        << QDate(2026, 8, 20) << QDate() << none << defaults << late(none);
    QTest::newRow("pending three months and a day")
        << QDate(2026, 8, 19) << QDate() << none << defaults << unanswered(none);
    QTest::newRow("reply state unknown")
        << QDate(2026, 8, 1) << QDate() << QString() << defaults << QStringList();
    QTest::newRow("answered exactly three months later")
        << QDate(2026, 4, 26) << QDate(2026, 7, 26) << QStringLiteral("已答复") << defaults
        << late(QStringLiteral("2026-07-26"));
    QTest::newRow("answered three months and a day later")
        << QDate(2026, 4, 26) << QDate(2026, 7, 27) << QStringLiteral("已答复") << defaults
        << unanswered(QStringLiteral("2026-07-27"));
    // Late (W-D8): more than five working days.
    QTest::newRow("five working days")
        << QDate(2026, 11, 13) << QDate(2026, 11, 20) << QString() << defaults << QStringList();
    QTest::newRow("six working days") << QDate(2026, 11, 12) << QDate(2026, 11, 20) << QString() << defaults
                                      << late(QStringLiteral("2026-11-20"));
    QTest::newRow("holiday week") << QDate(2026, 9, 30) << QDate(2026, 10, 13) << QString() << defaults
                                  << QStringList();
    QTest::newRow("adjusted saturday counts") << QDate(2026, 9, 30) << QDate(2026, 10, 14) << QString()
                                              << defaults << late(QStringLiteral("2026-10-14"));
    QTest::newRow("pending five working days")
        << QDate(2026, 11, 13) << QDate() << QStringLiteral("未回复") << defaults << QStringList();
    QTest::newRow("pending six working days") << QDate(2026, 11, 12) << QDate() << QStringLiteral("办理中")
                                              << defaults << late(QStringLiteral("办理中"));
    // The look-back window [T − 12 months, T].
    QTest::newRow("first day of the window")
        << QDate(2025, 11, 20) << QDate() << none << defaults << unanswered(none);
    QTest::newRow("before the window") << QDate(2025, 11, 19) << QDate() << none << defaults << QStringList();
    QTest::newRow("after the inspection date")
        << QDate(2026, 11, 21) << QDate() << none << defaults << QStringList();
    QTest::newRow("no asked date") << QDate() << QDate() << none << defaults << QStringList();
    // Every threshold comes from the rules.
    QTest::newRow("shorter look-back")
        << QDate(2026, 4, 26) << QDate() << none << QJsonObject{{QStringLiteral("messageLookbackMonths"), 6}}
        << QStringList();
    QTest::newRow("stricter reply limit")
        << QDate(2026, 11, 13) << QDate(2026, 11, 20) << QString()
        << QJsonObject{{QStringLiteral("replyWorkingDays"), 3}} << late(QStringLiteral("2026-11-20"));
    QTest::newRow("longer unanswered limit")
        << QDate(2026, 8, 19) << QDate() << none << QJsonObject{{QStringLiteral("unansweredMonths"), 6}}
        << late(none);
}

void TestMessageAggregator::timeliness()
{
    QFETCH(QDate, asked);
    QFETCH(QDate, answered);
    QFETCH(QString, status);
    QFETCH(QJsonObject, rules);
    QFETCH(QStringList, expected);
    const MessageAggregator::Evaluation ev =
        evaluate({record(1, asked, answered, status,
                         answered.isValid() ? QStringLiteral("已安排处理，下周完成。") : QString())},
                 ScanRules::fromJson(rules));
    QCOMPARE(describe(ev.candidates), expected);
    QCOMPARE(ev.unanswered, int(expected.filter(QStringLiteral("unanswered")).size()));
    QCOMPARE(ev.late, int(expected.filter(QStringLiteral("late")).size()));
}

void TestMessageAggregator::veto()
{
    const auto verdict = [this](const QList<MessageRecord> &records) -> QString {
        const MessageAggregator::Evaluation ev = evaluate(records);
        return ev.veto.value(QStringLiteral("verdict")).toString() + QLatin1Char('/') +
               QString::number(ev.veto.value(QStringLiteral("count")).toInt()) + QLatin1Char('/') +
               QString::number(ev.messages);
    };
    const QString none = QStringLiteral("未答复");
    QCOMPARE(verdict({}), QStringLiteral("unknown/0/0"));
    QCOMPARE(verdict({record(1, QDate(2026, 11, 16), QDate(2026, 11, 17), QString())}),
             QStringLiteral("pass/0/1"));
    QCOMPARE(
        verdict({record(1, QDate(2026, 11, 16), QDate(2026, 11, 17), QString()),
                 record(2, QDate(2026, 7, 16), QDate(), none), record(3, QDate(2026, 6, 16), QDate(), none)}),
        QStringLiteral("veto/2/3"));
    const MessageAggregator::Evaluation ev = evaluate({record(2, QDate(2026, 7, 16), QDate(), none)});
    QCOMPARE(ev.veto.value(QStringLiteral("item")).toString(), QStringLiteral("W-V5"));
    QCOMPARE(ev.veto.value(QStringLiteral("threshold")).toInt(), 1);
    QCOMPARE(ev.veto.value(QStringLiteral("from")).toString(), QStringLiteral("2025-11-20"));
}

void TestMessageAggregator::candidateFields()
{
    MessageAggregator aggregator(m_stock);
    aggregator.addPage(Board,
                       facts({record(2, QDate(2026, 7, 16), QDate(), QStringLiteral("未答复"), {}, false)}));
    const MessageAggregator::Evaluation ev = aggregator.evaluate(Today, ScanRules(), m_calendar);
    QCOMPARE(ev.candidates.size(), 1);
    const ScanCandidate &c = ev.candidates.first();
    QCOMPARE(c.checkId, QStringLiteral("message.unanswered"));
    QCOMPARE(c.itemCode, QStringLiteral("W-V5"));
    QCOMPARE(c.category, QStringLiteral("P10"));
    QCOMPARE(c.url, detailUrl(2));
    QCOMPARE(c.sourceUrl, Board);
    QCOMPARE(c.text, QStringLiteral("未答复"));
    QVERIFY2(c.message.contains(QStringLiteral("2026-07-16")) && c.message.contains(QStringLiteral("127")),
             qPrintable(c.message));
    QCOMPARE(c.detail.value(QStringLiteral("asked")).toString(), QStringLiteral("2026-07-16"));
    QCOMPARE(c.detail.value(QStringLiteral("status")).toString(), QStringLiteral("未答复"));
    QCOMPARE(c.detail.value(QStringLiteral("title")).toString(), QStringLiteral("留言2"));
    QCOMPARE(c.detail.value(QStringLiteral("days")).toInt(), 127);
    QCOMPARE(c.detail.value(QStringLiteral("workingDays")).toInt(),
             m_calendar.workingDaysBetween(QDate(2026, 7, 16), Today));
    QCOMPARE(c.detail.value(QStringLiteral("fromDetailPage")).toBool(), false);
}

void TestMessageAggregator::mergeListAndDetail()
{
    const MessageRecord row =
        record(5, QDate(2026, 10, 31), QDate(2026, 11, 1), QStringLiteral("已答复"), {}, false);
    MessageRecord detail = record(5, QDate(2026, 10, 31), QDate(2026, 11, 1), QStringLiteral("已答复"),
                                  QStringLiteral("已收到。"));
    detail.title.clear();
    for (bool listFirst : {true, false}) {
        MessageAggregator aggregator(m_stock);
        if (listFirst)
            aggregator.addPage(Board, facts({row}));
        aggregator.addPage(detail.url, facts({detail}));
        if (!listFirst)
            aggregator.addPage(Board, facts({row}));
        QCOMPARE(aggregator.size(), 1);
        const MessageAggregator::Evaluation ev = aggregator.evaluate(Today, ScanRules(), m_calendar);
        QCOMPARE(ev.messages, 1);
        QCOMPARE(describe(ev.candidates), QStringList{QStringLiteral("message.boilerplate 已收到。")});
        const ScanCandidate &c = ev.candidates.first();
        QCOMPARE(c.sourceUrl, Board);
        QCOMPARE(c.detail.value(QStringLiteral("fromDetailPage")).toBool(), true);
        // The list row gives the title the detail page lacked.
        QCOMPARE(c.detail.value(QStringLiteral("title")).toString(), QStringLiteral("留言5"));
    }

    // Where list and detail disagree, the detail page wins.
    const MessageRecord answeredRow =
        record(6, QDate(2026, 7, 16), QDate(2026, 7, 18), QStringLiteral("已答复"), {}, false);
    const MessageRecord pendingDetail = record(6, QDate(2026, 7, 16), QDate(), QStringLiteral("未答复"));
    for (bool listFirst : {true, false}) {
        MessageAggregator aggregator(m_stock);
        aggregator.addPage(Board, facts({listFirst ? answeredRow : pendingDetail}));
        aggregator.addPage(detailUrl(6), facts({listFirst ? pendingDetail : answeredRow}));
        const MessageAggregator::Evaluation ev = aggregator.evaluate(Today, ScanRules(), m_calendar);
        QCOMPARE(describe(ev.candidates), QStringList{QStringLiteral("message.unanswered 未答复")});
    }
}

void TestMessageAggregator::repeatedReplies()
{
    const QString copied = QStringLiteral("您好！您反映的问题我们已经掌握，将按程序研究办理。");
    const QString copiedAgain = QStringLiteral("您好，您反映的问题我们已经掌握 将按程序研究办理！");
    const QString twice = QStringLiteral("您好！该路段已列入本年度养护计划，预计下月完成修补。");
    const QList<MessageRecord> records{
        record(1, QDate(2026, 11, 2), QDate(2026, 11, 3), QString(), copied),
        record(2, QDate(2026, 11, 4), QDate(2026, 11, 5), QString(), copiedAgain),
        record(3, QDate(2026, 11, 9), QDate(2026, 11, 10), QString(), copied),
        record(4, QDate(2026, 11, 11), QDate(2026, 11, 12), QString(), twice),
        record(5, QDate(2026, 11, 16), QDate(2026, 11, 17), QString(), twice),
        // Outside the look-back window: does not make the second text a third time.
        record(6, QDate(2025, 1, 6), QDate(2025, 1, 7), QString(), twice),
    };
    MessageAggregator::Evaluation ev = evaluate(records);
    QCOMPARE(ev.boilerplate, 3);
    QCOMPARE(ev.messages, 5);
    QStringList urls;
    for (const ScanCandidate &c : ev.candidates) {
        QCOMPARE(c.checkId, QStringLiteral("message.boilerplate"));
        QCOMPARE(c.detail.value(QStringLiteral("repeats")).toInt(), 3);
        QCOMPARE(c.detail.value(QStringLiteral("stock")).toBool(), false);
        const QJsonArray others = c.detail.value(QStringLiteral("sameReply")).toArray();
        QCOMPARE(others.size(), 2);
        QVERIFY(!others.contains(c.url));
        urls << c.url;
    }
    QCOMPARE(urls, (QStringList{detailUrl(1), detailUrl(2), detailUrl(3)}));

    ScanRules two;
    two.boilerplateMinRepeats = 2;
    ev = evaluate(records, two);
    QCOMPARE(ev.boilerplate, 5);
}

void TestMessageAggregator::stockReply()
{
    const MessageAggregator::Evaluation ev = evaluate({
        record(1, QDate(2026, 11, 2), QDate(2026, 11, 3), QString(), QStringLiteral("已收到。")),
        record(2, QDate(2026, 11, 4), QDate(2026, 11, 5), QString(),
               QStringLiteral(
                   "您好！您反映的问题已转云峰镇人民政府核实处理，该路段已列入养护计划。感谢您的关注！")),
    });
    QCOMPARE(describe(ev.candidates), QStringList{QStringLiteral("message.boilerplate 已收到。")});
    QCOMPARE(ev.candidates.first().detail.value(QStringLiteral("stock")).toBool(), true);
    QCOMPARE(ev.candidates.first().itemCode, QStringLiteral("W-D8"));
    // Without the list no reply is stock.
    MessageAggregator plain;
    plain.addPage(detailUrl(1), facts({record(1, QDate(2026, 11, 2), QDate(2026, 11, 3), QString(),
                                              QStringLiteral("已收到。"))}));
    QVERIFY(plain.evaluate(Today, ScanRules(), m_calendar).candidates.isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageAggregator)
#include "tst_messageaggregator.moc"
