// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "PdfText.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "demo/DemoSiteSpec.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "training/DayLogDialog.h"
#include "training/EnrollTraineeDialog.h"
#include "training/Exercise.h"
#include "training/ExerciseLibraryDialog.h"
#include "training/ExerciseListModel.h"
#include "training/ExercisePackage.h"
#include "training/NewDemoExerciseDialog.h"
#include "training/StartExerciseDialog.h"
#include "training/TraineeOverviewModel.h"
#include "training/TraineeResultsDialog.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingDayLogRepository.h"
#include "training/TrainingExerciseRepository.h"
#include "training/TrainingOverviewWindow.h"
#include "training/TrainingPlanDialog.h"
#include "training/TrainingPlanModel.h"
#include "training/TrainingPlanStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace xj;
using namespace GuiTest;

// The instructor's side of the remedial training on an empty workspace with one unit and site:
// a trainee enrolled through the dialog, the plan edited, refused and reset, a practice site
// generated with seed 7 planting only P01 and P07, an exercise started for a plan day, a seeded
// attempt in the overview table, and the completion record read back from the PDF.
class TestTrainingInstructor : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    qint64 m_unitId = 0;
    qint64 m_siteId = 0;
    qint64 m_enrollmentId = 0;
    qint64 m_exerciseId = 0;

    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = m_db.exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }

    static TrainingOutcome outcome(TrainingOutcomeKind kind, const char *category)
    {
        TrainingOutcome o;
        o.kind = kind;
        o.category = QLatin1String(category);
        o.keyId = kind == TrainingOutcomeKind::FalseAlarm ? QString() : QStringLiteral("k-") + o.category;
        o.page = QStringLiteral("/index.html");
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, false).ok());
        Unit unit;
        unit.name = QStringLiteral("青禾县教育局");
        m_unitId = UnitRepository(m_db).create(unit).value();
        Site site;
        site.name = QStringLiteral("青禾县教育局网站");
        site.url = QStringLiteral("http://jyj.qhx.gov.cn/");
        site.unitId = m_unitId;
        site.personInCharge = QStringLiteral("王五");
        m_siteId = SiteRepository(m_db).create(site).value();
    }

    void enrolThroughDialog()
    {
        EnrollTraineeDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Without a name the dialog stays open and says so; nothing is written.
        QTest::mouseClick(child<QPushButton>(&dialog, "enrollOkButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, "enrollProblemLabel")->isHidden());
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM training_enrollments")), QStringLiteral("0"));

        typeChinese(child<QLineEdit>(&dialog, "enrollNameEdit"), QStringLiteral("李晓明"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "enrollPhoneEdit"), QStringLiteral("13800001111"));
        auto *unit = child<QComboBox>(&dialog, "enrollUnitCombo");
        unit->lineEdit()->clear();
        typeChinese(unit->lineEdit(), QStringLiteral("青禾县教育局"));
        auto *site = child<QComboBox>(&dialog, "enrollSiteCombo");
        QTRY_VERIFY(site->findData(m_siteId) > 0);
        site->setCurrentIndex(site->findData(m_siteId));
        child<QDateEdit>(&dialog, "enrollStartDate")->setDate(QDate(2026, 12, 7));
        QTest::mouseClick(child<QPushButton>(&dialog, "enrollOkButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        m_enrollmentId = dialog.enrollmentId();
        QVERIFY(m_enrollmentId > 0);
        QCOMPARE(
            text(QStringLiteral("SELECT person || '|' || phone || '|' || unit_id || '|' || site_id || '|' || "
                                "start_date || '|' || status || '|' || coalesce(round_id, 0) FROM "
                                "training_enrollments")),
            QStringLiteral("李晓明|13800001111|%1|%2|2026-12-07|enrolled|0").arg(m_unitId).arg(m_siteId));

        // Editing the enrolment changes that row, not a new one.
        EnrollTraineeDialog edit(m_db);
        edit.setEnrollment(TrainingEnrollmentRepository(m_db).find(m_enrollmentId).value());
        edit.show();
        QCOMPARE(child<QLineEdit>(&edit, "enrollNameEdit")->text(), QStringLiteral("李晓明"));
        QCOMPARE(child<QComboBox>(&edit, "enrollSiteCombo")->currentData().toLongLong(), m_siteId);
        child<QLineEdit>(&edit, "enrollPhoneEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&edit, "enrollPhoneEdit"), QStringLiteral("13900002222"));
        QTest::mouseClick(child<QPushButton>(&edit, "enrollOkButton"), Qt::LeftButton);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QCOMPARE(text(QStringLiteral("SELECT count(*) || '|' || max(phone) FROM training_enrollments")),
                 QStringLiteral("1|13900002222"));
    }

    void editPlanSaveAndReset()
    {
        const TrainingPlanStore store(m_dir.path());
        const QString builtInTitle = TrainingPlan::builtIn().value().day(2)->title;
        {
            TrainingPlanDialog dialog(m_dir.path());
            dialog.show();
            TrainingPlanModel *model = dialog.model();
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model->rowCount(), 5);
            QCOMPARE(model->index(1, TrainingPlanModel::Title).data().toString(), builtInTitle);
            QVERIFY(
                model->setData(model->index(1, TrainingPlanModel::Title), QStringLiteral("Links and dates")));
            QVERIFY(model->setData(model->index(1, TrainingPlanModel::Topics),
                                   QStringLiteral("Dead links\n\nExpired notices\n")));
            // A time limit the plan refuses: the dialog names what to fix and saves nothing.
            QVERIFY(model->setData(model->index(1, TrainingPlanModel::Minutes), 1));
            QTest::mouseClick(child<QPushButton>(&dialog, "planSaveButton"), Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QVERIFY(!child<QLabel>(&dialog, "planProblemLabel")->isHidden());
            QVERIFY2(child<QLabel>(&dialog, "planProblemLabel")->text().contains(QLatin1Char('2')),
                     qPrintable(child<QLabel>(&dialog, "planProblemLabel")->text()));
            QVERIFY(!store.isCustomised());
            if (qEnvironmentVariableIsSet("XJ_SHOT"))
                dialog.grab().save(QStringLiteral("/tmp/training-plan.png"));
            QVERIFY(model->setData(model->index(1, TrainingPlanModel::Minutes), 45));
            QTest::mouseClick(child<QPushButton>(&dialog, "planSaveButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(store.isCustomised());
        TrainingPlan saved = store.load().value();
        QCOMPARE(saved.day(2)->title, QStringLiteral("Links and dates"));
        QCOMPARE(saved.day(2)->goals,
                 QStringList({QStringLiteral("Dead links"), QStringLiteral("Expired notices")}));
        QCOMPARE(saved.day(2)->exercise.minutes, 45);

        TrainingPlanDialog again(m_dir.path());
        QCOMPARE(again.model()->index(1, TrainingPlanModel::Title).data().toString(),
                 QStringLiteral("Links and dates"));
        again.resetToDefault(false);
        QVERIFY(!store.isCustomised());
        QCOMPARE(store.load().value().day(2)->title, builtInTitle);
        QCOMPARE(again.model()->index(1, TrainingPlanModel::Title).data().toString(), builtInTitle);
    }

    void newDemoExercise()
    {
        NewDemoExerciseDialog dialog(m_db, m_dir.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *seed = child<QLineEdit>(&dialog, "demoSeedEdit");
        QVERIFY(!seed->text().isEmpty()); // a random seed to start with
        seed->clear();
        QTest::keyClicks(seed, QStringLiteral("7"));
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        QVERIFY(boxes.size() >= 10);
        for (QCheckBox *box : boxes) {
            const bool wanted = box->text() == QLatin1String("P01") || box->text() == QLatin1String("P07");
            if (box->isChecked() != wanted)
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        }
        QCOMPARE(dialog.checkedCategories(), QStringList({QStringLiteral("P01"), QStringLiteral("P07")}));
        child<QSpinBox>(&dialog, "demoArticlePagesSpin")->setValue(DemoSiteSpec::MinimumArticlePages);
        QTest::keyClicks(child<QLineEdit>(&dialog, "demoTitleEdit"), QStringLiteral("Seven"));
        if (qEnvironmentVariableIsSet("XJ_SHOT"))
            dialog.grab().save(QStringLiteral("/tmp/training-newdemo.png"));
        QTest::mouseClick(child<QPushButton>(&dialog, "demoCreateButton"), Qt::LeftButton);
        // Generated on a worker: the dialog stays responsive and closes once the exercise is listed.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 120000);
        m_exerciseId = dialog.exerciseId();
        QVERIFY(m_exerciseId > 0);
        QCOMPARE(text(QStringLiteral("SELECT title || '|' || source || '|' || seed FROM training_exercises")),
                 QStringLiteral("Seven|demo|7"));
        const QString folder = text(QStringLiteral("SELECT folder FROM training_exercises"));
        QVERIFY2(QDir::isRelativePath(folder), qPrintable(folder));
        QVERIFY(folder.startsWith(QLatin1String("training/exercises/")));
        const QString absolute = QDir(m_dir.path()).filePath(folder);
        QVERIFY(QFileInfo::exists(QDir(absolute).filePath(Exercise::FileName)));
        auto exercise = Exercise::load(absolute);
        QVERIFY2(exercise.ok(), exercise.ok() ? "" : qPrintable(exercise.error().message));
        QVERIFY(!exercise.value().key.isEmpty());
        QSet<QString> categories;
        for (const ExerciseKeyEntry &entry : exercise.value().key)
            categories.insert(entry.category);
        QCOMPARE(categories, QSet<QString>({QStringLiteral("P01"), QStringLiteral("P07")}));

        // The library lists it.
        ExerciseLibraryDialog library(m_db, m_dir.path());
        QAbstractItemModelTester tester(library.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(library.model()->rowCount(), 1);
        QCOMPARE(library.model()->index(0, ExerciseListModel::Seed).data().toString(), QStringLiteral("7"));
        QCOMPARE(library.model()->index(0, ExerciseListModel::Categories).data().toString(),
                 QStringLiteral("P01 P07"));
        QCOMPARE(library.model()->index(0, ExerciseListModel::KeySize).data().toInt(),
                 int(exercise.value().key.size()));
    }

    void startExerciseFromOverview()
    {
        TrainingOverviewWindow window(m_db, m_dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectEnrollment(m_enrollmentId));
        QSignalSpy spy(&window, &TrainingOverviewWindow::startRequested);
        QTest::mouseClick(child<QPushButton>(&window, "startExerciseButton"), Qt::LeftButton);
        StartExerciseDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<StartExerciseDialog *>()) && dialog->isVisible());
        auto *day = child<QComboBox>(dialog, "startDayCombo");
        QCOMPARE(day->count(), 6); // five plan days and extra practice
        day->setCurrentIndex(day->findData(3));
        const TrainingPlanDay planDay = *TrainingPlanStore(m_dir.path()).load().value().day(3);
        QVERIFY(day->currentText().contains(planDay.title));
        // The defaults come from the day's recipe.
        QCOMPARE(child<QSpinBox>(dialog, "startMinutesSpin")->value(), planDay.exercise.minutes);
        QCOMPARE(child<QCheckBox>(dialog, "startHintsCheck")->isChecked(), planDay.exercise.hintsAllowed);
        auto *exercise = child<QComboBox>(dialog, "startExerciseCombo");
        exercise->setCurrentIndex(exercise->findData(m_exerciseId));
        child<QCheckBox>(dialog, "startHintsCheck")->setChecked(!planDay.exercise.hintsAllowed);
        child<QSpinBox>(dialog, "startMinutesSpin")->setValue(45);
        if (qEnvironmentVariableIsSet("XJ_SHOT"))
            dialog->grab().save(QStringLiteral("/tmp/training-start.png"));
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const QList<QVariant> args = spy.takeFirst();
        QCOMPARE(args.at(0).toLongLong(), m_enrollmentId);
        QCOMPARE(args.at(1).toInt(), 3);
        QCOMPARE(args.at(2).toLongLong(), m_exerciseId);
        QCOMPARE(args.at(3).toBool(), !planDay.exercise.hintsAllowed);
        QCOMPARE(args.at(4).toInt(), 45);
    }

    void overviewShowsSeededAttempt()
    {
        using K = TrainingOutcomeKind;
        TrainingAttempt attempt;
        attempt.enrollmentId = m_enrollmentId;
        attempt.exerciseId = m_exerciseId;
        attempt.day = 1;
        TrainingAttemptRepository attempts(m_db);
        const qint64 attemptId = attempts.start(attempt).value();
        const TrainingScore score = TrainingScore::fromOutcomes(
            {outcome(K::Hit, "P01"), outcome(K::Hit, "P07"), outcome(K::Hit, "P07"), outcome(K::Miss, "P07"),
             outcome(K::FalseAlarm, "P01")});
        QVERIFY(attempts.submit(attemptId, 1800, score).ok());
        TrainingDayEntry present{0, m_enrollmentId, 1, QDate(2026, 12, 7), true, QStringLiteral("认真")};
        QVERIFY(TrainingDayLogRepository(m_db).save(present).ok());

        TrainingOverviewWindow window(m_db, m_dir.path());
        window.show();
        TraineeOverviewModel *model = window.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [model](int column) {
            return model->index(0, column).data().toString();
        };
        QCOMPARE(cell(TraineeOverviewModel::Name), QStringLiteral("李晓明"));
        QCOMPARE(cell(TraineeOverviewModel::Unit), QStringLiteral("青禾县教育局"));
        QCOMPARE(cell(TraineeOverviewModel::Site), QStringLiteral("青禾县教育局网站"));
        QCOMPARE(cell(TraineeOverviewModel::DaysPresent), QStringLiteral("1"));
        QCOMPARE(cell(TraineeOverviewModel::Attempts), QStringLiteral("1"));
        QCOMPARE(cell(TraineeOverviewModel::Found), QStringLiteral("3"));
        QCOMPARE(cell(TraineeOverviewModel::Missed), QStringLiteral("1"));
        QCOMPARE(cell(TraineeOverviewModel::FalseAlarms), QStringLiteral("1"));
        QVERIFY2(cell(TraineeOverviewModel::Recall).startsWith(QLatin1String("75")),
                 qPrintable(cell(TraineeOverviewModel::Recall)));
        QVERIFY2(cell(TraineeOverviewModel::Precision).startsWith(QLatin1String("75")),
                 qPrintable(cell(TraineeOverviewModel::Precision)));
        // With XJ_SHOT set, how the window looks goes to /tmp/training-overview.png, for looking at it.
        if (qEnvironmentVariableIsSet("XJ_SHOT"))
            window.grab().save(QStringLiteral("/tmp/training-overview.png"));
        // The table in the window shows the same.
        auto *table = child<QTableView>(&window, "traineeTable");
        QCOMPARE(table->model(), model);
        QVERIFY(!child<QPushButton>(&window, "dayLogButton")->isEnabled());
        QVERIFY(window.selectEnrollment(m_enrollmentId));
        QVERIFY(child<QPushButton>(&window, "dayLogButton")->isEnabled());
    }

    void completionRecordPdf()
    {
        TrainingOverviewWindow window(m_db, m_dir.path());
        const QString path = m_dir.filePath(QStringLiteral("结业记录-李晓明.pdf"));
        const Status written = window.writeCompletionRecord(m_enrollmentId, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QString pdf = pdfTextWithoutSpaces(path);
        QVERIFY2(pdf.contains(QStringLiteral("李晓明")), qPrintable(pdf.left(400)));
    }

    void resultsOpenAndContinue()
    {
        TrainingAttempt unfinished;
        unfinished.enrollmentId = m_enrollmentId;
        unfinished.exerciseId = m_exerciseId;
        unfinished.day = 2;
        const qint64 unfinishedId = TrainingAttemptRepository(m_db).start(unfinished).value();
        const qint64 submittedId =
            text(QStringLiteral("SELECT id FROM training_attempts WHERE status = 'submitted'")).toLongLong();

        TrainingOverviewWindow window(m_db, m_dir.path());
        window.show();
        QVERIFY(window.selectEnrollment(m_enrollmentId));
        QSignalSpy results(&window, &TrainingOverviewWindow::resultRequested);
        QSignalSpy resumes(&window, &TrainingOverviewWindow::resumeRequested);
        QTest::mouseClick(child<QPushButton>(&window, "resultsButton"), Qt::LeftButton);
        TraineeResultsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<TraineeResultsDialog *>()) && dialog->isVisible());
        auto *table = child<QTableWidget>(dialog, "resultsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Seven"));
        QCOMPARE(table->item(0, 4)->text() + table->item(0, 5)->text() + table->item(0, 6)->text(),
                 QStringLiteral("311"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("In progress"));
        auto *open = child<QPushButton>(dialog, "resultsOpenButton");
        auto *resume = child<QPushButton>(dialog, "resultsContinueButton");
        table->selectRow(0);
        QVERIFY(open->isEnabled());
        QVERIFY(!resume->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.first().first().toLongLong(), submittedId);
        table->selectRow(1);
        QVERIFY(!open->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(resumes.count(), 1);
        QCOMPARE(resumes.first().first().toLongLong(), unfinishedId);
    }

    void dayLogShowsPlanAndAttempts()
    {
        const TrainingEnrollment enrollment = TrainingEnrollmentRepository(m_db).find(m_enrollmentId).value();
        DayLogDialog dialog(m_db, m_dir.path(), enrollment);
        dialog.show();
        const QString day1Title = TrainingPlanStore(m_dir.path()).load().value().day(1)->title;
        bool titleShown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            titleShown = titleShown || label->text().contains(day1Title);
        QVERIFY(titleShown);
        // Day 1 as logged before; day 2 planned on the next working day after the start (a Monday).
        QVERIFY(child<QCheckBox>(&dialog, "dayLogPresent1")->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, "dayLogNote1")->text(), QStringLiteral("认真"));
        QCOMPARE(child<QDateEdit>(&dialog, "dayLogDate2")->date(), QDate(2026, 12, 8));
        QCOMPARE(child<QDateEdit>(&dialog, "dayLogDate5")->date(), QDate(2026, 12, 11));
        const QString day1 = child<QLabel>(&dialog, "dayLogAttempts1")->text();
        QVERIFY2(day1.contains(QLatin1String("Seven: found 3, missed 1, false alarms 1")), qPrintable(day1));
        QVERIFY(child<QLabel>(&dialog, "dayLogAttempts2")->text().contains(QLatin1String("in progress")));
        QTest::mouseClick(child<QCheckBox>(&dialog, "dayLogPresent2"), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::keyClicks(child<QLineEdit>(&dialog, "dayLogNote2"), QStringLiteral("late"));
        if (qEnvironmentVariableIsSet("XJ_SHOT"))
            dialog.grab().save(QStringLiteral("/tmp/training-daylog.png"));
        QTest::mouseClick(child<QPushButton>(&dialog, "dayLogSaveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM training_day_log WHERE enrollment_id = ?"),
                      {m_enrollmentId}),
                 QStringLiteral("5"));
        QCOMPARE(text(QStringLiteral("SELECT sum(present) FROM training_day_log")), QStringLiteral("2"));
        QCOMPARE(text(QStringLiteral("SELECT note FROM training_day_log WHERE day = 2")),
                 QStringLiteral("late"));
    }

    void newPracticeSiteForTheDay()
    {
        TrainingOverviewWindow window(m_db, m_dir.path());
        window.show();
        QVERIFY(window.selectEnrollment(m_enrollmentId));
        QSignalSpy spy(&window, &TrainingOverviewWindow::startRequested);
        QTest::mouseClick(child<QPushButton>(&window, "startExerciseButton"), Qt::LeftButton);
        StartExerciseDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<StartExerciseDialog *>()) && dialog->isVisible());
        auto *day = child<QComboBox>(dialog, "startDayCombo");
        day->setCurrentIndex(day->findData(2));
        QCOMPARE(child<QComboBox>(dialog, "startExerciseCombo")->currentData().toLongLong(),
                 qint64(StartExerciseDialog::NewPracticeSite));
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 120000);
        const QList<QVariant> args = spy.takeFirst();
        const qint64 created = args.at(2).toLongLong();
        QVERIFY(created > 0 && created != m_exerciseId);
        QCOMPARE(args.at(1).toInt(), 2);
        const TrainingExerciseRecord record = TrainingExerciseRepository(m_db).find(created).value();
        const TrainingPlanDay planDay = *TrainingPlanStore(m_dir.path()).load().value().day(2);
        QVERIFY(record.seed != 7);
        QCOMPARE(record.categories, planDay.exercise.categories);
        QCOMPARE(args.at(4).toInt(), planDay.exercise.minutes);
    }

    void importOfAListedExerciseIsRefused()
    {
        const TrainingExerciseRecord record = TrainingExerciseRepository(m_db).find(m_exerciseId).value();
        const QString zip = m_dir.filePath(QStringLiteral("seven.xjexercise"));
        QVERIFY(ExercisePackage::exportTo(QDir(m_dir.path()).filePath(record.folder), zip).ok());
        ExerciseLibraryDialog library(m_db, m_dir.path());
        const int before = library.model()->rowCount();
        auto imported = library.importPackage(zip);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QLatin1String("already in the library")),
                 qPrintable(imported.error().message));
        QCOMPARE(library.model()->rowCount(), before);
        // Nothing of the refused import is left in the library folder.
        const QStringList left = QDir(QDir(m_dir.path()).filePath(QStringLiteral("training/exercises")))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(left.size(), before);
    }

    void deleteRefusedWhileAttemptsUseIt()
    {
        ExerciseLibraryDialog library(m_db, m_dir.path());
        library.show();
        QVERIFY(library.selectExercise(m_exerciseId));
        QString refusal;
        // Answers the confirmation with Yes, then reads and closes the refusal.
        auto *answer = new QTimer(&library);
        connect(answer, &QTimer::timeout, &library, [&refusal] {
            if (auto *box = topLevel<QMessageBox>("confirmDialog")) {
                box->button(QMessageBox::Yes)->click();
            } else if (auto *error = topLevel<QMessageBox>("errorDialog")) {
                refusal = error->text();
                error->accept();
            }
        });
        answer->start(50);
        QTest::mouseClick(child<QPushButton>(&library, "exerciseDeleteButton"), Qt::LeftButton);
        QTRY_VERIFY(!refusal.isEmpty());
        answer->stop();
        QVERIFY2(refusal.contains(QLatin1String("attempt")), qPrintable(refusal));
        QCOMPARE(text(QStringLiteral("SELECT count(*) FROM training_exercises WHERE id = ?"), {m_exerciseId}),
                 QStringLiteral("1"));
        const TrainingExerciseRecord record = TrainingExerciseRepository(m_db).find(m_exerciseId).value();
        QVERIFY(QFileInfo::exists(QDir(m_dir.path()).filePath(record.folder)));
    }

    void completedTraineeIsShownAsCompleted()
    {
        // The repository call behind "Mark completed" (the button asks first).
        QVERIFY(TrainingEnrollmentRepository(m_db).setStatus(m_enrollmentId, TrainingStatus::Completed).ok());
        TrainingOverviewWindow window(m_db, m_dir.path());
        QVERIFY(window.selectEnrollment(m_enrollmentId));
        QCOMPARE(window.model()->index(0, TraineeOverviewModel::Status).data().toString(),
                 QStringLiteral("Completed"));
        QVERIFY(!child<QPushButton>(&window, "markCompletedButton")->isEnabled());
    }
};

XJ_GUI_TEST_MAIN(TestTrainingInstructor)
#include "tst_traininginstructor.moc"
