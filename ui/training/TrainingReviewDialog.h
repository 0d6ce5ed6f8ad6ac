// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Exercise.h"
#include "training/TrainingScore.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListView;
class QStringListModel;
class QWebEngineProfile;
class QWebEngineView;

namespace xj {

class StaticFileServer;

/// Walks the trainee through every problem they missed: the answer key's description and picture
/// on the left, the archived page on the right with the problem's text highlighted, so the trainee
/// sees where it was and what it looked like.
class TrainingReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingReviewDialog)
public:
    TrainingReviewDialog(Exercise exercise, QString exerciseFolder, QList<TrainingOutcome> misses,
                         QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~TrainingReviewDialog() override;

    int currentMiss() const { return m_current; }
    QWebEngineView *pageView() const { return m_page; }

public slots:
    void showMiss(int index);

private:
    const ExerciseKeyEntry *keyEntry(const QString &id) const;
    void highlight();
    /// Highlights the first of `texts` the page shows.
    void findFirst(QStringList texts);

    Exercise m_exercise;
    QString m_exerciseFolder;
    QList<TrainingOutcome> m_misses;
    std::unique_ptr<StaticFileServer> m_server;
    QStringListModel *m_list;
    QListView *m_listView;
    QLabel *m_details;
    QLabel *m_picture;
    QLabel *m_position;
    QWebEngineView *m_page;
    int m_current = -1;
};

} // namespace xj
