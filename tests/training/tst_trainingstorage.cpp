// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "storage/Database.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingDayLogRepository.h"
#include "training/TrainingExerciseRepository.h"
#include "training/TrainingOverview.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace xj;

/// The training tables (schema 8) and their repositories on a temporary database: migration,
/// exercises, attempts and their one-time submission, the day log, enrollments by hand, the
/// cascade when an enrollment goes and the instructor's overview.
class TestTrainingStorage : public DatabaseTestCase
{
    Q_OBJECT

    qint64 m_unit = 0;
    qint64 m_site = 0;

    QVariant scalar(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        return q && q.value().next() ? q.value().value(0) : QVariant(QStringLiteral("<none>"));
    }
    qint64 enroll(const QString &person, qint64 siteId = 0, qint64 unitId = 0, qint64 roundId = 0)
    {
        TrainingEnrollment t;
        t.person = person;
        t.unitId = unitId;
        t.siteId = siteId;
        t.roundId = roundId;
        t.startDate = QDate(2026, 11, 2);
        auto id = TrainingEnrollmentRepository(db()).enroll(t);
        if (!id)
            qWarning() << id.error().fullText();
        return id ? id.value() : 0;
    }
    static Exercise exercise(const QString &uuid, int keySize = 2)
    {
        Exercise ex;
        ex.uuid = uuid;
        ex.title = QStringLiteral("练习") + uuid;
        ex.seed = 18446744073709551557ULL; // beyond qint64: stored as text
        ex.categories = {QStringLiteral("P01"), QStringLiteral("P07")};
        ex.asOf = QDate(2026, 11, 1);
        ex.createdBy = QStringLiteral("带教老师");
        for (int i = 0; i < keySize; ++i)
            ex.key.append({QStringLiteral("K%1").arg(i),
                           QStringLiteral("W-V1"),
                           QStringLiteral("P01"),
                           QStringLiteral("/index.html"),
                           {},
                           {},
                           {},
                           {},
                           {}});
        return ex;
    }
    qint64 addExercise(const QString &uuid)
    {
        auto id = TrainingExerciseRepository(db()).add(exercise(uuid),
                                                       QStringLiteral("training/exercises/") + uuid);
        return id ? id.value() : 0;
    }
    qint64 startAttempt(qint64 enrollmentId, qint64 exerciseId, int day = 1)
    {
        TrainingAttempt a;
        a.enrollmentId = enrollmentId;
        a.exerciseId = exerciseId;
        a.day = day;
        a.hintsAllowed = true;
        a.timeLimitMinutes = 90;
        auto id = TrainingAttemptRepository(db()).start(a);
        if (!id)
            qWarning() << id.error().fullText();
        return id ? id.value() : 0;
    }
    static TrainingOutcome outcome(TrainingOutcomeKind kind, const QString &category, const QString &keyId,
                                   qint64 findingId)
    {
        return {kind,
                keyId,
                findingId,
                category,
                QStringLiteral("W-V1"),
                QStringLiteral("/news/%1.html").arg(keyId),
                QStringLiteral("文字") + keyId,
                QStringLiteral("说明") + keyId};
    }
    /// 3 hits (P01 ×2, P07), 2 misses (P07, P03), 2 false alarms (P01 and one without a category).
    static TrainingScore sampleScore()
    {
        TrainingScore s;
        s.outcomes = {outcome(TrainingOutcomeKind::Hit, QStringLiteral("P01"), QStringLiteral("k1"), 11),
                      outcome(TrainingOutcomeKind::Hit, QStringLiteral("P01"), QStringLiteral("k2"), 12),
                      outcome(TrainingOutcomeKind::Hit, QStringLiteral("P07"), QStringLiteral("k3"), 13),
                      outcome(TrainingOutcomeKind::Miss, QStringLiteral("P07"), QStringLiteral("k4"), 0),
                      outcome(TrainingOutcomeKind::Miss, QStringLiteral("P03"), QStringLiteral("k5"), 0),
                      outcome(TrainingOutcomeKind::FalseAlarm, QStringLiteral("P01"), {}, 14),
                      outcome(TrainingOutcomeKind::FalseAlarm, {}, {}, 15)};
        s.overall = {{}, 3, 2, 2};
        s.byCategory = {{QStringLiteral("P01"), 2, 0, 1},
                        {QStringLiteral("P03"), 0, 1, 0},
                        {QStringLiteral("P07"), 1, 1, 0}};
        return s;
    }
    static QString describe(const TrainingTally &t)
    {
        return QStringLiteral("%1:%2/%3/%4").arg(t.category).arg(t.hits).arg(t.misses).arg(t.falseAlarms);
    }
    static QString describe(const TrainingOutcome &o)
    {
        return QStringList{TrainingOutcomeKinds.code(o.kind),
                           o.keyId,
                           QString::number(o.findingId),
                           o.category,
                           o.itemCode,
                           o.page,
                           o.text,
                           o.description}
            .join(QLatin1Char('|'));
    }
    static void compareScores(const TrainingScore &actual, const TrainingScore &expected)
    {
        QCOMPARE(actual.outcomes.size(), expected.outcomes.size());
        for (qsizetype i = 0; i < expected.outcomes.size(); ++i)
            QCOMPARE(describe(actual.outcomes.at(i)), describe(expected.outcomes.at(i)));
        QCOMPARE(describe(actual.overall), describe(expected.overall));
        QStringList a, e;
        for (const TrainingTally &t : actual.byCategory)
            a.append(describe(t));
        for (const TrainingTally &t : expected.byCategory)
            e.append(describe(t));
        QCOMPARE(a, e);
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        m_unit = db().exec(QStringLiteral("INSERT INTO units (name) VALUES ('青禾县教育局')"))
                     .value()
                     .lastInsertId()
                     .toLongLong();
        m_site = db().exec(QStringLiteral("INSERT INTO sites (kind, name, url, unit_id) VALUES ('website', "
                                          "'青禾县教育局网站', 'http://jyj.qhx.gov.cn/', ?)"),
                           {m_unit})
                     .value()
                     .lastInsertId()
                     .toLongLong();
        QVERIFY(m_unit > 0 && m_site > 0);
    }

    void migrationCreatesTheTrainingTables()
    {
        QVERIFY(db().schemaVersion() >= 8);
        for (const char *table :
             {"training_exercises", "training_attempts", "training_outcomes", "training_day_log"})
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                       {QString::fromLatin1(table)})
                    .toInt(),
                1);
    }

    void migrationAppliesOnSchemaSeven()
    {
        TestDataDir dir;
        {
            Database old;
            QVERIFY(old.open(dir.databasePath(), 7).ok());
            QCOMPARE(old.schemaVersion(), 7);
            QVERIFY(old.exec(QStringLiteral("INSERT INTO training_enrollments (person, start_date) "
                                            "VALUES ('赵六', '2026-11-02')"))
                        .ok());
            QVERIFY(!old.exec(QStringLiteral("SELECT count(*) FROM training_attempts")).ok());
        }
        Database db;
        const Status opened = db.open(dir.databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        auto enrollments = TrainingEnrollmentRepository(db).all();
        QVERIFY(enrollments);
        QCOMPARE(enrollments.value().size(), 1);
        QCOMPARE(enrollments.value().constFirst().person, QStringLiteral("赵六"));
        // The old enrollment takes attempts and day logs.
        auto exerciseId =
            TrainingExerciseRepository(db).add(exercise(QStringLiteral("old")), QStringLiteral("x"));
        QVERIFY(exerciseId);
        TrainingAttempt a;
        a.enrollmentId = enrollments.value().constFirst().id;
        a.exerciseId = exerciseId.value();
        QVERIFY(TrainingAttemptRepository(db).start(a));
        QVERIFY(TrainingDayLogRepository(db).save({0, a.enrollmentId, 1, QDate(2026, 11, 2), true, {}}));
    }

    void exercisesAreCatalogued()
    {
        const TrainingExerciseRepository repo(db());
        auto first = repo.add(exercise(QStringLiteral("a-1"), 3), QStringLiteral("training/exercises/a-1"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().fullText()));
        auto record = repo.findByUuid(QStringLiteral("a-1"));
        QVERIFY(record);
        QCOMPARE(record.value().id, first.value());
        QCOMPARE(record.value().title, QStringLiteral("练习a-1"));
        QCOMPARE(record.value().seed, 18446744073709551557ULL);
        QCOMPARE(record.value().categories, (QStringList{QStringLiteral("P01"), QStringLiteral("P07")}));
        QCOMPARE(record.value().asOf, QDate(2026, 11, 1));
        QCOMPARE(record.value().folder, QStringLiteral("training/exercises/a-1"));
        QCOMPARE(record.value().keySize, 3);
        QCOMPARE(record.value().createdBy, QStringLiteral("带教老师"));
        QVERIFY(record.value().createdAt.isValid());
        // The same exercise twice is refused and changes nothing.
        QVERIFY(!repo.add(exercise(QStringLiteral("a-1")), QStringLiteral("elsewhere")));
        QCOMPARE(count(QStringLiteral("training_exercises")), 1);
        QVERIFY(repo.add(exercise(QStringLiteral("b-2")), QStringLiteral("training/exercises/b-2")));
        QCOMPARE(repo.all().value().size(), 2);
        QVERIFY(!repo.find(999));
        QVERIFY(!repo.findByUuid(QStringLiteral("missing")));
        // An exercise with an attempt stays; one without goes.
        QVERIFY(startAttempt(enroll(QStringLiteral("张三")), first.value()) > 0);
        const Status refused = repo.remove(first.value());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("1 trainee attempt")),
                 qPrintable(refused.error().message));
        QVERIFY(repo.find(first.value()));
        QVERIFY(repo.remove(repo.findByUuid(QStringLiteral("b-2")).value().id));
        QCOMPARE(count(QStringLiteral("training_exercises")), 1);
    }

    void attemptsStartInProgress()
    {
        const qint64 enrollment = enroll(QStringLiteral("张三"), m_site, m_unit);
        const qint64 attemptId = startAttempt(enrollment, addExercise(QStringLiteral("e")), 2);
        QVERIFY(attemptId > 0);
        const TrainingAttemptRepository repo(db());
        QVERIFY(repo.setWorkspace(attemptId, QStringLiteral("training/attempts/1")));
        auto attempt = repo.find(attemptId);
        QVERIFY(attempt);
        QCOMPARE(attempt.value().enrollmentId, enrollment);
        QCOMPARE(attempt.value().day, 2);
        QCOMPARE(attempt.value().hintsAllowed, true);
        QCOMPARE(attempt.value().timeLimitMinutes, 90);
        QCOMPARE(attempt.value().workspace, QStringLiteral("training/attempts/1"));
        QCOMPARE(attempt.value().status, TrainingAttemptStatus::InProgress);
        QVERIFY(attempt.value().startedAt.isValid());
        QVERIFY(!attempt.value().submittedAt.isValid());
        QVERIFY(!repo.score(attemptId)); // no score before submission
        QVERIFY(!repo.setWorkspace(999, QStringLiteral("x")));
        // Days outside 0…5 and unknown exercises are refused.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Training day 6 does not exist")));
        QCOMPARE(startAttempt(enrollment, attempt.value().exerciseId, 6), 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("attempt cannot be started")));
        QCOMPARE(startAttempt(enrollment, 999, 1), 0);
        QCOMPARE(count(QStringLiteral("training_attempts")), 1);
    }

    void submitStoresTheScore()
    {
        const qint64 attemptId =
            startAttempt(enroll(QStringLiteral("张三")), addExercise(QStringLiteral("e")));
        const TrainingAttemptRepository repo(db());
        TrainingScore written = sampleScore();
        const Status submitted = repo.submit(attemptId, 1234, written);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().fullText()));
        auto attempt = repo.find(attemptId);
        QVERIFY(attempt);
        QVERIFY(attempt.value().isSubmitted());
        QVERIFY(attempt.value().submittedAt.isValid());
        QCOMPARE(attempt.value().elapsedSeconds, 1234);
        QCOMPARE(attempt.value().hits, 3);
        QCOMPARE(attempt.value().misses, 2);
        QCOMPARE(attempt.value().falseAlarms, 2);
        QCOMPARE(count(QStringLiteral("training_outcomes")), 7);
        auto stored = repo.score(attemptId);
        QVERIFY(stored);
        compareScores(stored.value(), written);

        // The tallies are recomputed from the outcomes, not read from what the caller claimed.
        const qint64 second = startAttempt(enroll(QStringLiteral("李四")), addExercise(QStringLiteral("f")));
        TrainingScore wrongTallies = sampleScore();
        wrongTallies.overall = {{}, 99, 0, 0};
        wrongTallies.byCategory.clear();
        QVERIFY(repo.submit(second, 10, wrongTallies));
        QCOMPARE(repo.find(second).value().hits, 3);
        compareScores(repo.score(second).value(), sampleScore());
    }

    void secondSubmitIsRefused()
    {
        const qint64 attemptId =
            startAttempt(enroll(QStringLiteral("张三")), addExercise(QStringLiteral("e")));
        const TrainingAttemptRepository repo(db());
        QVERIFY(repo.submit(attemptId, 600, sampleScore()));
        const QString submittedAt =
            scalar(QStringLiteral("SELECT submitted_at FROM training_attempts WHERE id = ?"), {attemptId})
                .toString();
        TrainingScore better;
        better.outcomes = {
            outcome(TrainingOutcomeKind::Hit, QStringLiteral("P07"), QStringLiteral("k4"), 21)};
        const Status again = repo.submit(attemptId, 900, better);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("already submitted")),
                 qPrintable(again.error().message));
        QCOMPARE(count(QStringLiteral("training_outcomes")), 7);
        auto attempt = repo.find(attemptId).value();
        QCOMPARE(attempt.elapsedSeconds, 600);
        QCOMPARE(attempt.hits, 3);
        QCOMPARE(
            scalar(QStringLiteral("SELECT submitted_at FROM training_attempts WHERE id = ?"), {attemptId})
                .toString(),
            submittedAt);
        compareScores(repo.score(attemptId).value(), sampleScore());
        // A submission for an attempt that does not exist writes nothing either.
        QVERIFY(!repo.submit(999, 1, sampleScore()));
        QCOMPARE(count(QStringLiteral("training_outcomes")), 7);
    }

    void deletingTheEnrollmentRemovesItsTraining()
    {
        const qint64 gone = enroll(QStringLiteral("张三"));
        const qint64 kept = enroll(QStringLiteral("李四"));
        const qint64 exerciseId = addExercise(QStringLiteral("e"));
        const TrainingAttemptRepository repo(db());
        QVERIFY(repo.submit(startAttempt(gone, exerciseId), 60, sampleScore()));
        QVERIFY(repo.submit(startAttempt(kept, exerciseId), 60, sampleScore()));
        QVERIFY(TrainingDayLogRepository(db()).save(
            {0, gone, 1, QDate(2026, 11, 2), true, QStringLiteral("认真")}));
        QVERIFY(TrainingDayLogRepository(db()).save({0, kept, 1, QDate(2026, 11, 2), true, {}}));
        QVERIFY(db().exec(QStringLiteral("DELETE FROM training_enrollments WHERE id = ?"), {gone}));
        QCOMPARE(count(QStringLiteral("training_attempts")), 1);
        QCOMPARE(count(QStringLiteral("training_outcomes")), 7);
        QCOMPARE(count(QStringLiteral("training_day_log")), 1);
        QCOMPARE(repo.forEnrollment(kept).value().size(), 1);
        QCOMPARE(count(QStringLiteral("training_exercises")), 1); // exercises belong to the library
    }

    void enrollingByHandNeedsNoRound()
    {
        const TrainingEnrollmentRepository repo(db());
        const qint64 first = enroll(QStringLiteral("王五"));
        const qint64 second = enroll(QStringLiteral("王五"));
        QVERIFY(first > 0 && second > 0 && first != second); // no round: two people of the same name
        QCOMPARE(scalar(QStringLiteral("SELECT round_id IS NULL AND site_id IS NULL AND unit_id IS NULL "
                                       "FROM training_enrollments WHERE id = ?"),
                        {first})
                     .toInt(),
                 1);
        auto found = repo.find(first);
        QVERIFY(found);
        QCOMPARE(found.value().person, QStringLiteral("王五"));
        QCOMPARE(found.value().roundId, 0);
        QCOMPARE(found.value().startDate, QDate(2026, 11, 2));
        QVERIFY(!repo.find(999));

        TrainingEnrollment edited = found.value();
        edited.person = QStringLiteral(" 王小五 ");
        edited.phone = QStringLiteral("13900000000");
        edited.unitId = m_unit;
        edited.siteId = m_site;
        edited.startDate = QDate(2026, 11, 9);
        QVERIFY(repo.update(edited));
        auto updated = repo.find(first).value();
        QCOMPARE(updated.person, QStringLiteral("王小五"));
        QCOMPARE(updated.phone, QStringLiteral("13900000000"));
        QCOMPARE(updated.unitId, m_unit);
        QCOMPARE(updated.siteId, m_site);
        QCOMPARE(updated.startDate, QDate(2026, 11, 9));
        QCOMPARE(
            scalar(QStringLiteral("SELECT round_id IS NULL FROM training_enrollments WHERE id = ?"), {first})
                .toInt(),
            1);
        // Clearing the unit and site again stores NULLs; an empty name is refused.
        edited.unitId = 0;
        edited.siteId = 0;
        QVERIFY(repo.update(edited));
        QCOMPARE(scalar(QStringLiteral("SELECT unit_id IS NULL AND site_id IS NULL FROM training_enrollments "
                                       "WHERE id = ?"),
                        {first})
                     .toInt(),
                 1);
        edited.person = QStringLiteral("  ");
        QVERIFY(!repo.update(edited));
        QCOMPARE(repo.find(first).value().person, QStringLiteral("王小五"));
        edited.id = 999;
        edited.person = QStringLiteral("某人");
        QVERIFY(!repo.update(edited));
    }

    void dayLogSavingReplacesTheDay()
    {
        const qint64 enrollment = enroll(QStringLiteral("张三"));
        const TrainingDayLogRepository repo(db());
        auto first = repo.save({0, enrollment, 2, QDate(2026, 11, 3), false, QStringLiteral("请假")});
        QVERIFY(first);
        QVERIFY(repo.save({0, enrollment, 1, QDate(2026, 11, 2), true, {}}));
        auto again = repo.save({0, enrollment, 2, QDate(2026, 11, 4), true, QStringLiteral(" 补上 ")});
        QVERIFY(again);
        QCOMPARE(again.value(), first.value());
        auto days = repo.forEnrollment(enrollment);
        QVERIFY(days);
        QCOMPARE(days.value().size(), 2);
        QCOMPARE(days.value().at(0).day, 1);
        const TrainingDayEntry &second = days.value().at(1);
        QCOMPARE(second.day, 2);
        QCOMPARE(second.date, QDate(2026, 11, 4));
        QCOMPARE(second.present, true);
        QCOMPARE(second.note, QStringLiteral("补上"));
        QVERIFY(!repo.save({0, enrollment, 6, QDate(2026, 11, 8), true, {}}));
        QVERIFY(!repo.save({0, enrollment, 0, QDate(2026, 11, 8), true, {}}));
        QVERIFY(!repo.save({0, 999, 1, QDate(2026, 11, 8), true, {}}));
        QCOMPARE(count(QStringLiteral("training_day_log")), 2);
    }

    void overviewSumsSubmittedAttempts()
    {
        const qint64 older = enroll(QStringLiteral("张三"), m_site, m_unit);
        TrainingEnrollment newerEnrollment;
        newerEnrollment.person = QStringLiteral("李四");
        newerEnrollment.startDate = QDate(2026, 11, 16);
        const qint64 newer = TrainingEnrollmentRepository(db()).enroll(newerEnrollment).value();
        const qint64 cancelled = enroll(QStringLiteral("王五"));
        QVERIFY(TrainingEnrollmentRepository(db()).setStatus(cancelled, TrainingStatus::Cancelled));
        const qint64 exerciseId = addExercise(QStringLiteral("e"));
        const TrainingAttemptRepository repo(db());
        QVERIFY(repo.submit(startAttempt(older, exerciseId, 1), 60, sampleScore()));
        TrainingScore small;
        small.outcomes = {outcome(TrainingOutcomeKind::Hit, QStringLiteral("P07"), QStringLiteral("x"), 1),
                          outcome(TrainingOutcomeKind::Miss, QStringLiteral("P07"), QStringLiteral("y"), 0)};
        QVERIFY(repo.submit(startAttempt(older, exerciseId, 2), 60, small));
        TrainingAttempt late;
        late.enrollmentId = older;
        late.exerciseId = exerciseId;
        late.day = 3;
        late.startedAt = QDateTime(QDate(2030, 1, 2), QTime(8, 0), Qt::UTC);
        QVERIFY(repo.start(late)); // in progress: counts for the date, not for the score
        const TrainingDayLogRepository log(db());
        QVERIFY(log.save({0, older, 1, QDate(2026, 11, 2), true, {}}));
        QVERIFY(log.save({0, older, 2, QDate(2026, 11, 3), true, {}}));
        QVERIFY(log.save({0, older, 3, QDate(2026, 11, 4), false, {}}));

        auto rows = TrainingOverview::load(db());
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().fullText()));
        QCOMPARE(rows.value().size(), 2); // the cancelled enrollment is left out
        const TrainingOverviewRow &first = rows.value().at(0);
        QCOMPARE(first.enrollment.id, newer); // newest first
        QCOMPARE(first.attemptsSubmitted, 0);
        QVERIFY(!first.lastAttemptAt.isValid());
        QVERIFY(first.unitName.isEmpty());
        const TrainingOverviewRow &second = rows.value().at(1);
        QCOMPARE(second.enrollment.id, older);
        QCOMPARE(second.enrollment.person, QStringLiteral("张三"));
        QCOMPARE(second.unitName, QStringLiteral("青禾县教育局"));
        QCOMPARE(second.siteName, QStringLiteral("青禾县教育局网站"));
        QCOMPARE(second.daysPresent, 2);
        QCOMPARE(second.attemptsSubmitted, 2);
        QCOMPARE(describe(second.overall), QStringLiteral(":4/3/2"));
        QCOMPARE(second.overall.recall(), 4.0 / 7.0);
        QCOMPARE(second.overall.precision(), 4.0 / 6.0);
        QCOMPARE(second.lastAttemptAt, late.startedAt);
    }
};

QTEST_GUILESS_MAIN(TestTrainingStorage)
#include "tst_trainingstorage.moc"
