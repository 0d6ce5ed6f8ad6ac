// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "browser/BrowserPane.h"
#include "demo/DemoSiteHost.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/SqlValues.h"
#include "training/DemoExerciseBuilder.h"
#include "training/ExerciseLibrary.h"
#include "training/SaveExerciseDialog.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingController.h"
#include "training/TrainingExerciseRepository.h"
#include "training/TrainingResultDialog.h"
#include "training/TrainingReviewDialog.h"
#include "training/TrainingSession.h"
#include "training/TrainingTallyModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QWebEngineView>

using namespace xj;
using namespace GuiTest;

// A trainee's exercise driven as the trainee does it: the instructor's start opens the workbench
// in training mode on a generated practice site (typos and dead links planted, seed 11); the
// trainee marks two real problems, one problem on the wrong page and one that is no problem,
// submits, and the score is exactly what the key says: 2 found, 2 false alarms, the rest missed.
class TestTrainingSession : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    DemoSiteHost m_host;
    QWidget m_office;
    std::unique_ptr<TrainingController> m_controller;
    Exercise m_exercise;
    qint64 m_enrollmentId = 0;
    qint64 m_exerciseId = 0;

    MainWindow *window() const
    {
        return m_controller->session() ? m_controller->session()->window() : nullptr;
    }

    void openPage(const QString &page)
    {
        MainWindow *w = window();
        QSignalSpy loaded(w->browserPane(), &BrowserPane::loadFinished);
        const QUrl url = m_controller->session()->siteUrl().resolved(QUrl(page.mid(1)));
        w->browserPane()->load(url);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && w->browserPane()->url() == url, 20000);
    }

    // Mark ▸ Add finding without screenshot…, filled in the dialog as a trainee does.
    void mark(const QString &page, const QString &itemCode, const QString &description)
    {
        openPage(page);
        bool saved = false;
        whenModal("findingDialog", [&](QWidget *dialog) {
            auto *item = child<QComboBox>(dialog, "findingItem");
            item->setCurrentIndex(item->findData(itemCode));
            typeChinese(child<QPlainTextEdit>(dialog, "findingDescription"), description);
            QTest::mouseClick(
                child<QDialogButtonBox>(dialog, "findingDialogButtons")->button(QDialogButtonBox::Save),
                Qt::LeftButton);
            saved = true;
        });
        child<QAction>(window(), "addFindingAction")->trigger();
        QTRY_VERIFY(saved);
    }

    const ExerciseKeyEntry &firstOf(const QString &category, int skip = 0) const
    {
        for (const ExerciseKeyEntry &e : m_exercise.key) {
            if (e.category == category && skip-- == 0)
                return e;
        }
        qFatal("no key entry of %s", qPrintable(category));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The demo, with its findings' screenshots and archived pages, for saving an exercise from it.
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, true).ok());
        QVERIFY(GuiStartup::serveDemoSites(m_db, m_host).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(GuiStartup::captureDemoEvidence(m_db, DataDirectory(m_dir.path()), false).ok());
        TrainingEnrollment person;
        person.person = QStringLiteral("王晓梅");
        person.phone = QStringLiteral("13800001234");
        person.startDate = QDate(2026, 11, 30);
        auto enrolled = TrainingEnrollmentRepository(m_db).enroll(person);
        QVERIFY(enrolled);
        m_enrollmentId = enrolled.value();

        const ExerciseLibrary library(m_dir.path());
        DemoExerciseRequest request;
        request.seed = 11;
        request.categories = {QStringLiteral("P01"), QStringLiteral("P07")};
        request.asOf = QDate(2026, 11, 27);
        const QString work = library.newWorkFolder();
        auto built = DemoExerciseBuilder::build(request, work);
        QVERIFY2(built, built ? "" : qPrintable(built.error().fullText()));
        m_exercise = built.value();
        auto added = library.add(m_db, work);
        QVERIFY2(added, added ? "" : qPrintable(added.error().fullText()));
        m_exerciseId = added.value();
        QVERIFY(m_exercise.key.size() >= 4);
        m_controller = std::make_unique<TrainingController>(m_db, m_dir.path(), nullptr, nullptr, &m_office);
    }

    void startOpensTheWorkbenchWithoutCandidates()
    {
        m_controller->startAttempt(m_enrollmentId, 3, m_exerciseId, false, 90);
        QVERIFY(window());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(!window()->candidatesAllowed());
        auto *tabs = child<QTabWidget>(window(), "bottomTabs");
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->widget(i)->objectName() != QLatin1String("candidatesPanel"));
        QVERIFY(!child<QMenu>(window(), "trainingMenu")->menuAction()->isVisible());
        QVERIFY(child<QLabel>(window(), "trainingTimeLabel")->text().contains(QStringLiteral("01:30:00")) ||
                child<QLabel>(window(), "trainingTimeLabel")->text().contains(QStringLiteral("01:29:")));
        // The attempt is recorded as started, with its own workspace.
        auto attempts = TrainingAttemptRepository(m_db).forEnrollment(m_enrollmentId);
        QCOMPARE(attempts.value().size(), 1);
        QCOMPARE(attempts.value().first().day, 3);
        QVERIFY(!attempts.value().first().isSubmitted());
        QCOMPARE(TrainingEnrollmentRepository(m_db).find(m_enrollmentId).value().status,
                 TrainingStatus::InTraining);
    }

    void markSubmitAndScore()
    {
        const ExerciseKeyEntry &typo = firstOf(QStringLiteral("P01"));
        const ExerciseKeyEntry &link = firstOf(QStringLiteral("P07"));
        const ExerciseKeyEntry &otherTypo = firstOf(QStringLiteral("P01"), 1);
        // Two real problems, quoted as the page shows them.
        mark(typo.page, typo.itemCode, QStringLiteral("错误表述：") + typo.text);
        mark(link.page, link.itemCode,
             QStringLiteral("链接打不开：") +
                 (link.alternativeTexts.isEmpty() ? link.text : link.alternativeTexts.first()));
        // A real problem's words marked on a page where they are not (a near miss): a false alarm.
        const QString elsewhere =
            otherTypo.page == QLatin1String("/index.html") ? typo.page : QStringLiteral("/index.html");
        QVERIFY(elsewhere != otherTypo.page);
        mark(elsewhere, otherTypo.itemCode, QStringLiteral("错误表述：") + otherTypo.text);
        // And something that is no problem at all.
        mark(QStringLiteral("/index.html"), typo.itemCode, QStringLiteral("页面配色不好看"));

        whenModal("submitExerciseQuestion", [](QWidget *box) {
            QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(window(), "submitExerciseButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->resultDialog() && m_controller->resultDialog()->isVisible(),
                                 20000);
        QVERIFY(!m_controller->session());

        const int keySize = int(m_exercise.key.size());
        auto attempt = TrainingAttemptRepository(m_db).forEnrollment(m_enrollmentId).value().first();
        QVERIFY(attempt.isSubmitted());
        QCOMPARE(attempt.hits, 2);
        QCOMPARE(attempt.falseAlarms, 2);
        QCOMPARE(attempt.misses, keySize - 2);

        TrainingResultDialog *result = m_controller->resultDialog();
        const QString summary = child<QLabel>(result, "trainingSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Found 2 of %1").arg(keySize)), qPrintable(summary));
        auto *tallies = child<QTableView>(result, "trainingTallyView")->model();
        QAbstractItemModelTester tester(tallies, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int overall = tallies->rowCount() - 1;
        QCOMPARE(tallies->index(overall, TrainingTallyModel::Hits).data().toInt(), 2);
        QCOMPARE(tallies->index(overall, TrainingTallyModel::FalseAlarms).data().toInt(), 2);
        QCOMPARE(tallies->index(overall, TrainingTallyModel::Recall).data().toString(),
                 QString::number(200.0 / keySize, 'f', 1) + QLatin1Char('%'));
        QCOMPARE(tallies->index(overall, TrainingTallyModel::Precision).data().toString(),
                 QStringLiteral("50.0%"));
        // Every false alarm was on a P01 item: the P01 row has them.
        int p01Rows = 0;
        for (int row = 0; row < overall; ++row) {
            if (!tallies->index(row, TrainingTallyModel::Category)
                     .data()
                     .toString()
                     .startsWith(QLatin1String("P01 ")))
                continue;
            ++p01Rows;
            QCOMPARE(tallies->index(row, TrainingTallyModel::FalseAlarms).data().toInt(), 2);
        }
        QCOMPARE(p01Rows, 1);
    }

    void reviewShowsEveryMissWithItsPage()
    {
        TrainingResultDialog *result = m_controller->resultDialog();
        QTest::mouseClick(child<QPushButton>(result, "reviewMissesButton"), Qt::LeftButton);
        TrainingReviewDialog *review = nullptr;
        QTRY_VERIFY((review = result->findChild<TrainingReviewDialog *>()) && review->isVisible());
        const int misses = int(m_exercise.key.size()) - 2;
        QCOMPARE(child<QLabel>(review, "missPosition")->text(),
                 QStringLiteral("Missed problem 1 of %1").arg(misses));
        QTRY_VERIFY_WITH_TIMEOUT(review->pageView()->url().path().length() > 1, 20000);
        QTest::mouseClick(child<QPushButton>(review, "nextMissButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(review, "missPosition")->text(),
                 QStringLiteral("Missed problem 2 of %1").arg(misses));
        QVERIFY(!child<QLabel>(review, "missDetails")->text().isEmpty());
        review->close();
    }

    // With hints the candidates stay; a window closed without submitting keeps the attempt open,
    // and continuing it after its time is up hands in what was marked at once.
    void hintsKeepCandidatesAndAClosedExerciseContinues()
    {
        m_controller->startAttempt(m_enrollmentId, 4, m_exerciseId, true, 30);
        QVERIFY(window());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(window()->candidatesAllowed());
        auto *tabs = child<QTabWidget>(window(), "bottomTabs");
        bool candidates = false;
        for (int i = 0; i < tabs->count(); ++i)
            candidates = candidates || tabs->widget(i)->objectName() == QLatin1String("candidatesPanel");
        QVERIFY(candidates);
        const qint64 attemptId = m_controller->session()->attemptId();
        mark(firstOf(QStringLiteral("P01")).page, firstOf(QStringLiteral("P01")).itemCode,
             firstOf(QStringLiteral("P01")).text);
        window()->close();
        QTRY_VERIFY(!m_controller->session());
        QVERIFY(!TrainingAttemptRepository(m_db).find(attemptId).value().isSubmitted());

        QVERIFY(m_db.exec(QStringLiteral("UPDATE training_attempts SET started_at = ? WHERE id = ?"),
                          {toDbTime(QDateTime::currentDateTimeUtc().addSecs(-3600)), attemptId}));
        m_controller->resumeAttempt(attemptId);
        QTRY_VERIFY_WITH_TIMEOUT(TrainingAttemptRepository(m_db).find(attemptId).value().isSubmitted(),
                                 10000);
        const TrainingAttempt attempt = TrainingAttemptRepository(m_db).find(attemptId).value();
        QCOMPARE(attempt.hits, 1);
        QCOMPARE(attempt.falseAlarms, 0);
        QTRY_VERIFY(!m_controller->session());
    }

    // Training ▸ Save findings as exercise… on the demo round: the findings of the demo site whose
    // pages were archived start ticked; one is unticked, and the saved exercise has the others as its
    // key and their pages as its site.
    void saveFindingsAsExerciseFromTheRound()
    {
        const Finding first = FindingRepository(m_db).get(1).value();
        SaveExerciseDialog dialog(m_db, m_dir.path(), first.roundId, first.siteId);
        dialog.show();
        auto *view = child<QTableView>(&dialog, "exerciseFindingsView");
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList ticked;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked)
                ticked.append(view->model()->index(row, 0).data().toString());
        }
        QVERIFY2(ticked.size() >= 3, qPrintable(ticked.join(u' ')));
        QVERIFY(view->model()->setData(view->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QTest::keyClicks(child<QLineEdit>(&dialog, "exerciseTitleEdit"), QStringLiteral("Demo round"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveExerciseButton"), Qt::LeftButton);
        QVERIFY(dialog.savedExerciseId() > 0);

        auto record = TrainingExerciseRepository(m_db).find(dialog.savedExerciseId());
        QVERIFY(record);
        QCOMPARE(record.value().title, QStringLiteral("Demo round"));
        QCOMPARE(record.value().source, ExerciseSource::Inspection);
        const QString folder = ExerciseLibrary(m_dir.path()).absolute(record.value().folder);
        auto exercise = Exercise::load(folder);
        QVERIFY(exercise);
        QCOMPARE(int(exercise.value().key.size()), int(ticked.size()) - 1);
        for (const ExerciseKeyEntry &e : exercise.value().key) {
            QVERIFY2(QFileInfo(QDir(folder).filePath(QStringLiteral("site") + e.page)).isFile() ||
                         QFileInfo(QDir(folder).filePath(QStringLiteral("site") + e.page +
                                                         QStringLiteral("/index.html")))
                             .isFile(),
                     qPrintable(e.page));
            QVERIFY(!e.evidenceFile.isEmpty());
            QVERIFY(QPixmap(QDir(folder).filePath(e.evidenceFile)).width() > 100);
        }
    }

    void cleanupTestCase() { m_controller.reset(); }
};

XJ_GUI_TEST_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
