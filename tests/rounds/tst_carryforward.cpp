// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "RoundFixture.h"
#include "inspection/RoundSetup.h"
#include "rounds/CarryForward.h"
#include "rounds/RoundScope.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingHistoryRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"

#include <QTest>

using namespace xj;

// Open findings carry forward into a later round: with their state, their evidence rows and a line
// of history, only for what the later round covers, and never twice.
class TestCarryForward : public DatabaseTestCase
{
    Q_OBJECT

    RoundFixture m_fx;
    qint64 m_source = 0;

    qint64 addFinding(qint64 siteId, FindingState state, const QString &itemCode = {})
    {
        Finding f;
        f.siteId = siteId;
        f.roundId = m_source;
        f.state = state;
        f.itemCode = itemCode;
        f.url = QStringLiteral("http://a1.gov.cn/zwgk/index.html");
        f.pageTitle = QStringLiteral("政务公开");
        f.description = QStringLiteral("%1 的问题").arg(FindingStates.code(state));
        f.inspector = QStringLiteral("李四");
        f.elementSelector = QStringLiteral("#main > p");
        auto id = FindingRepository(db()).create(f);
        return id ? id.value() : 0;
    }

    // A screenshot and an annotated copy drawn on it; returns the screenshot's id.
    qint64 addEvidence(qint64 findingId)
    {
        const EvidenceRepository evidence(db());
        Evidence shot;
        shot.findingId = findingId;
        shot.sha256 = QString(64, QLatin1Char('a'));
        shot.size = 100;
        shot.mediaType = QStringLiteral("image/png");
        shot.fileSuffix = QStringLiteral("png");
        shot.caption = QStringLiteral("原图");
        auto shotId = evidence.add(shot);
        if (!shotId)
            return 0;
        Evidence annotated = shot;
        annotated.kind = EvidenceKind::Annotated;
        annotated.originalId = shotId.value();
        annotated.sha256 = QString(64, QLatin1Char('b'));
        annotated.caption = QStringLiteral("标注");
        annotated.sortOrder = 1;
        return evidence.add(annotated) ? shotId.value() : 0;
    }

    // A saved round of `kind` taking `m_source` as its source.
    qint64 addTarget(Round r)
    {
        r.sourceRoundId = m_source;
        auto id = RoundRepository(db()).create(r);
        if (!id)
            qWarning() << id.error().fullText();
        return id ? id.value() : 0;
    }

    QList<Finding> findingsOf(qint64 roundId)
    {
        FindingFilter filter;
        filter.roundId = roundId;
        return FindingRepository(db()).list(filter).value();
    }

    Finding carriedFrom(qint64 roundId, qint64 originId)
    {
        for (const Finding &f : findingsOf(roundId)) {
            if (f.originFindingId == originId)
                return f;
        }
        return {};
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_fx = RoundFixture();
        QVERIFY(m_fx.create(db()));
        auto source = RoundRepository(db()).create(
            m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q3"), QDate(2026, 8, 20)));
        QVERIFY(source.ok());
        m_source = source.value();
    }

    void openFindingsAreCarried()
    {
        const QList<FindingState> open{FindingState::Confirmed, FindingState::Notified, FindingState::FedBack,
                                       FindingState::RecheckFailed};
        QList<qint64> originals;
        for (FindingState state : open)
            originals.append(addFinding(m_fx.siteA1, state, QStringLiteral("W-D1")));
        QVERIFY(!originals.contains(0));
        QVERIFY(addEvidence(originals.first()) > 0);
        const qint64 target = addTarget(m_fx.round(RoundKind::Recheck, QStringLiteral("复查")));
        QVERIFY(target > 0);

        auto counts = CarryForward::run(db(), target, QStringLiteral("张三"));
        QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().fullText()));
        QCOMPARE(counts.value().carried, 4);
        QCOMPARE(counts.value().skipped, 0);
        QCOMPARE(findingsOf(target).size(), 4);

        const FindingRepository findings(db());
        for (qint64 originalId : originals) {
            const Finding original = findings.get(originalId).value();
            const Finding copy = carriedFrom(target, originalId);
            QVERIFY(copy.id > 0);
            QVERIFY(copy.id != originalId);
            QCOMPARE(copy.roundId, target);
            QCOMPARE(copy.state, original.state);
            QCOMPARE(copy.siteId, original.siteId);
            QCOMPARE(copy.itemCode, QStringLiteral("W-D1"));
            QCOMPARE(copy.description, original.description);
            QCOMPARE(copy.url, original.url);
            QCOMPARE(copy.pageTitle, original.pageTitle);
            QCOMPARE(copy.inspector, original.inspector);
            QCOMPARE(copy.elementSelector, original.elementSelector);
            QCOMPARE(copy.foundAt, original.foundAt);

            QList<FindingChange> history = FindingHistoryRepository(db()).forFinding(copy.id).value();
            QCOMPARE(history.size(), 2); // created, carried_forward
            const FindingChange &carried = history.last();
            QCOMPARE(carried.field, QStringLiteral("carried_forward"));
            QCOMPARE(carried.actor, QStringLiteral("张三"));
            QCOMPARE(carried.newValue, FindingStates.code(original.state));
            QVERIFY2(carried.note.contains(QStringLiteral("2026Q3")) &&
                         carried.note.contains(QString::number(originalId)),
                     qPrintable(carried.note));
        }

        // New evidence rows for the same files; the annotated copy points at the copied screenshot.
        const EvidenceRepository evidence(db());
        const QList<Evidence> before = evidence.forFinding(originals.first()).value();
        const QList<Evidence> after = evidence.forFinding(carriedFrom(target, originals.first()).id).value();
        QCOMPARE(before.size(), 2);
        QCOMPARE(after.size(), 2);
        QCOMPARE(count(QStringLiteral("evidence")), 4);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(after.at(i).id != before.at(i).id);
            QCOMPARE(after.at(i).sha256, before.at(i).sha256);
            QCOMPARE(after.at(i).kind, before.at(i).kind);
            QCOMPARE(after.at(i).caption, before.at(i).caption);
        }
        QCOMPARE(after.at(0).originalId, 0);
        QCOMPARE(after.at(1).originalId, after.at(0).id);
    }

    void closedAndDeletedStayBehind_data()
    {
        QTest::addColumn<FindingState>("state");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("re-check passed") << FindingState::RecheckPassed << false;
        QTest::newRow("false positive") << FindingState::FalsePositive << false;
        QTest::newRow("doubtful") << FindingState::Doubtful << false;
        QTest::newRow("candidate") << FindingState::Candidate << false;
        QTest::newRow("deleted while open") << FindingState::Confirmed << true;
    }

    void closedAndDeletedStayBehind()
    {
        QFETCH(FindingState, state);
        QFETCH(bool, deleted);
        const qint64 open = addFinding(m_fx.siteA1, FindingState::Notified);
        const qint64 left = addFinding(m_fx.siteA1, state);
        QVERIFY(open > 0 && left > 0);
        if (deleted)
            QVERIFY(FindingRepository(db()).remove(left).ok());
        const qint64 target = addTarget(m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q4")));
        QVERIFY(target > 0);

        auto counts = CarryForward::run(db(), target);
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().carried, 1);
        QCOMPARE(count(QStringLiteral("findings WHERE round_id = %1").arg(target)), 1);
        QVERIFY(carriedFrom(target, open).id > 0);
        QCOMPARE(count(QStringLiteral("findings WHERE origin_finding_id = %1").arg(left)), 0);
    }

    // A self-check carries only its unit's sites; a quarterly check only the active sites.
    void scopeIsRespected()
    {
        const qint64 a1 = addFinding(m_fx.siteA1, FindingState::Confirmed);
        const qint64 a2 = addFinding(m_fx.siteA2, FindingState::Confirmed);
        const qint64 b1 = addFinding(m_fx.siteB1, FindingState::Confirmed);
        Round self = m_fx.round(RoundKind::SelfCheck, QStringLiteral("甲单位自查"));
        self.unitIds = {m_fx.unitA};
        const qint64 selfCheck = addTarget(self);
        const qint64 quarterly = addTarget(m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q4")));
        QVERIFY(selfCheck > 0 && quarterly > 0);

        auto selfCounts = CarryForward::run(db(), selfCheck);
        QVERIFY(selfCounts.ok());
        QCOMPARE(selfCounts.value().carried, 1);
        QCOMPARE(selfCounts.value().skipped, 2);
        QVERIFY(carriedFrom(selfCheck, a1).id > 0);

        auto quarterlyCounts = CarryForward::run(db(), quarterly);
        QVERIFY(quarterlyCounts.ok());
        QCOMPARE(quarterlyCounts.value().carried, 2);
        QVERIFY(carriedFrom(quarterly, a1).id > 0);
        QVERIFY(carriedFrom(quarterly, b1).id > 0);
        QCOMPARE(carriedFrom(quarterly, a2).id, 0); // the suspended site is not inspected
    }

    // A special check carries the findings of its items (and those not yet put on an item).
    void specialItemsAreRespected()
    {
        const qint64 inSubset = addFinding(m_fx.siteA1, FindingState::Confirmed, QStringLiteral("W-D1"));
        const qint64 outside = addFinding(m_fx.siteA1, FindingState::Confirmed, QStringLiteral("W-D2"));
        const qint64 noItem = addFinding(m_fx.siteA1, FindingState::Confirmed);
        Round special = m_fx.round(RoundKind::Special, QStringLiteral("专项检查"));
        special.itemCodes = {QStringLiteral("W-D1")};
        const qint64 target = addTarget(special);
        QVERIFY(target > 0);
        auto counts = CarryForward::run(db(), target);
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().carried, 2);
        QCOMPARE(counts.value().skipped, 1);
        QVERIFY(carriedFrom(target, inSubset).id > 0);
        QVERIFY(carriedFrom(target, noItem).id > 0);
        QCOMPARE(carriedFrom(target, outside).id, 0);
    }

    // The later round judges with a checklist without W-D2: that finding comes without an item.
    void itemMissingFromTargetChecklist()
    {
        const qint64 kept = addFinding(m_fx.siteA1, FindingState::Confirmed, QStringLiteral("W-D1"));
        const qint64 emptied = addFinding(m_fx.siteA1, FindingState::Confirmed, QStringLiteral("W-D2"));
        Round r = m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q4"));
        r.websiteTemplateId = m_fx.shortChecklistId;
        const qint64 target = addTarget(r);
        QVERIFY(target > 0);
        auto counts = CarryForward::run(db(), target);
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().carried, 2);
        QCOMPARE(carriedFrom(target, kept).itemCode, QStringLiteral("W-D1"));
        QVERIFY(carriedFrom(target, emptied).id > 0);
        QCOMPARE(carriedFrom(target, emptied).itemCode, QString());
    }

    void runningTwiceCarriesNothingNew()
    {
        const qint64 finding = addFinding(m_fx.siteA1, FindingState::FedBack, QStringLiteral("W-D1"));
        QVERIFY(addEvidence(finding) > 0);
        addFinding(m_fx.siteB1, FindingState::Confirmed);
        const qint64 target = addTarget(m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q4")));
        auto first = CarryForward::run(db(), target);
        QVERIFY(first.ok());
        QCOMPARE(first.value().carried, 2);
        const int findings = count(QStringLiteral("findings"));
        const int evidence = count(QStringLiteral("evidence"));
        const int history = count(QStringLiteral("finding_history"));

        auto second = CarryForward::run(db(), target);
        QVERIFY(second.ok());
        QCOMPARE(second.value().carried, 0);
        QCOMPARE(second.value().skipped, 2);
        QCOMPARE(count(QStringLiteral("findings")), findings);
        QCOMPARE(count(QStringLiteral("evidence")), evidence);
        QCOMPARE(count(QStringLiteral("finding_history")), history);

        // A carried finding the inspector deleted in the later round does not come back either.
        QVERIFY(FindingRepository(db()).remove(carriedFrom(target, finding).id).ok());
        auto third = CarryForward::run(db(), target);
        QVERIFY(third.ok());
        QCOMPARE(third.value().carried, 0);
    }

    void roundWithoutSourceIsRefused()
    {
        auto target =
            RoundRepository(db()).create(m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q4")));
        QVERIFY(target.ok());
        auto counts = CarryForward::run(db(), target.value());
        QVERIFY(!counts.ok());
        QVERIFY(counts.error().message.contains(QStringLiteral("source round")));
    }

    // Opening a re-check round carries its source's open findings at once; its sites are those
    // with open findings, even a suspended one.
    void recheckRoundSetupCarries()
    {
        const qint64 open = addFinding(m_fx.siteA2, FindingState::Notified);
        addFinding(m_fx.siteB1, FindingState::RecheckPassed);
        ChecklistLibrary::Entry website;
        website.checklist = RoundFixture::fullChecklist();
        website.canonicalJson = "{}";
        website.sha256 = QStringLiteral("sha-full");

        Round recheck = m_fx.round(RoundKind::Recheck, QStringLiteral("复查"));
        recheck.sourceRoundId = m_source;
        CarryForwardCounts counts;
        auto id = RoundSetup::create(db(), recheck, &website, nullptr, false, &counts);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
        QCOMPARE(counts.carried, 1);
        QVERIFY(carriedFrom(id.value(), open).id > 0);
        auto scope = RoundScope::load(db(), id.value());
        QVERIFY(scope.ok());
        QCOMPARE(scope.value().siteIds(), QList<qint64>{m_fx.siteA2});
    }

    // Another kind of round carries forward only when asked.
    void otherRoundsCarryWhenAsked()
    {
        addFinding(m_fx.siteA1, FindingState::Confirmed);
        ChecklistLibrary::Entry website;
        website.checklist = RoundFixture::fullChecklist();
        website.canonicalJson = "{}";
        website.sha256 = QStringLiteral("sha-full");
        Round quarterly = m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q4"));
        quarterly.sourceRoundId = m_source;
        auto without = RoundSetup::create(db(), quarterly, &website, nullptr);
        QVERIFY(without.ok());
        QCOMPARE(count(QStringLiteral("findings WHERE round_id = %1").arg(without.value())), 0);
        auto with = RoundSetup::create(db(), quarterly, &website, nullptr, true);
        QVERIFY(with.ok());
        QCOMPARE(count(QStringLiteral("findings WHERE round_id = %1").arg(with.value())), 1);
    }
};

QTEST_GUILESS_MAIN(TestCarryForward)
#include "tst_carryforward.moc"
