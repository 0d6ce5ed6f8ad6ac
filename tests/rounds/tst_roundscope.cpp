// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "RoundFixture.h"
#include "rounds/RoundScope.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"

#include <QHash>
#include <QTest>

#include <algorithm>

using namespace xj;

// Every kind of round keeps what it covers (units, items, source round), refuses what does not fit
// its kind without writing anything, and tells which sites and items it covers.
class TestRoundScope : public DatabaseTestCase
{
    Q_OBJECT

    RoundFixture m_fx;

    int rowCount() const
    {
        return count(QStringLiteral("rounds")) + count(QStringLiteral("round_units")) +
               count(QStringLiteral("round_items"));
    }

    qint64 addQuarterly(const QString &name = QStringLiteral("2026Q3"),
                        const QDate &date = QDate(2026, 8, 20))
    {
        auto id = RoundRepository(db()).create(m_fx.round(RoundKind::Quarterly, name, date));
        return id ? id.value() : 0;
    }

    // The round as the test writes it: `which` names the variant of the data row.
    Round roundFor(const QString &which, qint64 source)
    {
        if (which == QLatin1String("quarterly"))
            return m_fx.round(RoundKind::Quarterly, QStringLiteral("2026Q4"));
        if (which == QLatin1String("self")) {
            Round r = m_fx.round(RoundKind::SelfCheck, QStringLiteral("甲单位自查"));
            r.unitIds = {m_fx.unitA};
            return r;
        }
        if (which == QLatin1String("peer")) {
            Round r = m_fx.round(RoundKind::PeerCheck, QStringLiteral("第一组互查"));
            r.team = QStringLiteral("第一组");
            r.unitIds = {m_fx.unitB, m_fx.unitA, m_fx.unitB}; // duplicates are kept once
            return r;
        }
        if (which == QLatin1String("special")) {
            Round r = m_fx.round(RoundKind::Special, QStringLiteral("专项检查"));
            r.itemCodes = {QStringLiteral("W-D2"), QStringLiteral(" W-V1 ")};
            return r;
        }
        Round r = m_fx.round(RoundKind::Recheck, QStringLiteral("复查"));
        r.sourceRoundId = source;
        return r;
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_fx = RoundFixture();
        QVERIFY(m_fx.create(db()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("units");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<bool>("hasSource");
        QTest::newRow("quarterly: the whole registry")
            << QStringLiteral("quarterly") << 0 << QStringList{} << false;
        QTest::newRow("self-check: one unit") << QStringLiteral("self") << 1 << QStringList{} << false;
        QTest::newRow("peer check: team and units") << QStringLiteral("peer") << 2 << QStringList{} << false;
        QTest::newRow("special: its items")
            << QStringLiteral("special") << 0 << QStringList{QStringLiteral("W-D2"), QStringLiteral("W-V1")}
            << false;
        QTest::newRow("re-check: its source") << QStringLiteral("recheck") << 0 << QStringList{} << true;
    }

    void roundTrip()
    {
        QFETCH(QString, which);
        QFETCH(int, units);
        QFETCH(QStringList, items);
        QFETCH(bool, hasSource);
        const qint64 source = addQuarterly();
        QVERIFY(source > 0);
        const Round written = roundFor(which, source);
        const RoundRepository rounds(db());
        auto id = rounds.create(written);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));

        auto read = rounds.get(id.value());
        QVERIFY(read.ok());
        QCOMPARE(read.value().kind, written.kind);
        QCOMPARE(read.value().team, written.team);
        QCOMPARE(read.value().unitIds.size(), units);
        QCOMPARE(read.value().itemCodes, items);
        QCOMPARE(read.value().sourceRoundId, hasSource ? source : 0);
        QCOMPARE(count(QStringLiteral("round_units WHERE round_id = %1").arg(id.value())), units);
        QCOMPARE(count(QStringLiteral("round_items WHERE round_id = %1").arg(id.value())), int(items.size()));
        if (which == QLatin1String("self"))
            QCOMPARE(read.value().unitIds, QList<qint64>{m_fx.unitA});
        if (which == QLatin1String("peer"))
            QCOMPARE(read.value().unitIds,
                     (QList<qint64>{qMin(m_fx.unitA, m_fx.unitB), qMax(m_fx.unitA, m_fx.unitB)}));

        // all() reads the same scope as get(), and the untouched source round keeps none.
        auto all = rounds.all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 2);
        for (const Round &r : all.value()) {
            if (r.id == id.value()) {
                QCOMPARE(r.unitIds, read.value().unitIds);
                QCOMPARE(r.itemCodes, read.value().itemCodes);
                QCOMPARE(r.sourceRoundId, read.value().sourceRoundId);
            } else {
                QVERIFY(r.unitIds.isEmpty());
                QVERIFY(r.itemCodes.isEmpty());
                QCOMPARE(r.sourceRoundId, 0);
            }
        }
    }

    // An update replaces the units and items instead of adding to them.
    void updateReplacesScope()
    {
        const RoundRepository rounds(db());
        Round r = roundFor(QStringLiteral("peer"), 0);
        auto id = rounds.create(r);
        QVERIFY(id.ok());
        r.id = id.value();
        r.unitIds = {m_fx.unitB};
        r.itemCodes = {QStringLiteral("W-D1")};
        QVERIFY(rounds.update(r).ok());
        auto read = rounds.get(r.id);
        QVERIFY(read.ok());
        QCOMPARE(read.value().unitIds, QList<qint64>{m_fx.unitB});
        QCOMPARE(read.value().itemCodes, QStringList{QStringLiteral("W-D1")});
        QCOMPARE(count(QStringLiteral("round_units")), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("message");
        QTest::newRow("self-check without a unit")
            << QStringLiteral("self-none") << QStringLiteral("exactly one unit");
        QTest::newRow("self-check of two units")
            << QStringLiteral("self-two") << QStringLiteral("exactly one unit");
        QTest::newRow("peer check without a team")
            << QStringLiteral("peer-team") << QStringLiteral("name of the team");
        QTest::newRow("peer check without units")
            << QStringLiteral("peer-units") << QStringLiteral("at least one unit");
        QTest::newRow("special without items")
            << QStringLiteral("special-none") << QStringLiteral("at least one item");
        QTest::newRow("special with blank items")
            << QStringLiteral("special-blank") << QStringLiteral("at least one item");
        QTest::newRow("special with an unknown item")
            << QStringLiteral("special-unknown") << QStringLiteral("no item W-X9");
        QTest::newRow("re-check without a source")
            << QStringLiteral("recheck-none") << QStringLiteral("choose the source round");
        QTest::newRow("re-check of a missing round")
            << QStringLiteral("recheck-missing") << QStringLiteral("no longer exists");
        QTest::newRow("re-check of a later round")
            << QStringLiteral("recheck-later") << QStringLiteral("not earlier");
        QTest::newRow("unit not in the registry")
            << QStringLiteral("unit-missing") << QStringLiteral("no longer in the registry");
    }

    void refusals()
    {
        QFETCH(QString, mistake);
        QFETCH(QString, message);
        const qint64 later = addQuarterly(QStringLiteral("2027Q1"), QDate(2027, 2, 20));
        QVERIFY(later > 0);
        Round r = roundFor(mistake.section(QLatin1Char('-'), 0, 0), 0);
        if (mistake == QLatin1String("self-none"))
            r.unitIds.clear();
        else if (mistake == QLatin1String("self-two"))
            r.unitIds = {m_fx.unitA, m_fx.unitB};
        else if (mistake == QLatin1String("peer-team"))
            r.team = QStringLiteral("  ");
        else if (mistake == QLatin1String("peer-units"))
            r.unitIds.clear();
        else if (mistake == QLatin1String("special-none"))
            r.itemCodes.clear();
        else if (mistake == QLatin1String("special-blank"))
            r.itemCodes = {QStringLiteral(" "), QString()};
        else if (mistake == QLatin1String("special-unknown"))
            r.itemCodes = {QStringLiteral("W-D1"), QStringLiteral("W-X9")};
        else if (mistake == QLatin1String("recheck-missing"))
            r.sourceRoundId = 9999;
        else if (mistake == QLatin1String("recheck-later"))
            r.sourceRoundId = later;
        else if (mistake == QLatin1String("unit-missing")) {
            r = roundFor(QStringLiteral("self"), 0);
            r.unitIds = {9999};
        }

        const int before = rowCount();
        auto id = RoundRepository(db()).create(r);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(rowCount(), before);
    }

    // A round cannot name itself as its source; the refused update leaves the stored round as it was.
    void recheckOfItselfIsRefused()
    {
        const qint64 source = addQuarterly();
        const RoundRepository rounds(db());
        Round r = roundFor(QStringLiteral("recheck"), source);
        auto id = rounds.create(r);
        QVERIFY(id.ok());
        r.id = id.value();
        r.sourceRoundId = r.id;
        const Status s = rounds.update(r);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("cannot continue itself")),
                 qPrintable(s.error().message));
        QCOMPARE(rounds.get(r.id).value().sourceRoundId, source);
    }

    // The source of a later round cannot be deleted from under it.
    void sourceRoundIsKept()
    {
        const qint64 source = addQuarterly();
        QVERIFY(RoundRepository(db()).create(roundFor(QStringLiteral("recheck"), source)).ok());
        const Status s = RoundRepository(db()).remove(source);
        QVERIFY(!s.ok());
        QCOMPARE(count(QStringLiteral("rounds")), 2);
    }

    void sitesCovered_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("restricted");
        QTest::addColumn<QString>("expected"); // site names
        QTest::newRow("quarterly: every active site")
            << QStringLiteral("quarterly") << false << QStringLiteral("a1 b1");
        QTest::newRow("special: every active site")
            << QStringLiteral("special") << false << QStringLiteral("a1 b1");
        QTest::newRow("self-check: the unit's active sites")
            << QStringLiteral("self") << true << QStringLiteral("a1");
        QTest::newRow("peer check: the units' active sites")
            << QStringLiteral("peer") << true << QStringLiteral("a1 b1");
        QTest::newRow("re-check: sites with open findings")
            << QStringLiteral("recheck") << true << QStringLiteral("a2");
    }

    void sitesCovered()
    {
        QFETCH(QString, which);
        QFETCH(bool, restricted);
        QFETCH(QString, expected);
        // The source round has an open finding on the suspended a2 and a closed one on b1.
        const qint64 source = addQuarterly();
        const FindingRepository findings(db());
        for (const auto &[site, state] : {std::pair(m_fx.siteA2, FindingState::Notified),
                                          std::pair(m_fx.siteB1, FindingState::RecheckPassed)}) {
            Finding f;
            f.siteId = site;
            f.roundId = source;
            f.state = state;
            f.description = QStringLiteral("栏目长期未更新");
            QVERIFY(findings.create(f).ok());
        }
        auto scope = RoundScope::of(db(), roundFor(which, source));
        QVERIFY(scope.ok());
        QCOMPARE(scope.value().isRestricted(), restricted);
        const QHash<QString, qint64> ids{{QStringLiteral("a1"), m_fx.siteA1},
                                         {QStringLiteral("a2"), m_fx.siteA2},
                                         {QStringLiteral("b1"), m_fx.siteB1}};
        QList<qint64> wanted;
        for (const QString &name : expected.split(QLatin1Char(' ')))
            wanted.append(ids.value(name));
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(scope.value().siteIds(), wanted);
        for (qint64 id : ids)
            QCOMPARE(scope.value().covers(id), wanted.contains(id));
    }

    void itemsCounted_data()
    {
        QTest::addColumn<QStringList>("subset");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("counts");
        const QStringList special{QStringLiteral("W-D1"), QStringLiteral("W-D2")};
        QTest::newRow("every item without a subset") << QStringList{} << QStringLiteral("W-V1") << true;
        QTest::newRow("an item of the subset") << special << QStringLiteral("W-D2") << true;
        QTest::newRow("an item outside the subset") << special << QStringLiteral("W-V1") << false;
        QTest::newRow("no item yet") << special << QString() << true;
    }

    void itemsCounted()
    {
        QFETCH(QStringList, subset);
        QFETCH(QString, code);
        QFETCH(bool, counts);
        QCOMPARE(RoundScope::countsItem(subset, code), counts);
    }
};

QTEST_GUILESS_MAIN(TestRoundScope)
#include "tst_roundscope.moc"
