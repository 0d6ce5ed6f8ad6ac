// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/StartExerciseDialog.h"

#include "common/ErrorDialog.h"
#include "training/DemoExerciseTask.h"
#include "training/TrainingAttempt.h"
#include "training/TrainingExerciseRepository.h"
#include "training/TrainingPlanStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xj {

StartExerciseDialog::StartExerciseDialog(const Database &database, const QString &dataFolder,
                                         const TrainingEnrollment &enrollment, QWidget *parent)
    : QDialog(parent)
    , m_enrollment(enrollment)
    , m_task(new DemoExerciseTask(database, dataFolder, this))
    , m_day(new QComboBox(this))
    , m_dayTitle(new QLabel(this))
    , m_exercise(new QComboBox(this))
    , m_hints(new QCheckBox(tr("Hints allowed"), this))
    , m_minutes(new QSpinBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
{
    setObjectName(QStringLiteral("startExerciseDialog"));
    setWindowTitle(tr("Start exercise for %1").arg(enrollment.person));
    auto *problem = new QLabel(this);
    problem->setWordWrap(true);
    if (auto plan = TrainingPlanStore(dataFolder).load())
        m_plan = plan.value();
    else
        problem->setText(plan.error().message);

    m_day->setObjectName(QStringLiteral("startDayCombo"));
    for (const TrainingPlanDay &day : std::as_const(m_plan.days))
        m_day->addItem(tr("Day %1: %2").arg(day.day).arg(day.title), day.day);
    m_day->addItem(tr("Extra practice (outside the plan)"), TrainingAttempt::ExtraPractice);
    m_dayTitle->setObjectName(QStringLiteral("startDayTitleLabel"));
    m_dayTitle->setWordWrap(true);

    m_exercise->setObjectName(QStringLiteral("startExerciseCombo"));
    m_exercise->addItem(tr("A new practice site for this day"), NewPracticeSite);
    if (auto exercises = TrainingExerciseRepository(database).all()) {
        for (const TrainingExerciseRecord &e : exercises.value())
            m_exercise->addItem(e.title, e.id);
    }
    m_exercise->setToolTip(
        tr("A new practice site is generated with the day's recipe and a random seed, so no "
           "two trainees get the same site."));
    m_hints->setObjectName(QStringLiteral("startHintsCheck"));
    m_hints->setToolTip(tr("The trainee may ask which page has a problem still to find."));
    m_minutes->setObjectName(QStringLiteral("startMinutesSpin"));
    m_minutes->setRange(0, TrainingPlan::MaximumMinutes);
    m_minutes->setSpecialValueText(tr("No limit"));
    m_minutes->setSuffix(tr(" min"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    form->addRow(m_dayTitle);
    form->addRow(tr("&Exercise:"), m_exercise);
    form->addRow(QString(), m_hints);
    form->addRow(tr("&Time limit:"), m_minutes);
    m_start->setObjectName(QStringLiteral("startButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &StartExerciseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_day, &QComboBox::currentIndexChanged, this, &StartExerciseDialog::dayChosen);
    connect(m_task, &DemoExerciseTask::created, this, &StartExerciseDialog::started);
    connect(m_task, &DemoExerciseTask::failed, this, [this](const Error &error) {
        m_start->setEnabled(true);
        showError(this, tr("Practice site not generated"), error);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    // The day's topics change the label's height; the dialog grows with it instead of overlapping.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    dayChosen();
    resize(560, sizeHint().height());
}

void StartExerciseDialog::dayChosen()
{
    const TrainingPlanDay *day = m_plan.day(m_day->currentData().toInt());
    const TrainingExerciseRecipe recipe = day ? day->exercise : TrainingExerciseRecipe{};
    m_dayTitle->setText(day ? QString(QStringLiteral("• ") + day->goals.join(QStringLiteral("\n• ")))
                            : tr("Practice outside the five days; it does not count for a day."));
    m_hints->setChecked(recipe.hintsAllowed);
    m_minutes->setValue(recipe.minutes);
}

void StartExerciseDialog::accept()
{
    if (m_task->isRunning())
        return;
    const qint64 exerciseId = m_exercise->currentData().toLongLong();
    if (exerciseId != NewPracticeSite) {
        started(exerciseId);
        return;
    }
    const TrainingPlanDay *day = m_plan.day(m_day->currentData().toInt());
    const TrainingExerciseRecipe recipe = day ? day->exercise : TrainingExerciseRecipe{};
    DemoExerciseRequest request;
    request.seed = DemoExerciseTask::randomSeed();
    request.categories = recipe.categories;
    request.articlePages = recipe.articlePages;
    request.asOf = QDate::currentDate();
    request.title =
        day ? tr("Day %1 practice for %2 (seed %3)").arg(day->day).arg(m_enrollment.person).arg(request.seed)
            : tr("Practice for %1 (seed %2)").arg(m_enrollment.person).arg(request.seed);
    m_start->setEnabled(false);
    m_task->start(request);
}

void StartExerciseDialog::started(qint64 exerciseId)
{
    m_start->setEnabled(true);
    emit startRequested(m_enrollment.id, m_day->currentData().toInt(), exerciseId, m_hints->isChecked(),
                        m_minutes->value());
    QDialog::accept();
}

} // namespace xj
