// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/EnrollTraineeDialog.h"

#include "escalation/TrainingEnrollmentRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace xj {

EnrollTraineeDialog::EnrollTraineeDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_startDate(new QDateEdit(QDate::currentDate().addDays(1), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("enrollTraineeDialog"));
    setWindowTitle(tr("Enrol trainee"));
    m_name->setObjectName(QStringLiteral("enrollNameEdit"));
    m_phone->setObjectName(QStringLiteral("enrollPhoneEdit"));
    m_unit->setObjectName(QStringLiteral("enrollUnitCombo"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->setToolTip(tr("The trainee's host unit. A unit that is not in the registry yet is added to it."));
    m_site->setObjectName(QStringLiteral("enrollSiteCombo"));
    m_site->setToolTip(tr("The site whose problems the trainee is responsible for; may be left empty."));
    m_startDate->setObjectName(QStringLiteral("enrollStartDate"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_problem->setObjectName(QStringLiteral("enrollProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    if (auto units = UnitRepository(m_db).all()) {
        m_unit->addItem(QString(), qint64(0));
        for (const Unit &u : units.value())
            m_unit->addItem(u.name, u.id);
    }
    if (auto sites = SiteRepository(m_db).all())
        m_sites = sites.value();
    fillSites();
    connect(m_unit, &QComboBox::currentTextChanged, this, &EnrollTraineeDialog::fillSites);
    connect(m_site, &QComboBox::activated, this, &EnrollTraineeDialog::siteChosen);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Host &unit:"), m_unit);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Training starts on:"), m_startDate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("enrollButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("enrollOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollTraineeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void EnrollTraineeDialog::setEnrollment(const TrainingEnrollment &enrollment)
{
    m_enrollment = enrollment;
    setWindowTitle(tr("Edit trainee"));
    m_name->setText(enrollment.person);
    m_phone->setText(enrollment.phone);
    const int unitRow = m_unit->findData(enrollment.unitId);
    m_unit->setCurrentIndex(enrollment.unitId > 0 && unitRow >= 0 ? unitRow : 0);
    fillSites();
    const int siteRow = m_site->findData(enrollment.siteId);
    m_site->setCurrentIndex(siteRow >= 0 ? siteRow : 0);
    if (enrollment.startDate.isValid())
        m_startDate->setDate(enrollment.startDate);
}

/// The sites of the chosen unit (all sites while no registry unit is chosen), so the list stays short.
void EnrollTraineeDialog::fillSites()
{
    const qint64 current = m_site->currentData().toLongLong();
    const int unitRow = m_unit->findText(m_unit->currentText().trimmed());
    const qint64 unitId = unitRow > 0 ? m_unit->itemData(unitRow).toLongLong() : 0;
    m_site->clear();
    m_site->addItem(tr("(no site)"), qint64(0));
    for (const Site &s : std::as_const(m_sites)) {
        if (unitId == 0 || s.unitId == unitId)
            m_site->addItem(s.name, s.id);
    }
    const int row = m_site->findData(current);
    m_site->setCurrentIndex(row >= 0 ? row : 0);
}

void EnrollTraineeDialog::siteChosen()
{
    const qint64 siteId = m_site->currentData().toLongLong();
    for (const Site &s : std::as_const(m_sites)) {
        if (s.id != siteId)
            continue;
        const int unitRow = m_unit->findData(s.unitId);
        if (unitRow > 0 && m_unit->currentIndex() != unitRow) {
            m_unit->setCurrentIndex(unitRow);
            m_site->setCurrentIndex(m_site->findData(siteId));
        }
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(s.personInCharge);
        if (m_phone->text().trimmed().isEmpty())
            m_phone->setText(s.phone);
    }
}

Status EnrollTraineeDialog::save()
{
    TrainingEnrollment e = m_enrollment;
    e.person = m_name->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.siteId = m_site->currentData().toLongLong();
    e.startDate = m_startDate->date();
    if (e.person.isEmpty())
        return Error{tr("Type the name of the person to train."), {}};
    const QString unitName = m_unit->currentText().trimmed();
    auto saved = withTransaction(m_db, [&]() -> Result<qint64> {
        e.unitId = 0;
        if (!unitName.isEmpty()) {
            auto unit = UnitRepository(m_db).findOrCreate(unitName);
            if (!unit)
                return unit.error();
            e.unitId = unit.value();
        }
        TrainingEnrollmentRepository repository(m_db);
        if (e.id > 0) {
            if (Status s = repository.update(e); !s)
                return s.error();
            return e.id;
        }
        return repository.enroll(e);
    });
    if (!saved)
        return saved.error();
    e.id = saved.value();
    m_enrollment = e;
    return {};
}

void EnrollTraineeDialog::accept()
{
    if (Status s = save(); !s) {
        m_problem->setText(s.error().detail.isEmpty()
                               ? s.error().message
                               : s.error().message + QLatin1Char('\n') + s.error().detail);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace xj
