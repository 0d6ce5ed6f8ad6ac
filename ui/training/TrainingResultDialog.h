// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Exercise.h"
#include "training/TrainingScore.h"

#include <QDialog>

class QLabel;
class QTableView;
class QWebEngineProfile;

namespace xj {

class TrainingOutcomeModel;
class TrainingTallyModel;

/// What the trainee sees after submitting: how many of the key's problems they found, what they
/// missed and what they flagged wrongly, per category and overall, and the way into the review of
/// every missed problem.
class TrainingResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingResultDialog)
public:
    TrainingResultDialog(const TrainingScore &score, Exercise exercise, QString exerciseFolder,
                         QWebEngineProfile *profile, QWidget *parent = nullptr);

    /// "Found 5 of 8 problems …", also used by the instructor's overview.
    static QString summary(const TrainingTally &overall);

public slots:
    void reviewMisses();

private:
    TrainingScore m_score;
    Exercise m_exercise;
    QString m_exerciseFolder;
    QWebEngineProfile *m_profile;
    TrainingTallyModel *m_tallies;
    TrainingOutcomeModel *m_outcomes;
};

} // namespace xj
