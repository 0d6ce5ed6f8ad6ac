// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "demo/DemoWorkspace.h"
#include "inspection/SiteInspection.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace xj;

// What an inspector waits for after every click in the checklist: saving the verdict (one
// transaction, with the item looked up in the round's checklist snapshot) and recomputing the score.
// Baseline: the bare SQLite upsert of the same row through Qt Sql, in the same database.
class BenchVerdicts : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    std::optional<SiteInspection> m_inspection;
    qint64 m_itemId = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.databasePath()).ok());
        QVERIFY(DemoWorkspace::create(m_db, DataDirectory(m_dir.path()), QDate(2026, 11, 24)).ok());
        const Site site = SiteRepository(m_db).all().value().first();
        const qint64 round = RoundRepository(m_db).all().value().first().id;
        auto inspection = SiteInspection::load(m_db, round, site);
        QVERIFY(inspection.ok());
        m_inspection = std::move(inspection).value();
        auto q = m_db.exec(QStringLiteral("SELECT id FROM checklist_items WHERE code = 'W-D5' LIMIT 1"));
        QVERIFY(q && q.value().next());
        m_itemId = q.value().value(0).toLongLong();
    }

    void baselineRawUpsert()
    {
        QSqlQuery query(m_db.connection());
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO verdicts (round_id, site_id, item_id, value, points, note) VALUES (?, ?, ?, 'fail', "
            "?, 'x') "
            "ON CONFLICT (round_id, site_id, item_id) DO UPDATE SET points = excluded.points")));
        int i = 0;
        QBENCHMARK {
            query.addBindValue(m_inspection->roundId());
            query.addBindValue(m_inspection->site().id);
            query.addBindValue(m_itemId);
            query.addBindValue(double(++i % 10));
            QVERIFY(query.exec());
        }
    }

    void recordVerdictAndScore()
    {
        int i = 0;
        QBENCHMARK {
            Verdict v;
            v.itemCode = QStringLiteral("W-D5");
            v.value = VerdictValue::Fail;
            v.points = double(++i % 10);
            v.note = QStringLiteral("栏目更新不及时");
            QVERIFY(m_inspection->record(m_db, v).ok());
            const ScoreResult score = m_inspection->score();
            QVERIFY(score.deductedPoints >= v.points);
        }
    }
};

QTEST_GUILESS_MAIN(BenchVerdicts)
#include "bench_verdicts.moc"
