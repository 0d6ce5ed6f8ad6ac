// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QWebEngineProfile;
class QWidget;

namespace xj {

class Database;
class FindingsPanel;
class TrainingOverviewWindow;
class TrainingResultDialog;
class TrainingSession;
struct TrainingAttempt;

/// The Training menu of the office's workbench: the instructor's window, exercises saved from the
/// round's findings, and the trainee's sessions it starts — one at a time — with their results.
class TrainingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingController)
public:
    TrainingController(const Database &database, QString dataFolder, FindingsPanel *findings,
                       QWebEngineProfile *profile, QWidget *window);
    ~TrainingController() override;

    QMenu *menu() const { return m_menu; }
    TrainingOverviewWindow *overview() const;
    TrainingSession *session() const { return m_session.get(); }
    TrainingResultDialog *resultDialog() const;

public slots:
    void openOverview();
    void saveFindingsAsExercise();
    void startAttempt(qint64 enrollmentId, int day, qint64 exerciseId, bool hintsAllowed, int minutes);
    void resumeAttempt(qint64 attemptId);
    void showResult(qint64 attemptId);

private:
    void openSession(const TrainingAttempt &attempt);
    void endSession();
    /// The exercise folder of an exercise of the library, absolute.
    QString exerciseFolder(const QString &relative) const;

    const Database &m_db;
    QString m_dataFolder;
    FindingsPanel *m_findings;
    QWebEngineProfile *m_profile;
    QWidget *m_window;
    QMenu *m_menu;
    QPointer<TrainingOverviewWindow> m_overview;
    QPointer<TrainingResultDialog> m_result;
    std::unique_ptr<TrainingSession> m_session;
};

} // namespace xj
