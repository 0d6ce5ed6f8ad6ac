// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "FindingPlace.h"
#include "core/DataDirectory.h"
#include "core/WorkingCalendar.h"
#include "demo/DemoWorkspace.h"
#include "evidence/EvidenceStore.h"
#include "evidence/IntegrityChecker.h"
#include "lifecycle/FindingDeadlines.h"
#include "lifecycle/FindingLifecycle.h"
#include "report/ExportPlanner.h"
#include "storage/Database.h"
#include "storage/FindingHistoryRepository.h"
#include "storage/FindingRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace xj;

/// Feedback with files, re-checks, the history they leave, changes that follow a carried-forward
/// finding to the one it continues, deadlines with holidays, and notices that notify.
class TestFindingLifecycle : public DatabaseTestCase
{
    Q_OBJECT

    FindingPlace m_place;

    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    QString stateOf(qint64 id)
    {
        return text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {id});
    }
    qint64 findingIn(qint64 roundId, qint64 siteId, FindingState state, qint64 originId = 0)
    {
        Finding f;
        f.roundId = roundId;
        f.siteId = siteId;
        f.description = QStringLiteral("首页信息长期未更新");
        f.inspector = QStringLiteral("李明");
        f.state = state;
        f.originFindingId = originId;
        auto id = FindingRepository(db()).create(f);
        return id ? id.value() : 0;
    }
    qint64 finding(FindingState state, qint64 originId = 0)
    {
        return findingIn(m_place.roundId, m_place.siteId, state, originId);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir().filePath(QStringLiteral("in/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    qint64 secondRound()
    {
        Round r;
        r.name = QStringLiteral("2027Q1");
        r.inspectionDate = QDate(2027, 2, 24);
        r.websiteTemplateId =
            text(QStringLiteral("SELECT website_template_id FROM rounds WHERE id = ?"), {m_place.roundId})
                .toLongLong();
        auto id = RoundRepository(db()).create(r);
        return id ? id.value() : 0;
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_place = addFindingPlace(db());
        QVERIFY(m_place.roundId > 0);
    }

    void feedbackWithTwoAttachments()
    {
        const qint64 id = finding(FindingState::Notified);
        const QString png =
            writeFile(QStringLiteral("整改后截图.png"), QByteArray("\x89PNG\r\n\x1a\nfake", 12));
        const QString pdf = writeFile(QStringLiteral("整改报告.pdf"), QByteArrayLiteral("%PDF-1.4 report"));
        QVERIFY(!png.isEmpty() && !pdf.isEmpty());
        FeedbackRecord record;
        record.findingId = id;
        record.receivedOn = QDate(2026, 12, 3);
        record.body = QStringLiteral("已更新首页信息。");
        record.attachmentPaths = {png, pdf};
        record.actor = QStringLiteral("王芳");
        const FindingLifecycle lifecycle(db(), dir().path());
        auto feedbackId = lifecycle.recordFeedback(record);
        QVERIFY2(feedbackId.ok(), feedbackId.ok() ? "" : qPrintable(feedbackId.error().fullText()));

        QCOMPARE(count(QStringLiteral("finding_feedback")), 1);
        QCOMPARE(
            text(QStringLiteral("SELECT received_on || '|' || body || '|' || actor FROM finding_feedback")),
            QStringLiteral("2026-12-03|已更新首页信息。|王芳"));
        QCOMPARE(count(QStringLiteral("feedback_attachments WHERE feedback_id = %1").arg(feedbackId.value())),
                 2);
        const EvidenceStore store(dir().path());
        int index = 0;
        for (const QString &path : {png, pdf}) {
            auto q = db().exec(
                QStringLiteral("SELECT file_name, sha256, size, file_suffix FROM feedback_attachments "
                               "ORDER BY id LIMIT 1 OFFSET ?"),
                {index++});
            QVERIFY(q && q.value().next());
            QCOMPARE(q.value().value(0).toString(), QFileInfo(path).fileName());
            QCOMPARE(q.value().value(1).toString(), fileSha256(path));
            QCOMPARE(q.value().value(2).toLongLong(), QFileInfo(path).size());
            const QString stored =
                store.absolutePathFor(q.value().value(1).toString(), q.value().value(3).toString());
            QVERIFY(QFile::exists(stored));
            QCOMPARE(fileSha256(stored), fileSha256(path));
        }
        QCOMPARE(stateOf(id), QStringLiteral("fed_back"));
        auto history = FindingHistoryRepository(db()).forFinding(id).value();
        QCOMPARE(history.size(), 3); // created, feedback, state
        QCOMPARE(history.at(1).field, QStringLiteral("feedback"));
        QCOMPARE(history.at(1).actor, QStringLiteral("王芳"));
        QCOMPARE(history.at(2).field, QStringLiteral("state"));
        QCOMPARE(history.at(2).oldValue, QStringLiteral("notified"));
        QCOMPARE(history.at(2).newValue, QStringLiteral("fed_back"));

        auto listed = lifecycle.feedback(id);
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().attachments.size(), 2);
        QCOMPARE(listed.value().first().attachments.at(1).fileName, QStringLiteral("整改报告.pdf"));
        QCOMPARE(listed.value().first().attachments.at(1).mediaType, QStringLiteral("application/pdf"));
        QVERIFY(QFile::exists(listed.value().first().record.attachmentPaths.at(0)));

        // The integrity check knows the files belong to the feedback: none of them is an orphan.
        auto report = IntegrityChecker(db(), dir().path()).run();
        QVERIFY(report.ok());
        QCOMPARE(report.value().count(IntegrityProblemKind::Orphaned), 0);
    }

    void badAttachmentLeavesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("oversized") << QStringLiteral("oversized") << QStringLiteral("50 MB");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("not a file");
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << QStringLiteral("cannot be read");
    }
    void badAttachmentLeavesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        const qint64 id = finding(FindingState::Notified);
        const QString good = writeFile(QStringLiteral("good.png"), QByteArrayLiteral("only in this test"));
        QString bad = dir().filePath(QStringLiteral("in/bad.pdf"));
        if (kind == QLatin1String("oversized")) {
            QFile file(bad);
            // Sparse: one byte over the limit without writing 50 MB.
            QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(FindingLifecycle::MaxAttachmentBytes + 1));
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(bad));
        } else if (kind == QLatin1String("unreadable")) {
            if (::geteuid() == 0)
                QSKIP("root reads any file");
            bad = writeFile(QStringLiteral("bad.pdf"), QByteArrayLiteral("secret"));
            QVERIFY(QFile::setPermissions(bad, QFileDevice::WriteOwner));
        }
        const int historyBefore = count(QStringLiteral("finding_history"));
        FeedbackRecord record;
        record.findingId = id;
        record.body = QStringLiteral("已整改");
        record.attachmentPaths = {good, bad};
        auto result = FindingLifecycle(db(), dir().path()).recordFeedback(record);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
        QCOMPARE(count(QStringLiteral("finding_feedback")), 0);
        QCOMPARE(count(QStringLiteral("feedback_attachments")), 0);
        QCOMPARE(count(QStringLiteral("finding_history")), historyBefore);
        QCOMPARE(stateOf(id), QStringLiteral("notified"));
        const EvidenceStore store(dir().path());
        QVERIFY(!QFile::exists(store.absolutePathFor(fileSha256(good), QStringLiteral("png"))));
    }

    void feedbackRefusedBeforeNotice()
    {
        const qint64 id = finding(FindingState::Confirmed);
        FeedbackRecord record;
        record.findingId = id;
        record.body = QStringLiteral("已整改");
        auto result = FindingLifecycle(db(), dir().path()).recordFeedback(record);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(count(QStringLiteral("finding_feedback")), 0);
        QCOMPARE(stateOf(id), QStringLiteral("confirmed"));
    }

    void recheckRecordsVerdictAndState()
    {
        const qint64 id = finding(FindingState::FedBack);
        const FindingLifecycle lifecycle(db(), dir().path());
        RecheckRecord failed;
        failed.findingId = id;
        failed.passed = false;
        failed.note = QStringLiteral("首页仍未更新");
        failed.checkResult = QStringLiteral("update.stale: 45 days");
        failed.at = QDateTime(QDate(2026, 12, 10), QTime(9, 30), Qt::UTC);
        failed.actor = QStringLiteral("王芳");
        QVERIFY(lifecycle.recordRecheck(failed).ok());
        QCOMPARE(stateOf(id), QStringLiteral("recheck_failed"));
        RecheckRecord passed = failed;
        passed.passed = true;
        passed.note = QStringLiteral("已更新");
        passed.at = failed.at.addDays(7);
        QVERIFY(lifecycle.recordRecheck(passed).ok());
        QCOMPARE(stateOf(id), QStringLiteral("recheck_passed"));

        auto rechecks = lifecycle.rechecks(id);
        QVERIFY(rechecks.ok());
        QCOMPARE(rechecks.value().size(), 2);
        QCOMPARE(rechecks.value().at(0).record.passed, false);
        QCOMPARE(rechecks.value().at(0).record.note, failed.note);
        QCOMPARE(rechecks.value().at(0).record.checkResult, failed.checkResult);
        QCOMPARE(rechecks.value().at(0).record.at, failed.at);
        QCOMPARE(rechecks.value().at(1).record.passed, true);
        QCOMPARE(text(QStringLiteral("SELECT group_concat(verdict) FROM finding_rechecks")),
                 QStringLiteral("failed,passed"));
        QCOMPARE(count(QStringLiteral("finding_history WHERE field = 'recheck'")), 2);
        QCOMPARE(
            text(QStringLiteral("SELECT group_concat(new_value) FROM finding_history WHERE field = 'state' "
                                "AND finding_id = ?"),
                 {id}),
            QStringLiteral("recheck_failed,recheck_passed"));

        const qint64 unconfirmed = finding(FindingState::Candidate);
        failed.findingId = unconfirmed;
        QVERIFY(!lifecycle.recordRecheck(failed).ok());
        QCOMPARE(count(QStringLiteral("finding_rechecks")), 2);
        QCOMPARE(stateOf(unconfirmed), QStringLiteral("candidate"));
    }

    void changeFollowsTheOriginChain()
    {
        const qint64 round2 = secondRound();
        QVERIFY(round2 > 0);
        const qint64 first = finding(FindingState::Notified);
        const qint64 closed = finding(FindingState::RecheckPassed);
        const qint64 second = findingIn(round2, m_place.siteId, FindingState::Notified, first);
        const qint64 third = findingIn(round2, m_place.siteId, FindingState::Notified, second);
        const qint64 ofClosed = findingIn(round2, m_place.siteId, FindingState::Notified, closed);
        const FindingLifecycle lifecycle(db(), dir().path());
        QVERIFY(lifecycle.transition(third, FindingState::FedBack, QStringLiteral("王芳")).ok());
        for (qint64 id : {first, second, third})
            QCOMPARE(stateOf(id), QStringLiteral("fed_back"));
        QCOMPARE(
            text(QStringLiteral("SELECT note FROM finding_history WHERE finding_id = ? AND field = 'state'"),
                 {second}),
            QStringLiteral("Same change on the later round's finding #%1").arg(third));
        QCOMPARE(
            text(QStringLiteral("SELECT actor FROM finding_history WHERE finding_id = ? AND field = 'state'"),
                 {first}),
            QStringLiteral("王芳"));

        // An earlier finding that cannot make the move stays as it is; the later one still moves.
        QVERIFY(lifecycle.transition(ofClosed, FindingState::FedBack, QStringLiteral("王芳")).ok());
        QCOMPARE(stateOf(ofClosed), QStringLiteral("fed_back"));
        QCOMPARE(stateOf(closed), QStringLiteral("recheck_passed"));

        // A refused move changes nothing anywhere in the chain.
        const int historyBefore = count(QStringLiteral("finding_history"));
        const Status refused = lifecycle.transition(third, FindingState::Candidate, QStringLiteral("王芳"));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(count(QStringLiteral("finding_history")), historyBefore);
    }

    void deadlinesCountWorkingDays()
    {
        // 国庆 2026: 1–7 October off, Saturday 10 October worked instead (调休).
        WorkingCalendar calendar;
        for (int day = 1; day <= 7; ++day)
            calendar.setDay(QDate(2026, 10, day), false);
        calendar.setDay(QDate(2026, 10, 10), true);
        const QDate today(2026, 10, 12); // Monday

        const qint64 round1 = m_place.roundId;
        const qint64 round2 = secondRound();
        Site other = SiteRepository(db()).get(m_place.siteId).value();
        other.id = 0;
        other.name = QStringLiteral("青禾县教育局");
        other.url = QStringLiteral("http://127.0.0.1:18461/");
        const qint64 siteB = SiteRepository(db()).create(other).value();
        other.name = QStringLiteral("青禾县财政局");
        other.url = QStringLiteral("http://127.0.0.1:18462/");
        const qint64 siteC = SiteRepository(db()).create(other).value();

        const NoticeRepository notices(db());
        const NoticeSettings settings = NoticeRepository::defaultSettings();
        const QDate issued(2026, 9, 16);
        QVERIFY(
            notices.issue(round1, m_place.siteId, issued, settings, QDate(2026, 9, 30)).ok()); // Wednesday
        QVERIFY(notices.issue(round1, siteB, issued, settings, QDate(2026, 10, 16)).ok());
        QVERIFY(notices.issue(round2, m_place.siteId, issued, settings, QDate(2026, 10, 9)).ok()); // Friday
        const QString numberA = notices.find(round1, m_place.siteId).value()->number;

        const qint64 a1 = finding(FindingState::Notified);
        const qint64 a2 = finding(FindingState::RecheckFailed);
        finding(FindingState::FedBack);
        finding(FindingState::Confirmed);
        const qint64 deleted = finding(FindingState::Notified);
        QVERIFY(FindingRepository(db()).remove(deleted).ok());
        const qint64 b1 = findingIn(round1, siteB, FindingState::Notified);
        findingIn(round1, siteC, FindingState::Notified); // no notice: no deadline
        const qint64 r2 = findingIn(round2, m_place.siteId, FindingState::Notified);

        auto rows = FindingDeadlines::load(db(), calendar, round1, today);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 3);
        QCOMPARE(rows.value().at(0).finding.id, a1);
        QCOMPARE(rows.value().at(1).finding.id, a2);
        QCOMPARE(rows.value().at(2).finding.id, b1);
        // After Wednesday 30 September: 8, 9, 10 (调休) and 12 October are working days.
        QCOMPARE(rows.value().at(0).workingDaysOverdue, 4);
        QVERIFY(rows.value().at(0).overdue);
        QCOMPARE(rows.value().at(0).noticeNumber, numberA);
        QCOMPARE(rows.value().at(0).deadline, QDate(2026, 9, 30));
        QCOMPARE(rows.value().at(0).siteName, QStringLiteral("青禾县人民政府"));
        QCOMPARE(rows.value().at(0).unitName, QStringLiteral("青禾县人民政府办公室"));
        QVERIFY(!rows.value().at(2).overdue);
        QCOMPARE(rows.value().at(2).workingDaysOverdue, 0);
        QCOMPARE(rows.value().at(2).siteName, QStringLiteral("青禾县教育局"));

        auto late = FindingDeadlines::overdue(db(), calendar, 0, today);
        QVERIFY(late.ok());
        QCOMPARE(late.value().size(), 3);
        QCOMPARE(late.value().at(0).finding.id, a1);
        QCOMPARE(late.value().at(1).finding.id, a2);
        QCOMPARE(late.value().at(2).finding.id, r2);
        // After Friday 9 October: Saturday 10 (调休) and Monday 12.
        QCOMPARE(late.value().at(2).workingDaysOverdue, 2);

        // Weekends only, the same delay is eight working days.
        QCOMPARE(FindingDeadlines::overdue(db(), WorkingCalendar(), round1, today)
                     .value()
                     .at(0)
                     .workingDaysOverdue,
                 8);
        // On the deadline itself nothing is late; on Sunday 11 October the 调休 Saturday counts.
        QCOMPARE(FindingDeadlines::overdue(db(), calendar, round1, QDate(2026, 9, 30)).value().size(), 0);
        auto sunday = FindingDeadlines::overdue(db(), calendar, round2, QDate(2026, 10, 11));
        QCOMPARE(sunday.value().size(), 1);
        QCOMPARE(sunday.value().first().workingDaysOverdue, 1);
    }

    void exportingNoticesNotifiesConfirmedFindings()
    {
        // Only this quarter's round (1) counts: the demo's previous round went through it already.
        TestDatabase demo;
        QVERIFY(DemoWorkspace::create(demo.db(), DataDirectory(demo.dir().path()), QDate(2026, 11, 27)).ok());
        const auto stateCounts = [&demo] {
            auto q = demo.db().exec(QStringLiteral(
                "SELECT group_concat(state || ':' || n) FROM (SELECT state, "
                "count(*) AS n FROM findings WHERE round_id = 1 GROUP BY state ORDER BY state)"));
            return q && q.value().next() ? q.value().value(0).toString() : QString();
        };
        const int confirmed = demo.count(
            QStringLiteral("findings WHERE round_id = 1 AND state = 'confirmed' AND deleted_at = ''"));
        const int candidates =
            demo.count(QStringLiteral("findings WHERE round_id = 1 AND state = 'candidate'"));
        const int notified = demo.count(QStringLiteral("findings WHERE round_id = 1 AND state = 'notified'"));
        QVERIFY(confirmed > 0);

        const qint64 roundId = 1;
        const qint64 siteId = [&demo] {
            auto q = demo.db().exec(QStringLiteral(
                "SELECT site_id FROM findings WHERE round_id = 1 AND state = 'confirmed' LIMIT 1"));
            return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
        }();
        const QString before = stateCounts();
        QVERIFY(ExportPlanner::previewNotice(demo.db(), demo.dir().path(), roundId, siteId).ok());
        QCOMPARE(stateCounts(), before); // a preview tells nobody

        ExportRequest request;
        request.roundId = roundId;
        request.kind = ExportKind::Notices;
        request.format = ReportFormat::Pdf;
        request.folder = demo.dir().filePath(QStringLiteral("out"));
        request.issuedOn = QDate(2026, 11, 27);
        auto plan = ExportPlanner::plan(demo.db(), demo.dir().path(), request);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().fullText()));
        QCOMPARE(demo.count(QStringLiteral(
                     "findings WHERE round_id = 1 AND state = 'confirmed' AND deleted_at = ''")),
                 0);
        QCOMPARE(demo.count(QStringLiteral("findings WHERE round_id = 1 AND state = 'notified'")),
                 notified + confirmed);
        QCOMPARE(demo.count(QStringLiteral("findings WHERE round_id = 1 AND state = 'candidate'")),
                 candidates);
        auto q = demo.db().exec(
            QStringLiteral("SELECT number FROM notices WHERE round_id = 1 AND site_id = ?"), {siteId});
        QVERIFY(q && q.value().next());
        const QString number = q.value().value(0).toString();
        QCOMPARE(
            demo.count(QStringLiteral("finding_history WHERE field = 'state' AND old_value = 'confirmed' AND "
                                      "new_value = 'notified' AND note = 'Rectification notice %1'")
                           .arg(number)),
            demo.count(QStringLiteral("findings WHERE round_id = 1 AND state = 'notified' AND site_id = %1")
                           .arg(siteId)));

        // Exporting again changes nothing: the findings are notified already.
        const int historyRows = demo.count(QStringLiteral("finding_history"));
        QVERIFY(ExportPlanner::plan(demo.db(), demo.dir().path(), request).ok());
        QCOMPARE(demo.count(QStringLiteral("finding_history")), historyRows);
    }
};

QTEST_GUILESS_MAIN(TestFindingLifecycle)
#include "tst_findinglifecycle.moc"
