// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TraineeResultsDialog.h"

#include "training/CompletionRecordBuilder.h"
#include "training/TallyColumns.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingExerciseRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xj {

TraineeResultsDialog::TraineeResultsDialog(const Database &database, const TrainingEnrollment &enrollment,
                                           QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_continue(new QPushButton(tr("&Continue"), this))
{
    setObjectName(QStringLiteral("traineeResultsDialog"));
    setWindowTitle(tr("Results of %1").arg(enrollment.person));
    auto *status = new QLabel(this);
    status->setWordWrap(true);
    auto attempts = TrainingAttemptRepository(database).forEnrollment(enrollment.id);
    if (attempts)
        m_attempts = attempts.value();
    else
        status->setText(attempts.error().message);

    QStringList headers = {tr("Day"), tr("Exercise"), tr("Started"), tr("Submitted")};
    for (int figure = 0; figure < TallyColumns::Count; ++figure)
        headers.append(TallyColumns::header(figure));
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_attempts.size()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    TrainingExerciseRepository exercises(database);
    const QLocale locale;
    for (int row = 0; row < m_attempts.size(); ++row) {
        const TrainingAttempt &a = m_attempts.at(row);
        auto exercise = exercises.find(a.exerciseId);
        const bool done = a.isSubmitted();
        QStringList cells = {
            a.day == TrainingAttempt::ExtraPractice ? tr("Extra") : QString::number(a.day),
            exercise ? exercise.value().title : tr("(exercise removed)"),
            locale.toString(a.startedAt.toLocalTime(), QLocale::ShortFormat),
            done ? locale.toString(a.submittedAt.toLocalTime(), QLocale::ShortFormat) : tr("In progress"),
        };
        for (int figure = 0; figure < TallyColumns::Count; ++figure)
            cells.append(done ? TallyColumns::value(a.tally(), figure).toString() : QString());
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (m_attempts.isEmpty())
        status->setText(tr("%1 has not started an exercise yet.").arg(enrollment.person));

    m_open->setObjectName(QStringLiteral("resultsOpenButton"));
    m_open->setToolTip(tr("Shows the score: what was found, missed and wrongly flagged."));
    m_continue->setObjectName(QStringLiteral("resultsContinueButton"));
    m_continue->setToolTip(tr("Opens the attempt in the workbench so the trainee can go on with it."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_continue, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &TraineeResultsDialog::openSelected);
    connect(m_continue, &QPushButton::clicked, this, &TraineeResultsDialog::continueSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TraineeResultsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        const TrainingAttempt *a = selected();
        if (a && a->isSubmitted())
            openSelected();
        else if (a)
            continueSelected();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(status);
    layout->addWidget(buttons);
    resize(900, 360);
    updateButtons();
}

const TrainingAttempt *TraineeResultsDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_attempts.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_attempts.at(row);
}

void TraineeResultsDialog::updateButtons()
{
    const TrainingAttempt *a = selected();
    m_open->setEnabled(a && a->isSubmitted());
    m_continue->setEnabled(a && !a->isSubmitted());
}

void TraineeResultsDialog::openSelected()
{
    if (const TrainingAttempt *a = selected(); a && a->isSubmitted())
        emit resultRequested(a->id);
}

void TraineeResultsDialog::continueSelected()
{
    if (const TrainingAttempt *a = selected(); a && !a->isSubmitted()) {
        emit resumeRequested(a->id);
        accept();
    }
}

} // namespace xj
