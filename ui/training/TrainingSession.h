// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/Exercise.h"
#include "training/TrainingScore.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>

namespace xj {

class Database;
class MainWindow;
class StaticFileServer;
class TrainingSessionBar;

/// A trainee's attempt at an exercise while it is open: the archived site served on 127.0.0.1,
/// the attempt's own workspace (database and evidence), and the normal workbench on it in training
/// mode with a timer and a Submit button. Submitting scores the trainee's findings against the key
/// and stores the score with the attempt in the office's database.
class TrainingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingSession)
public:
    struct Setup
    {
        qint64 attemptId = 0;
        QString exerciseFolder; ///< absolute
        QString traineeName;
        QString unitName;
        int day = 0;
        QDateTime startedAt;
        int minutes = 0; ///< time limit; 0: none
        bool hintsAllowed = false;
    };

    TrainingSession(const Database &officeDatabase, QString dataFolder, Setup setup,
                    QObject *parent = nullptr);
    ~TrainingSession() override;

    /// Loads the exercise, serves its site, opens the workspace and shows the workbench.
    Status start();
    MainWindow *window() const { return m_window.get(); }
    TrainingSessionBar *bar() const { return m_bar; }
    /// The attempt's own database (the trainee's findings); valid once started.
    const Database &workspace() const { return *m_workspace; }
    const Exercise &exercise() const { return m_exercise; }
    qint64 attemptId() const { return m_setup.attemptId; }
    /// Where the exercise's site is served while the session is open.
    QUrl siteUrl() const;

    /// Scores and stores the attempt and closes the workbench; the error says what to do.
    Result<TrainingScore> submit();

signals:
    void submitted(qint64 attemptId);
    /// The trainee closed the workbench without submitting; the attempt stays open to continue.
    void closed(qint64 attemptId);
    void failed(const xj::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askAndSubmit();
    void submitWhenTimeIsUp();
    int elapsedSeconds() const;

    const Database &m_officeDb;
    QString m_dataFolder;
    Setup m_setup;
    Exercise m_exercise;
    std::unique_ptr<StaticFileServer> m_server;
    std::unique_ptr<Database> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    TrainingSessionBar *m_bar = nullptr;
    bool m_submitted = false;
};

} // namespace xj
