// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "demo/DemoWorkspace.h"
#include "report/ExportPlanner.h"
#include "report/notice/RecheckSummary.h"
#include "report/notice/RoundDataLoader.h"
#include "report/notice/RoundReportBuilder.h"
#include "storage/Database.h"
#include "storage/NoticeRepository.h"
#include "storage/RoundRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace xj;

/// Exports read from the database: notice numbering and its counter, the office's settings, the
/// notices a round gets, and the round report's figures checked against SQL written here.
class TestRoundExport : public DatabaseTestCase
{
    Q_OBJECT

    static constexpr qint64 Round1 = 1;
    qint64 m_siteWithFindings = 0;

    QString text(const QString &sql) const
    {
        auto q = const_cast<TestRoundExport *>(this)->db().exec(sql);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    ExportRequest request(ExportKind kind, ReportFormat format) const
    {
        ExportRequest r;
        r.roundId = Round1;
        r.kind = kind;
        r.format = format;
        r.folder = dir().filePath(QStringLiteral("out"));
        r.issuedOn = QDate(2026, 11, 27);
        return r;
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        QVERIFY(DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 27)).ok());
        m_siteWithFindings = text(QStringLiteral("SELECT site_id FROM findings LIMIT 1")).toLongLong();
        QVERIFY(m_siteWithFindings > 0);
    }

    void formatNumber_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("serial");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("安电政发〔{year}〕{n}号") << 12
                               << QStringLiteral("安电政发〔2026〕12号");
        QTest::newRow("padded") << QStringLiteral("整改{year}-{n:3}") << 7 << QStringLiteral("整改2026-007");
        QTest::newRow("wider than padding") << QStringLiteral("{n:2}") << 123 << QStringLiteral("123");
        QTest::newRow("no year") << QStringLiteral("第{n}号") << 1 << QStringLiteral("第1号");
    }
    void formatNumber()
    {
        QFETCH(QString, pattern);
        QFETCH(int, serial);
        QFETCH(QString, expected);
        QCOMPARE(NoticeRepository::formatNumber(pattern, 2026, serial), expected);
        QVERIFY(NoticeRepository::validatePattern(pattern).ok());
    }

    void settingsRoundTripAndRefuseBadPattern()
    {
        NoticeRepository repo(db());
        NoticeSettings s = repo.settings().value();
        QCOMPARE(s.workingDays, 10);
        s.officeName = QStringLiteral("安澜市电子政务办公室");
        s.numberPattern = QStringLiteral("安电政发〔{year}〕{n}号");
        s.workingDays = 15;
        s.contactPhone = QStringLiteral("0551-12345678");
        QVERIFY(repo.saveSettings(s).ok());
        const NoticeSettings back = repo.settings().value();
        QCOMPARE(back.officeName, s.officeName);
        QCOMPARE(back.numberPattern, s.numberPattern);
        QCOMPARE(back.workingDays, 15);
        QCOMPARE(back.contactPhone, s.contactPhone);

        NoticeSettings bad = back;
        bad.numberPattern = QStringLiteral("安电政发〔{year}〕号");
        bad.officeName = QStringLiteral("不应保存");
        const Status refused = repo.saveSettings(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("{n}")));
        QCOMPARE(repo.settings().value().officeName, s.officeName);
    }

    void numbersAreHandedOutOnceAndNeverRepeat()
    {
        NoticeRepository repo(db());
        NoticeSettings s = NoticeRepository::defaultSettings();
        s.numberPattern = QStringLiteral("安电政发〔{year}〕{n}号");
        s.firstSerial = 12;
        const QDate day(2026, 11, 27);
        auto preview = repo.preview(Round1, 1, day, s, day.addDays(14));
        QVERIFY(preview.ok());
        QCOMPARE(preview.value().number, QStringLiteral("安电政发〔2026〕12号"));
        QCOMPARE(count(QStringLiteral("notices WHERE round_id = 1")), 0); // looking does not use up a number

        auto first = repo.issue(Round1, 1, day, s, day.addDays(14));
        QVERIFY(first.ok());
        QCOMPARE(first.value().serial, 12);
        auto again = repo.issue(Round1, 1, day.addDays(3), s, day.addDays(20));
        QCOMPARE(again.value().id, first.value().id);
        QCOMPARE(again.value().issuedOn, day); // a re-export keeps the notice as issued
        auto second = repo.issue(Round1, 2, day, s, day.addDays(14));
        QCOMPARE(second.value().number, QStringLiteral("安电政发〔2026〕13号"));
        auto nextYear = repo.issue(Round1, 3, QDate(2027, 1, 5), s, QDate(2027, 1, 19));
        QCOMPARE(nextYear.value().number, QStringLiteral("安电政发〔2027〕12号"));

        Notice edited = second.value();
        edited.number = QStringLiteral("安电政发〔2026〕99号");
        edited.requirements = QStringLiteral("请于三日内删除泄露的个人信息。");
        QVERIFY(repo.update(edited).ok());
        QCOMPARE(repo.find(Round1, 2).value()->requirements, edited.requirements);
        QCOMPARE(count(QStringLiteral("notices WHERE round_id = 1")), 3);
    }

    void planNumbersNoticesOfSitesWithProblems()
    {
        auto plan = ExportPlanner::plan(db(), dir().path(), request(ExportKind::Notices, ReportFormat::Pdf));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().fullText()));
        // Only the demo site with confirmed findings gets a notice; the candidate does not count.
        QCOMPARE(plan.value().documents.size(), 1);
        QCOMPARE(plan.value().documents.first().siteId, m_siteWithFindings);
        QCOMPARE(count(QStringLiteral("notices WHERE round_id = 1")), 1);
        const QString number = text(QStringLiteral("SELECT number FROM notices WHERE round_id = 1"));
        QVERIFY(plan.value().documents.first().fileName.contains(number));
        QVERIFY(plan.value().zipFileName.endsWith(QLatin1String(".zip")));
        QCOMPARE(text(QStringLiteral("SELECT deadline FROM notices WHERE round_id = 1")),
                 QStringLiteral("2026-12-11"));

        auto again =
            ExportPlanner::plan(db(), dir().path(), request(ExportKind::Notices, ReportFormat::Docx));
        QVERIFY(again.ok());
        QCOMPARE(count(QStringLiteral("notices WHERE round_id = 1")), 1);
        QVERIFY(again.value().documents.first().fileName.endsWith(QLatin1String(".docx")));
    }

    void brokenOfficeTemplateUsesNoNumber()
    {
        QVERIFY(QDir(dir().path()).mkpath(QStringLiteral("templates")));
        QFile f(dir().filePath(QStringLiteral("templates/rectification-notice.xjt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[title] {{notice.number}}\n[body] {{site.adress}}\n");
        f.close();
        auto plan = ExportPlanner::plan(db(), dir().path(), request(ExportKind::Notices, ReportFormat::Pdf));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QLatin1String("site.adress")),
                 qPrintable(plan.error().message));
        QCOMPARE(count(QStringLiteral("notices WHERE round_id = 1")), 0);
    }

    void formatMustFitTheKind()
    {
        auto plan = ExportPlanner::plan(db(), dir().path(), request(ExportKind::Problems, ReportFormat::Pdf));
        QVERIFY(!plan.ok());
        QCOMPARE(count(QStringLiteral("notices WHERE round_id = 1")), 0);
    }

    void figuresMatchSql()
    {
        auto data = RoundDataLoader::load(db(), dir().path(), Round1);
        QVERIFY(data.ok());
        const RoundFigures f = RoundFigures::of(data.value());
        const QString rectify =
            QStringLiteral("state IN ('confirmed','notified','fed_back','recheck_failed') AND "
                           "deleted_at = '' AND round_id = 1");
        QCOMPARE(f.problems, count(QStringLiteral("findings WHERE ") + rectify));
        QCOMPARE(f.vetoProblems, count(QStringLiteral("findings WHERE severity = 'veto' AND ") + rectify));
        QCOMPARE(f.checked,
                 count(QStringLiteral("sites s WHERE EXISTS (SELECT 1 FROM verdicts v WHERE v.site_id = s.id "
                                      "AND v.round_id = 1) OR EXISTS (SELECT 1 FROM findings WHERE "
                                      "site_id = s.id AND ") +
                       rectify + QLatin1Char(')')));
        QCOMPARE(f.websites + f.newMedia, f.checked);
        QCOMPARE(f.passed + f.failed + f.undecided, f.checked);
        QVERIFY(f.checked >= 2); // the demo website with findings and the judged new-media accounts
    }

    void recheckOfThePreviousRound()
    {
        auto inserted =
            db().exec(QStringLiteral("INSERT INTO rounds (name, kind, inspection_date, website_template_id, "
                                     "newmedia_template_id) SELECT '复查轮', 'recheck', '2026-12-20', "
                                     "website_template_id, newmedia_template_id FROM rounds WHERE id = 1"));
        QVERIFY(inserted.ok());
        const qint64 recheckRound = inserted.value().lastInsertId().toLongLong();
        const QStringList ids = [this] {
            QStringList out;
            auto q =
                db().exec(QStringLiteral("SELECT id FROM findings WHERE state = 'confirmed' ORDER BY id"));
            while (q.value().next())
                out.append(q.value().value(0).toString());
            return out;
        }();
        QVERIFY(ids.size() >= 3);
        db().exec(QStringLiteral("UPDATE findings SET state = 'recheck_passed' WHERE id = ?"), {ids.at(0)});
        db().exec(QStringLiteral("UPDATE findings SET state = 'recheck_failed' WHERE id = ?"), {ids.at(1)});
        auto round2 = RoundRepository(db()).get(recheckRound);
        QVERIFY(round2.ok());
        auto summary = RecheckSummary::load(db(), round2.value());
        QVERIFY(summary.ok() && summary.value().has_value());
        const RecheckSummary &s = *summary.value();
        QCOMPARE(s.previous.id, Round1);
        QCOMPARE(s.total, ids.size());
        QCOMPARE(s.passed, 1);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.pending, ids.size() - 2);
        QCOMPARE(s.failingSites.size(), 1);
        QVERIFY(s.failingSites.first().startsWith(
            text(QStringLiteral("SELECT name FROM sites WHERE id = %1").arg(m_siteWithFindings))));
        // This quarter's demo round looks back on last quarter's: one put right, one failed, one
        // never answered.
        auto quarter = RecheckSummary::load(db(), RoundRepository(db()).get(Round1).value());
        QVERIFY(quarter.ok() && quarter.value().has_value());
        QCOMPARE(quarter.value()->previous.period, QStringLiteral("2026Q3"));
        QCOMPARE(quarter.value()->total, 3);
        QCOMPARE(quarter.value()->passed, 1);
        QCOMPARE(quarter.value()->failed, 1);
        QCOMPARE(quarter.value()->pending, 1);
        // The earliest round has nothing before it.
        auto first = RoundRepository(db()).get(quarter.value()->previous.id);
        QVERIFY(!RecheckSummary::load(db(), first.value()).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestRoundExport)
#include "tst_roundexport.moc"
