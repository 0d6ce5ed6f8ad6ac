// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace xj {

class Database;
class DemoExerciseTask;

/// Makes a new exercise from the practice-site generator: the seed (the same seed and categories
/// give the same site, so an exercise can be made again), the problem categories to plant (those
/// the generator can plant), the number of article pages and a title. The site is generated on a
/// worker thread behind a progress dialog; the dialog closes once the exercise is in the library.
class NewDemoExerciseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewDemoExerciseDialog)
public:
    NewDemoExerciseDialog(const Database &database, const QString &dataFolder, QWidget *parent = nullptr);

    /// The new exercise's id once the dialog is accepted.
    qint64 exerciseId() const { return m_exerciseId; }
    QStringList checkedCategories() const;

public slots:
    /// Starts the generation, or says what to fix.
    void accept() override;
    void randomizeSeed();

private:
    void failed(const Error &error);

    DemoExerciseTask *m_task;
    QLineEdit *m_seed;
    QList<QCheckBox *> m_categories;
    QSpinBox *m_articlePages;
    QLineEdit *m_title;
    QLabel *m_problem;
    QPushButton *m_create;
    qint64 m_exerciseId = 0;
};

} // namespace xj
