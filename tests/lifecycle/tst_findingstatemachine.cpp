// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "FindingPlace.h"
#include "model/FindingStateMachine.h"
#include "storage/Database.h"
#include "storage/FindingHistoryRepository.h"
#include "storage/FindingRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace xj;

namespace {

using S = FindingState;

// The lifecycle as the office describes it, written out here rather than read from the code: row =
// from, column = to, in the order candidate, confirmed, notified, fed back, re-check passed, re-check
// failed, false positive, doubtful.
constexpr S Order[8] = {S::Candidate,     S::Confirmed,     S::Notified,      S::FedBack,
                        S::RecheckPassed, S::RecheckFailed, S::FalsePositive, S::Doubtful};
constexpr const char *Expected[8] = {
    "01000011", // candidate → confirmed, false positive, doubtful
    "00100011", // confirmed → notified, false positive, doubtful
    "00011100", // notified → fed back, passed, failed
    "00001100", // fed back → passed, failed
    "00000100", // re-check passed → failed (the verdict is corrected)
    "00011000", // re-check failed → fed back again, passed
    "01000000", // false positive → confirmed (reopened)
    "01000010", // doubtful → confirmed, false positive
};

} // namespace

/// Every (from, to) pair of finding states against the expected table, in the state machine and
/// through FindingRepository::update with its history.
class TestFindingStateMachine : public DatabaseTestCase
{
    Q_OBJECT

    QString stateOf(qint64 id)
    {
        auto q = db().exec(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {id});
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }

private slots:
    void everyPair_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("legal");
        for (int i = 0; i < 8; ++i) {
            for (int j = 0; j < 8; ++j) {
                const QByteArray name = QByteArray(FindingStates.code(Order[i]).toLatin1()) + " -> " +
                                        FindingStates.code(Order[j]).toLatin1();
                QTest::newRow(name.constData()) << int(Order[i]) << int(Order[j]) << (Expected[i][j] == '1');
            }
        }
    }

    void everyPair()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, legal);
        const S f = S(from);
        const S t = S(to);
        QCOMPARE(FindingStateMachine::allowed(f, t), legal);
        QCOMPARE(FindingStateMachine::next(f).contains(t), legal);
        const QString refusal = FindingStateMachine::refusal(f, t);
        // Staying put is no transition: neither allowed nor refused.
        QCOMPARE(refusal.isEmpty(), legal || f == t);

        const FindingPlace place = addFindingPlace(db());
        QVERIFY(place.roundId > 0);
        Finding finding;
        finding.siteId = place.siteId;
        finding.roundId = place.roundId;
        finding.description = QStringLiteral("栏目长期未更新");
        finding.inspector = QStringLiteral("李明");
        finding.state = f;
        const FindingRepository repo(db());
        auto id = repo.create(finding);
        QVERIFY(id.ok());
        finding = repo.get(id.value()).value();
        const int historyBefore = count(QStringLiteral("finding_history"));

        Finding changed = finding;
        changed.state = t;
        if (!legal && f != t)
            changed.description = QStringLiteral("不应保存的描述"); // refused as a whole, not in part
        const Status s = repo.update(changed, QStringLiteral("王芳"), QStringLiteral("测试"));
        if (f == t) {
            QVERIFY(s.ok());
            QCOMPARE(count(QStringLiteral("finding_history")), historyBefore);
        } else if (legal) {
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
            QCOMPARE(stateOf(finding.id), FindingStates.code(t));
            QCOMPARE(count(QStringLiteral("finding_history")), historyBefore + 1);
            auto q = db().exec(
                QStringLiteral("SELECT actor, field, old_value, new_value, note FROM finding_history "
                               "ORDER BY id DESC LIMIT 1"));
            QVERIFY(q && q.value().next());
            QCOMPARE(q.value().value(0).toString(), QStringLiteral("王芳"));
            QCOMPARE(q.value().value(1).toString(), QStringLiteral("state"));
            QCOMPARE(q.value().value(2).toString(), FindingStates.code(f));
            QCOMPARE(q.value().value(3).toString(), FindingStates.code(t));
            QCOMPARE(q.value().value(4).toString(), QStringLiteral("测试"));
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().message, refusal);
            QCOMPARE(stateOf(finding.id), FindingStates.code(f));
            QCOMPARE(repo.get(finding.id).value().description, finding.description);
            QCOMPARE(count(QStringLiteral("finding_history")), historyBefore);
        }
    }

    void nextIsInLifecycleOrder()
    {
        const QList<S> expected{S::FedBack, S::RecheckPassed, S::RecheckFailed};
        QCOMPARE(FindingStateMachine::next(S::Notified), expected);
    }
};

QTEST_GUILESS_MAIN(TestFindingStateMachine)
#include "tst_findingstatemachine.moc"
