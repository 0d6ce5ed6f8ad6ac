// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingController.h"

#include "common/ErrorDialog.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "findings/FindingsPanel.h"
#include "mainwindow/MainWindow.h"
#include "storage/UnitRepository.h"
#include "training/SaveExerciseDialog.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingExerciseRepository.h"
#include "training/TrainingOverviewWindow.h"
#include "training/TrainingResultDialog.h"
#include "training/TrainingSession.h"
#include "training/TrainingWorkspace.h"

#include <QDir>
#include <QMenu>

namespace xj {

TrainingController::TrainingController(const Database &database, QString dataFolder, FindingsPanel *findings,
                                       QWebEngineProfile *profile, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataFolder(std::move(dataFolder))
    , m_findings(findings)
    , m_profile(profile)
    , m_window(window)
    , m_menu(new QMenu(tr("T&raining"), window))
{
    m_menu->setObjectName(QStringLiteral("trainingMenu"));
    m_menu->addAction(tr("Remedial training…"), this, &TrainingController::openOverview)
        ->setObjectName(QStringLiteral("trainingOverviewAction"));
    m_menu->addAction(tr("Save findings as exercise…"), this, &TrainingController::saveFindingsAsExercise)
        ->setObjectName(QStringLiteral("saveAsExerciseAction"));
}

TrainingController::~TrainingController()
{
    // Their pages must go before the window's web profile, which the window deletes first.
    delete m_result;
    delete m_overview;
    m_session.reset();
}

TrainingOverviewWindow *TrainingController::overview() const
{
    return m_overview;
}

TrainingResultDialog *TrainingController::resultDialog() const
{
    return m_result;
}

QString TrainingController::exerciseFolder(const QString &relative) const
{
    return QDir(m_dataFolder).filePath(relative);
}

void TrainingController::openOverview()
{
    if (!m_overview) {
        m_overview = new TrainingOverviewWindow(m_db, m_dataFolder, m_window);
        m_overview->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overview, &TrainingOverviewWindow::startRequested, this, &TrainingController::startAttempt);
        connect(m_overview, &TrainingOverviewWindow::resumeRequested, this,
                &TrainingController::resumeAttempt);
        connect(m_overview, &TrainingOverviewWindow::resultRequested, this, &TrainingController::showResult);
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
}

void TrainingController::saveFindingsAsExercise()
{
    SaveExerciseDialog dialog(m_db, m_dataFolder, m_findings->roundId(), m_findings->siteId(), m_window);
    if (dialog.exec() == QDialog::Accepted && m_overview)
        m_overview->reload();
}

void TrainingController::startAttempt(qint64 enrollmentId, int day, qint64 exerciseId, bool hintsAllowed,
                                      int minutes)
{
    if (m_session)
        return openSession({}); // brings the open one forward and says so
    auto exercise = TrainingExerciseRepository(m_db).find(exerciseId);
    if (!exercise)
        return showError(m_window, tr("Start exercise"), exercise.error());
    // A damaged exercise is refused before an attempt is recorded for it.
    if (auto loaded = Exercise::load(exerciseFolder(exercise.value().folder)); !loaded)
        return showError(m_window, tr("Start exercise"), loaded.error());
    TrainingAttempt attempt;
    attempt.enrollmentId = enrollmentId;
    attempt.exerciseId = exerciseId;
    attempt.day = day;
    attempt.hintsAllowed = hintsAllowed;
    attempt.timeLimitMinutes = minutes;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    TrainingAttemptRepository attempts(m_db);
    auto id = attempts.start(attempt);
    if (!id)
        return showError(m_window, tr("Start exercise"), id.error());
    attempt.id = id.value();
    attempt.workspace = TrainingWorkspace::relativeFolder(attempt.id);
    if (Status s = attempts.setWorkspace(attempt.id, attempt.workspace); !s)
        return showError(m_window, tr("Start exercise"), s.error());
    if (auto enrollment = TrainingEnrollmentRepository(m_db).find(enrollmentId);
        enrollment && enrollment.value().status == TrainingStatus::Enrolled)
        TrainingEnrollmentRepository(m_db).setStatus(enrollmentId, TrainingStatus::InTraining);
    openSession(attempt);
}

void TrainingController::resumeAttempt(qint64 attemptId)
{
    auto attempt = TrainingAttemptRepository(m_db).find(attemptId);
    if (!attempt)
        return showError(m_window, tr("Continue exercise"), attempt.error());
    if (attempt.value().isSubmitted())
        return showResult(attemptId);
    openSession(attempt.value());
}

void TrainingController::openSession(const TrainingAttempt &attempt)
{
    if (m_session) {
        m_session->window()->raise();
        m_session->window()->activateWindow();
        return showError(m_window, tr("Training exercise"),
                         Error{tr("An exercise is already open. Submit it or close its window first."), {}});
    }
    auto exercise = TrainingExerciseRepository(m_db).find(attempt.exerciseId);
    auto enrollment = TrainingEnrollmentRepository(m_db).find(attempt.enrollmentId);
    if (!exercise)
        return showError(m_window, tr("Training exercise"), exercise.error());
    if (!enrollment)
        return showError(m_window, tr("Training exercise"), enrollment.error());
    TrainingSession::Setup setup;
    setup.attemptId = attempt.id;
    setup.exerciseFolder = exerciseFolder(exercise.value().folder);
    setup.traineeName = enrollment.value().person;
    if (auto unit = UnitRepository(m_db).get(enrollment.value().unitId); unit)
        setup.unitName = unit.value().name;
    setup.day = attempt.day;
    setup.startedAt = attempt.startedAt;
    setup.minutes = attempt.timeLimitMinutes;
    setup.hintsAllowed = attempt.hintsAllowed;
    m_session = std::make_unique<TrainingSession>(m_db, m_dataFolder, setup);
    connect(m_session.get(), &TrainingSession::submitted, this, [this](qint64 attemptId) {
        endSession();
        showResult(attemptId);
    });
    connect(m_session.get(), &TrainingSession::closed, this, [this] { endSession(); });
    connect(m_session.get(), &TrainingSession::failed, this, [this](const Error &error) {
        showError(m_session ? m_session->window() : m_window, tr("Submit findings"), error);
    });
    if (Status s = m_session->start(); !s) {
        m_session.reset();
        return showError(m_window, tr("Training exercise"), s.error());
    }
}

void TrainingController::endSession()
{
    // Deleted from the event loop: the signal that ends it is still being delivered by it.
    if (TrainingSession *session = m_session.release())
        session->deleteLater();
    if (m_overview)
        m_overview->reload();
}

void TrainingController::showResult(qint64 attemptId)
{
    auto attempt = TrainingAttemptRepository(m_db).find(attemptId);
    if (!attempt)
        return showError(m_window, tr("Exercise result"), attempt.error());
    auto score = TrainingAttemptRepository(m_db).score(attemptId);
    if (!score)
        return showError(m_window, tr("Exercise result"), score.error());
    auto record = TrainingExerciseRepository(m_db).find(attempt.value().exerciseId);
    if (!record)
        return showError(m_window, tr("Exercise result"), record.error());
    const QString folder = exerciseFolder(record.value().folder);
    auto exercise = Exercise::load(folder);
    if (!exercise)
        return showError(m_window, tr("Exercise result"), exercise.error());
    if (m_result)
        m_result->close();
    m_result = new TrainingResultDialog(score.value(), exercise.value(), folder, m_profile, m_window);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    m_result->show();
}

} // namespace xj
