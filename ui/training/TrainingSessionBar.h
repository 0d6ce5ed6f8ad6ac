// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QToolBar>

class QLabel;
class QPushButton;
class QTimer;

namespace xj {

/// The trainee's tool bar: which exercise, the time used and left, whether hints are on, and
/// Submit. It says once when the time is up; the session then submits what was marked.
class TrainingSessionBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingSessionBar)
public:
    TrainingSessionBar(const QString &title, QDateTime startedAt, int minutes, bool hintsAllowed,
                       QWidget *parent = nullptr);

    int elapsedSeconds() const;
    QString timeText() const;

signals:
    void submitRequested();
    void timeUp();

private:
    void tick();

    QDateTime m_startedAt;
    int m_minutes;
    QLabel *m_time;
    QPushButton *m_submit;
    QTimer *m_timer;
    bool m_timeUpSent = false;
};

} // namespace xj
