// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspection/AccountJudgement.h"
#include "model/ChecklistTemplate.h"

#include <QTest>

using namespace xj;

Q_DECLARE_METATYPE(xj::ChannelState)

// The new-media veto items decided by the account record: "no post within the window before T"
// (M-V2) and "no working interaction channel" (M-V3).
class TestAccountJudgement : public QObject
{
    Q_OBJECT

    static ChecklistTemplate checklist(const QVariant &windowDays)
    {
        ChecklistTemplate t;
        t.appliesTo = SiteKind::NewMedia;
        ChecklistItem noUpdate;
        noUpdate.code = QStringLiteral("M-V2");
        noUpdate.kind = ItemKind::Veto;
        if (windowDays.isValid()) {
            ChecklistThreshold window;
            window.key = QStringLiteral("window_days");
            window.value = windowDays;
            noUpdate.thresholds << window;
        }
        ChecklistItem interaction;
        interaction.code = QStringLiteral("M-V3");
        interaction.kind = ItemKind::Veto;
        t.items << noUpdate << interaction;
        return t;
    }

    static QString valueOf(const QList<Verdict> &verdicts, const QString &code)
    {
        for (const Verdict &v : verdicts)
            if (v.itemCode == code)
                return VerdictValues.code(v.value);
        return QStringLiteral("none");
    }

private slots:
    void noUpdateWindow_data()
    {
        QTest::addColumn<QVariant>("windowDays");
        QTest::addColumn<QDate>("lastPost");
        QTest::addColumn<QString>("expected");
        const QVariant national; // the template gives no number: 14 days
        // T = 2026-11-24. A post on T-14 still falls inside [T-14 d, T].
        QTest::newRow("same day") << national << QDate(2026, 11, 24) << "pass";
        QTest::newRow("13 days") << national << QDate(2026, 11, 11) << "pass";
        QTest::newRow("14 days, inside the window") << national << QDate(2026, 11, 10) << "pass";
        QTest::newRow("15 days") << national << QDate(2026, 11, 9) << "fail";
        QTest::newRow("months") << national << QDate(2026, 6, 1) << "fail";
        QTest::newRow("not recorded") << national << QDate() << "none";
        QTest::newRow("after T, suspicious but not stale") << national << QDate(2026, 11, 30) << "pass";
        QTest::newRow("local window 7, 8 days") << QVariant(7) << QDate(2026, 11, 16) << "fail";
        QTest::newRow("local window 30, 20 days") << QVariant(30) << QDate(2026, 11, 4) << "pass";
        QTest::newRow("broken window falls back to 14")
            << QVariant(QStringLiteral("x")) << QDate(2026, 11, 9) << "fail";
    }

    void noUpdateWindow()
    {
        QFETCH(QVariant, windowDays);
        QFETCH(QDate, lastPost);
        QFETCH(QString, expected);
        AccountRecord record;
        record.roundId = 1;
        record.siteId = 2;
        record.lastPostDate = lastPost;
        const QList<Verdict> verdicts =
            AccountJudgement::judge(record, checklist(windowDays), QDate(2026, 11, 24));
        QCOMPARE(valueOf(verdicts, QStringLiteral("M-V2")), expected);
        for (const Verdict &v : verdicts) {
            QCOMPARE(v.roundId, 1);
            QCOMPARE(v.siteId, 2);
            QVERIFY(!v.note.isEmpty()); // the reason is always written down
        }
    }

    void failingNoteGivesDatesAndDays()
    {
        AccountRecord record;
        record.lastPostDate = QDate(2026, 11, 1);
        const QList<Verdict> verdicts = AccountJudgement::judge(record, checklist({}), QDate(2026, 11, 24));
        QCOMPARE(verdicts.size(), 1);
        QVERIFY(verdicts.first().note.contains(QStringLiteral("2026-11-01")));
        QVERIFY(verdicts.first().note.contains(QStringLiteral("23")));
        QVERIFY(verdicts.first().note.contains(QStringLiteral("14")));
    }

    void interactionChannel_data()
    {
        QTest::addColumn<ChannelState>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << ChannelState::Unknown << "none";
        QTest::newRow("works") << ChannelState::Works << "pass";
        QTest::newRow("unanswered") << ChannelState::Unanswered << "fail";
        QTest::newRow("missing") << ChannelState::Missing << "fail";
    }

    void interactionChannel()
    {
        QFETCH(ChannelState, state);
        QFETCH(QString, expected);
        AccountRecord record;
        record.channelState = state;
        record.channel = QStringLiteral("公众号留言");
        const QList<Verdict> verdicts = AccountJudgement::judge(record, checklist({}), QDate(2026, 11, 24));
        QCOMPARE(valueOf(verdicts, QStringLiteral("M-V3")), expected);
        QCOMPARE(valueOf(verdicts, QStringLiteral("M-V2")), QStringLiteral("none"));
    }

    void itemsMissingFromTheTemplateGetNoVerdict()
    {
        AccountRecord record;
        record.lastPostDate = QDate(2026, 1, 1);
        record.channelState = ChannelState::Missing;
        ChecklistTemplate empty;
        QVERIFY(AccountJudgement::judge(record, empty, QDate(2026, 11, 24)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountJudgement)
#include "tst_accountjudgement.moc"
