// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "demo/DemoWorkspace.h"
#include "inspection/SiteInspection.h"
#include "storage/AccountRecordRepository.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/VerdictRepository.h"

#include <QTest>

using namespace xj;

// A new-media account's record in a round is saved together with the verdicts it decides.
class TestAccountRecords : public DatabaseTestCase
{
    Q_OBJECT

    qint64 m_roundId = 0;
    Site m_account;
    Site m_website;

    QString verdictOf(const QString &code)
    {
        auto q = db().exec(QStringLiteral("SELECT v.value FROM verdicts v JOIN checklist_items ci ON ci.id = "
                                          "v.item_id WHERE v.site_id = ? AND ci.code = ?"),
                           {m_account.id, code});
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("none");
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        QVERIFY(DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 24)).ok());
        m_roundId = RoundRepository(db()).all().value().first().id;
        for (const Site &s : SiteRepository(db()).all().value()) {
            if (s.kind == SiteKind::NewMedia && m_account.id == 0)
                m_account = s;
            if (s.kind == SiteKind::Website && m_website.id == 0)
                m_website = s;
        }
        QVERIFY(m_account.id > 0 && m_website.id > 0);
        // Start from an account without demo verdicts on the items under test.
        QVERIFY(db().exec(QStringLiteral("DELETE FROM verdicts WHERE site_id = ?"), {m_account.id}).ok());
    }

    void savesRecordAndDecidesVetoItems()
    {
        auto inspection = SiteInspection::load(db(), m_roundId, m_account);
        QVERIFY(inspection.ok());
        AccountRecord record;
        record.lastPostDate = QDate(2026, 10, 30); // 25 days before T
        record.lastPostTitle = QStringLiteral("秋季防火提示");
        record.channel = QStringLiteral("公众号留言");
        record.channelState = ChannelState::Works;
        record.inspector = QStringLiteral("张三");
        auto saved = inspection.value().recordAccount(db(), record, QDate(2026, 11, 24));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().fullText()));
        QCOMPARE(saved.value().second.size(), 2);
        QCOMPARE(verdictOf(QStringLiteral("M-V2")), QStringLiteral("fail"));
        QCOMPARE(verdictOf(QStringLiteral("M-V3")), QStringLiteral("pass"));
        QCOMPARE(inspection.value().verdicts().value(QStringLiteral("M-V2")).value, VerdictValue::Fail);
        QCOMPARE(inspection.value().score().outcome, ScoreOutcome::Fail);
        QVERIFY(inspection.value().score().vetoFailedItems.contains(QStringLiteral("M-V2")));

        auto read = AccountRecordRepository(db()).find(m_roundId, m_account.id);
        QVERIFY(read.ok() && read.value().has_value());
        QCOMPARE(read.value()->id, saved.value().first);
        QCOMPARE(read.value()->lastPostDate, QDate(2026, 10, 30));
        QCOMPARE(read.value()->lastPostTitle, QStringLiteral("秋季防火提示"));
        QCOMPARE(read.value()->channelState, ChannelState::Works);

        // Saving again updates the same row; a fresh post turns M-V2 into a pass.
        record.lastPostDate = QDate(2026, 11, 20);
        QVERIFY(inspection.value().recordAccount(db(), record, QDate(2026, 11, 24)).ok());
        QCOMPARE(count(QStringLiteral("account_records")), 1);
        QCOMPARE(verdictOf(QStringLiteral("M-V2")), QStringLiteral("pass"));
    }

    void nothingIsWrittenWhenTheRecordIsRefused()
    {
        auto inspection = SiteInspection::load(db(), m_roundId, m_account);
        QVERIFY(inspection.ok());
        AccountRecord record;
        record.lastPostDate = QDate(1999, 1, 1); // not plausible
        record.channelState = ChannelState::Missing;
        QVERIFY(!inspection.value().recordAccount(db(), record, QDate(2026, 11, 24)).ok());
        QCOMPARE(count(QStringLiteral("account_records")), 0);
        QCOMPARE(verdictOf(QStringLiteral("M-V3")), QStringLiteral("none"));
    }

    void deletingTheAccountDeletesItsRecord()
    {
        auto inspection = SiteInspection::load(db(), m_roundId, m_account);
        QVERIFY(inspection.ok());
        AccountRecord record;
        record.channelState = ChannelState::Works;
        QVERIFY(inspection.value().recordAccount(db(), record, QDate(2026, 11, 24)).ok());
        QVERIFY(SiteRepository(db()).recordCount(m_account.id).value() > 0);
        QVERIFY(!SiteRepository(db()).remove(m_account.id, false).ok()); // asks for confirmation first
        const Status removed = SiteRepository(db()).remove(m_account.id, true);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().fullText()));
        QCOMPARE(count(QStringLiteral("account_records")), 0);
    }

    void websitesHaveNoAccountRecord()
    {
        auto inspection = SiteInspection::load(db(), m_roundId, m_website);
        QVERIFY(inspection.ok());
        QVERIFY(!inspection.value().recordAccount(db(), AccountRecord{}, QDate(2026, 11, 24)).ok());
        QCOMPARE(count(QStringLiteral("account_records")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountRecords)
#include "tst_accountrecords.moc"
