// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/DayLogDialog.h"

#include "common/ErrorDialog.h"
#include "storage/Transaction.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingDayLogRepository.h"
#include "training/TrainingExerciseRepository.h"
#include "training/TrainingPlanStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace xj {

DayLogDialog::DayLogDialog(const Database &database, const QString &dataFolder,
                           const TrainingEnrollment &enrollment, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_enrollment(enrollment)
{
    setObjectName(QStringLiteral("dayLogDialog"));
    setWindowTitle(tr("Day log of %1").arg(enrollment.person));
    auto planned = TrainingPlanStore(dataFolder).load();
    const TrainingPlan plan = planned ? planned.value() : TrainingPlan{};

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Day</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Date</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Present</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Note</b>"), this), 0, 3);
    for (int day = TrainingDayLogRepository::FirstDay; day <= TrainingDayLogRepository::LastDay; ++day) {
        const QString suffix = QString::number(day);
        const TrainingPlanDay *planDay = plan.day(day);
        const QString title = planDay ? planDay->title : QString();
        DayRow row;
        row.date = new QDateEdit(plannedDate(day), this);
        row.date->setObjectName(QStringLiteral("dayLogDate") + suffix);
        row.date->setCalendarPopup(true);
        row.date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        row.present = new QCheckBox(tr("Present"), this);
        row.present->setObjectName(QStringLiteral("dayLogPresent") + suffix);
        row.note = new QLineEdit(this);
        row.note->setObjectName(QStringLiteral("dayLogNote") + suffix);
        row.note->setPlaceholderText(tr("What the trainee did, what to repeat"));
        row.attempts = new QLabel(this);
        row.attempts->setObjectName(QStringLiteral("dayLogAttempts") + suffix);
        row.attempts->setWordWrap(true);
        row.attempts->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
        const int line = 2 * day - 1;
        grid->addWidget(new QLabel(tr("Day %1: %2").arg(day).arg(title), this), line, 0);
        grid->addWidget(row.date, line, 1);
        grid->addWidget(row.present, line, 2);
        grid->addWidget(row.note, line, 3);
        grid->addWidget(row.attempts, line + 1, 0, 1, 4);
        m_rows.append(row);
    }
    grid->setColumnStretch(3, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("dayLogSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DayLogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(820, sizeHint().height());
    load();
}

QDate DayLogDialog::plannedDate(int day) const
{
    QDate date = m_enrollment.startDate.isValid() ? m_enrollment.startDate : QDate::currentDate();
    for (int d = 1; d < day; ++d) {
        date = date.addDays(1);
        while (date.dayOfWeek() > 5)
            date = date.addDays(1);
    }
    return date;
}

void DayLogDialog::load()
{
    if (auto logged = TrainingDayLogRepository(m_db).forEnrollment(m_enrollment.id)) {
        for (const TrainingDayEntry &entry : logged.value()) {
            if (entry.day < 1 || entry.day > m_rows.size())
                continue;
            DayRow &row = m_rows[entry.day - 1];
            row.id = entry.id;
            if (entry.date.isValid())
                row.date->setDate(entry.date);
            row.present->setChecked(entry.present);
            row.note->setText(entry.note);
        }
    }
    auto attempts = TrainingAttemptRepository(m_db).forEnrollment(m_enrollment.id);
    if (!attempts)
        return;
    TrainingExerciseRepository exercises(m_db);
    QList<QStringList> lines(m_rows.size());
    for (const TrainingAttempt &a : attempts.value()) {
        if (a.day < 1 || a.day > m_rows.size())
            continue;
        auto exercise = exercises.find(a.exerciseId);
        const QString title = exercise ? exercise.value().title : tr("(exercise removed)");
        lines[a.day - 1].append(a.isSubmitted() ? tr("%1: found %2, missed %3, false alarms %4")
                                                      .arg(title)
                                                      .arg(a.hits)
                                                      .arg(a.misses)
                                                      .arg(a.falseAlarms)
                                                : tr("%1: in progress").arg(title));
    }
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].attempts->setText(lines.at(i).isEmpty() ? tr("No attempt on this day.")
                                                          : lines.at(i).join(QLatin1Char('\n')));
}

void DayLogDialog::accept()
{
    TrainingDayLogRepository repository(m_db);
    Status saved = withTransaction(m_db, [&]() -> Status {
        for (int i = 0; i < m_rows.size(); ++i) {
            const DayRow &row = m_rows.at(i);
            TrainingDayEntry entry{row.id,           m_enrollment.id,          i + 1,
                                   row.date->date(), row.present->isChecked(), row.note->text().trimmed()};
            if (auto id = repository.save(entry); !id)
                return id.error();
        }
        return {};
    });
    if (!saved) {
        showError(this, tr("Day log not saved"), saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace xj
