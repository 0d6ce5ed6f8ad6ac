// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingSessionBar.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace xj {

namespace {
QString clock(int seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

TrainingSessionBar::TrainingSessionBar(const QString &title, QDateTime startedAt, int minutes,
                                       bool hintsAllowed, QWidget *parent)
    : QToolBar(tr("Training exercise"), parent)
    , m_startedAt(std::move(startedAt))
    , m_minutes(minutes)
    , m_time(new QLabel(this))
    , m_submit(new QPushButton(tr("Submit findings"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingSessionBar"));
    setMovable(false);
    auto *caption = new QLabel(tr("Exercise: %1").arg(title), this);
    caption->setObjectName(QStringLiteral("trainingExerciseLabel"));
    caption->setStyleSheet(QStringLiteral("font-weight: bold; margin: 0 12px;"));
    addWidget(caption);
    auto *hints = new QLabel(hintsAllowed ? tr("Hints: the automated checks' candidates are shown")
                                          : tr("No hints: find the problems yourself"),
                             this);
    hints->setObjectName(QStringLiteral("trainingHintsLabel"));
    hints->setStyleSheet(QStringLiteral("margin: 0 12px;"));
    addWidget(hints);
    m_time->setObjectName(QStringLiteral("trainingTimeLabel"));
    m_time->setStyleSheet(QStringLiteral("margin: 0 12px;"));
    addWidget(m_time);
    m_submit->setObjectName(QStringLiteral("submitExerciseButton"));
    m_submit->setToolTip(tr("Hand in your findings: they are scored against the answer key and "
                            "cannot be changed afterwards."));
    addWidget(m_submit);
    connect(m_submit, &QPushButton::clicked, this, &TrainingSessionBar::submitRequested);
    connect(m_timer, &QTimer::timeout, this, &TrainingSessionBar::tick);
    m_timer->start(1000);
    // The first tick comes from the timer, after the session has connected timeUp: an exercise
    // continued after its time is up is handed in then.
    m_time->setText(timeText());
}

int TrainingSessionBar::elapsedSeconds() const
{
    return int(qMax<qint64>(0, m_startedAt.secsTo(QDateTime::currentDateTimeUtc())));
}

QString TrainingSessionBar::timeText() const
{
    const int used = elapsedSeconds();
    if (m_minutes <= 0)
        return tr("Time used %1").arg(clock(used));
    return tr("Time used %1 · left %2").arg(clock(used), clock(qMax(0, m_minutes * 60 - used)));
}

void TrainingSessionBar::tick()
{
    m_time->setText(timeText());
    if (m_minutes > 0 && elapsedSeconds() >= m_minutes * 60 && !m_timeUpSent) {
        m_timeUpSent = true;
        m_timer->stop();
        emit timeUp();
    }
}

} // namespace xj
