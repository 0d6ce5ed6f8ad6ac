// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escalation/TrainingEnrollment.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace xj {

class Database;

/// The instructor's log of a trainee's five days: for each day, the plan's title, the date, whether
/// the trainee was present and a note, with the day's attempts and their found / missed / false
/// alarm counts beneath. Saving writes the five days in one transaction.
class DayLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayLogDialog)
public:
    DayLogDialog(const Database &database, const QString &dataFolder, const TrainingEnrollment &enrollment,
                 QWidget *parent = nullptr);

public slots:
    /// Saves and closes, or shows what went wrong and stays open.
    void accept() override;

private:
    struct DayRow
    {
        qint64 id = 0;
        QDateEdit *date = nullptr;
        QCheckBox *present = nullptr;
        QLineEdit *note = nullptr;
        QLabel *attempts = nullptr;
    };

    void load();
    /// The date of the day when none is logged: the start date, then working days.
    QDate plannedDate(int day) const;

    const Database &m_db;
    TrainingEnrollment m_enrollment;
    QList<DayRow> m_rows;
};

} // namespace xj
