// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingSession.h"

#include "core/DataDirectory.h"
#include "mainwindow/MainWindow.h"
#include "net/StaticFileServer.h"
#include "settings/UiSettings.h"
#include "storage/Database.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingSessionBar.h"
#include "training/TrainingWorkspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>

namespace xj {

TrainingSession::TrainingSession(const Database &officeDatabase, QString dataFolder, Setup setup,
                                 QObject *parent)
    : QObject(parent)
    , m_officeDb(officeDatabase)
    , m_dataFolder(std::move(dataFolder))
    , m_setup(std::move(setup))
{}

TrainingSession::~TrainingSession()
{
    if (m_window)
        m_window->removeEventFilter(this);
    // The workbench's pages go before the server that feeds them and the database it reads.
    m_window.reset();
    m_workspace.reset();
    m_server.reset();
}

Status TrainingSession::start()
{
    auto exercise = Exercise::load(m_setup.exerciseFolder);
    if (!exercise)
        return exercise.error();
    m_exercise = exercise.value();

    m_server =
        std::make_unique<StaticFileServer>(QDir(m_setup.exerciseFolder).filePath(Exercise::SiteFolder));
    if (Status s = m_server->listen(); !s)
        return s;

    const DataDirectory workspace(TrainingWorkspace::folder(m_dataFolder, m_setup.attemptId));
    if (Status s = workspace.ensureExists(); !s)
        return s;
    m_workspace = std::make_unique<Database>();
    if (Status s = m_workspace->open(workspace.databasePath()); !s)
        return s;
    auto ids = TrainingWorkspace::prepare(*m_workspace, m_exercise, m_server->baseUrl(), m_setup.unitName);
    if (!ids)
        return ids.error();
    {
        // Every finding and verdict of the attempt carries the trainee's name.
        UiSettings settings(workspace.uiStatePath());
        settings.setInspectorName(m_setup.traineeName);
        settings.setCurrentRoundId(ids.value().roundId);
        settings.setCurrentSiteId(ids.value().siteId);
        settings.sync();
    }

    m_window = std::make_unique<MainWindow>(workspace, *m_workspace);
    m_window->enterTrainingMode(m_setup.hintsAllowed);
    m_window->setWindowTitle(tr("Xunjian — training exercise: %1").arg(m_exercise.title));
    m_window->setServiceMessage(
        tr("Practice site as of %1, served on %2")
            .arg(QLocale().toString(m_exercise.asOf, QLocale::ShortFormat), m_server->baseUrl().toString()));
    m_bar = new TrainingSessionBar(m_exercise.title, m_setup.startedAt, m_setup.minutes, m_setup.hintsAllowed,
                                   m_window.get());
    m_window->addToolBarBreak();
    m_window->addToolBar(Qt::TopToolBarArea, m_bar);
    connect(m_bar, &TrainingSessionBar::submitRequested, this, &TrainingSession::askAndSubmit);
    connect(m_bar, &TrainingSessionBar::timeUp, this, &TrainingSession::submitWhenTimeIsUp);
    m_window->installEventFilter(this);
    m_window->show();
    return Status::success();
}

QUrl TrainingSession::siteUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

int TrainingSession::elapsedSeconds() const
{
    return m_bar ? m_bar->elapsedSeconds() : 0;
}

Result<TrainingScore> TrainingSession::submit()
{
    if (m_submitted)
        return Error{tr("This exercise has already been submitted."), {}};
    auto score = TrainingWorkspace::score(*m_workspace, m_exercise);
    if (!score)
        return score.error();
    if (Status s =
            TrainingAttemptRepository(m_officeDb).submit(m_setup.attemptId, elapsedSeconds(), score.value());
        !s)
        return s.error();
    m_submitted = true;
    m_window->close();
    emit submitted(m_setup.attemptId);
    return score;
}

void TrainingSession::askAndSubmit()
{
    QMessageBox box(QMessageBox::Question, tr("Submit findings"),
                    tr("Hand in your findings now? They are scored against the answer key and cannot be "
                       "changed afterwards."),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window.get());
    box.setObjectName(QStringLiteral("submitExerciseQuestion"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (auto done = submit(); !done)
        emit failed(done.error());
}

void TrainingSession::submitWhenTimeIsUp()
{
    m_window->statusBar()->showMessage(tr("Time is up: your findings are handed in."));
    if (auto done = submit(); !done)
        emit failed(done.error());
}

bool TrainingSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get() && event->type() == QEvent::Close && !m_submitted) {
        // Closing keeps the attempt open: the trainee continues it later from the training window.
        QMetaObject::invokeMethod(
            this, [this] { emit closed(m_setup.attemptId); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace xj
