// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "escalation/TrainingEnrollment.h"
#include "model/Site.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace xj {

class Database;

/// Enrols a person in the five-day remedial training by hand (not through escalation), or edits
/// an enrolment: name, phone, host unit (one of the registry's, or a new one typed in, which is
/// then added to the registry), site and start date. Picking a site fills in its unit and, when
/// still empty, its person in charge and phone. Saving is one transaction.
class EnrollTraineeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollTraineeDialog)
public:
    explicit EnrollTraineeDialog(const Database &database, QWidget *parent = nullptr);

    /// Edits this enrolment instead of adding one.
    void setEnrollment(const TrainingEnrollment &enrollment);
    /// The saved enrolment's id, after accept().
    qint64 enrollmentId() const { return m_enrollment.id; }

public slots:
    /// Saves and closes, or says what to fix and stays open.
    void accept() override;

private:
    void fillSites();
    void siteChosen();
    Status save();

    const Database &m_db;
    TrainingEnrollment m_enrollment;
    QList<Site> m_sites;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_unit;
    QComboBox *m_site;
    QDateEdit *m_startDate;
    QLabel *m_problem;
};

} // namespace xj
