// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: opens one window of the rectification lifecycle on a fresh demo workspace, so a person
// (or a screenshot) can look at it.
// `lifecycle_preview dashboard|recheck|escalation|overdue|training|exercise|result [DATA_DIR]`.
// The re-check, escalation and overdue windows show the demo's previous round, which has been
// through notices, feedback and re-checks. The training ones enrol a trainee and generate a practice
// site first; `exercise` opens the trainee's workbench on it, `result` the score of handing it in.
#include "app/GuiStartup.h"
#include "core/Translations.h"
#include "demo/DemoSiteHost.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "findings/FindingsPanel.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "training/DemoExerciseBuilder.h"
#include "training/ExerciseLibrary.h"
#include "training/TrainingController.h"
#include "training/TrainingSession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace xj;

namespace {
// A trainee and a practice site of typos, time travel and personal data (day 3 of the plan).
std::pair<qint64, qint64> trainingSetUp(const Database &db, const QString &dataFolder)
{
    TrainingEnrollment person;
    person.person = QStringLiteral("王晓梅");
    person.phone = QStringLiteral("13800001234");
    person.startDate = QDate::currentDate();
    const qint64 enrollment = TrainingEnrollmentRepository(db).enroll(person).value();
    const ExerciseLibrary library(dataFolder);
    DemoExerciseRequest request;
    request.seed = 20261127;
    request.categories = {QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P09")};
    request.asOf = QDate::currentDate();
    const QString work = library.newWorkFolder();
    if (!DemoExerciseBuilder::build(request, work))
        return {enrollment, 0};
    auto exercise = library.add(db, work);
    return {enrollment, exercise ? exercise.value() : 0};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    installTranslations(languageFromEnvironment(),
                        {QStringLiteral("xunjian_core"), QStringLiteral("xunjian_ui")});
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("dashboard");
    QTemporaryDir temporary;
    const DataDirectory data(argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path());
    Database db;
    if (!GuiStartup::openWorkspace(data, db, true))
        return 1;
    DemoSiteHost host;
    GuiStartup::serveDemoSites(db, host);
    if (!GuiStartup::captureDemoEvidence(db, data, false))
        return 1;
    MainWindow window(data, db);
    window.resize(1400, 900);
    window.show();
    // The demo's peer-audit team sent its result for the current round, which the workbench opens on.
    const bool peerAudit = what == QLatin1String("compare") || what == QLatin1String("agreement");
    if (what != QLatin1String("dashboard") && !peerAudit) {
        auto *rounds = window.findChild<QComboBox *>(QStringLiteral("roundSelector"));
        rounds->setCurrentIndex(rounds->count() - 1);
    }
    if (what == QLatin1String("exercise") || what == QLatin1String("result")) {
        const auto [enrollment, exercise] = trainingSetUp(db, data.path());
        TrainingController *training = window.trainingController();
        training->startAttempt(enrollment, 3, exercise, false, 90);
        if (what == QLatin1String("result"))
            QTimer::singleShot(3000, training, [training] {
                // Three of the key's problems found as a trainee would quote them, one false alarm.
                TrainingSession *session = training->session();
                const QList<ExerciseKeyEntry> key = session->exercise().key;
                for (int i = 0; i < key.size(); i += 3) {
                    Finding f = session->window()->findingsPanel()->newFinding();
                    f.itemCode = key.at(i).itemCode;
                    f.url = session->siteUrl().resolved(QUrl(key.at(i).page.mid(1))).toString();
                    f.description = key.at(i).text;
                    FindingRepository(session->workspace()).create(f);
                }
                Finding wrong = session->window()->findingsPanel()->newFinding();
                wrong.itemCode = key.first().itemCode;
                wrong.url = session->siteUrl().toString();
                wrong.description = QStringLiteral("首页图片模糊");
                FindingRepository(session->workspace()).create(wrong);
                session->submit();
            });
        return app.exec();
    }
    if (what == QLatin1String("training"))
        trainingSetUp(db, data.path());
    const QString action = what == QLatin1String("recheck")      ? QStringLiteral("recheckAllAction")
                           : what == QLatin1String("training")   ? QStringLiteral("trainingOverviewAction")
                           : what == QLatin1String("escalation") ? QStringLiteral("escalationAction")
                           : what == QLatin1String("overdue")    ? QStringLiteral("overdueFindingsAction")
                           : what == QLatin1String("compare")    ? QStringLiteral("compareAction")
                           : what == QLatin1String("agreement")  ? QStringLiteral("statisticsAction")
                                                                 : QStringLiteral("dashboardAction");
    QTimer::singleShot(500, &window, [&window, action] {
        if (auto *a = window.findChild<QAction *>(action))
            a->trigger();
    });
    return app.exec();
}
