// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/NoticeSettingsDialog.h"

#include "common/ErrorDialog.h"
#include "storage/NoticeRepository.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xj {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

} // namespace

NoticeSettingsDialog::NoticeSettingsDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_office(lineEdit(this, "officeNameEdit"))
    , m_pattern(lineEdit(this, "numberPatternEdit"))
    , m_example(new QLabel(this))
    , m_error(new QLabel(this))
    , m_firstSerial(new QSpinBox(this))
    , m_workingDays(new QSpinBox(this))
    , m_contactPerson(lineEdit(this, "contactPersonEdit"))
    , m_contactPhone(lineEdit(this, "contactPhoneEdit"))
    , m_feedback(lineEdit(this, "feedbackMethodEdit"))
    , m_requirements(new QPlainTextEdit(this))
    , m_addressee(lineEdit(this, "reportAddresseeEdit"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("noticeSettingsDialog"));
    setWindowTitle(tr("Notice settings"));
    m_office->setPlaceholderText(tr("e.g. 安澜市人民政府办公室"));
    m_pattern->setToolTip(
        tr("{year} becomes the year of the notice, {n} its running number, {n:3} the number "
           "with three digits (007)."));
    m_example->setObjectName(QStringLiteral("numberExampleLabel"));
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();
    m_firstSerial->setObjectName(QStringLiteral("firstSerialSpin"));
    m_firstSerial->setRange(1, 99999);
    m_firstSerial->setToolTip(tr("Where this year's numbers start while no notice of the year has one yet."));
    m_workingDays->setObjectName(QStringLiteral("workingDaysSpin"));
    m_workingDays->setRange(1, 365);
    m_workingDays->setSuffix(tr(" working days"));
    m_requirements->setObjectName(QStringLiteral("standardRequirementsEdit"));
    m_requirements->setTabChangesFocus(true);
    m_requirements->setMinimumHeight(100);
    m_addressee->setPlaceholderText(tr("e.g. 各县（区）人民政府，市政府各部门："));
    m_buttons->setObjectName(QStringLiteral("noticeSettingsButtons"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Issuing office:"), m_office);
    form->addRow(tr("Number pattern:"), m_pattern);
    form->addRow(QString(), m_example);
    auto *hint = new QLabel(tr("{year}: the year of the notice · {n}: its running number · {n:3}: with three "
                               "digits (005)"),
                            this);
    hint->setObjectName(QStringLiteral("numberPatternHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    form->addRow(tr("First number of a year:"), m_firstSerial);
    form->addRow(tr("Time to rectify:"), m_workingDays);
    form->addRow(tr("Contact person:"), m_contactPerson);
    form->addRow(tr("Contact phone:"), m_contactPhone);
    form->addRow(tr("How units report back:"), m_feedback);
    form->addRow(tr("Standard requirements:"), m_requirements);
    form->addRow(tr("Round report addressed to:"), m_addressee);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoticeSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_office, &QLineEdit::textChanged, this, &NoticeSettingsDialog::validate);
    connect(m_pattern, &QLineEdit::textChanged, this, &NoticeSettingsDialog::validate);
    connect(m_firstSerial, &QSpinBox::valueChanged, this, &NoticeSettingsDialog::validate);
    load();
    resize(620, sizeHint().height());
}

void NoticeSettingsDialog::load()
{
    auto stored = NoticeRepository(m_db).settings();
    m_loaded = stored ? stored.value() : NoticeRepository::defaultSettings();
    m_office->setText(m_loaded.officeName);
    m_pattern->setText(m_loaded.numberPattern);
    m_firstSerial->setValue(m_loaded.firstSerial);
    m_workingDays->setValue(m_loaded.workingDays);
    m_contactPerson->setText(m_loaded.contactPerson);
    m_contactPhone->setText(m_loaded.contactPhone);
    m_feedback->setText(m_loaded.feedbackMethod);
    m_requirements->setPlainText(m_loaded.requirements);
    m_addressee->setText(m_loaded.addressee);
    validate();
    if (!stored) {
        m_error->setText(stored.error().message);
        m_error->show();
    }
}

NoticeSettings NoticeSettingsDialog::settings() const
{
    NoticeSettings s = m_loaded;
    s.officeName = m_office->text().trimmed();
    s.numberPattern = m_pattern->text().trimmed();
    s.firstSerial = m_firstSerial->value();
    s.workingDays = m_workingDays->value();
    s.contactPerson = m_contactPerson->text().trimmed();
    s.contactPhone = m_contactPhone->text().trimmed();
    s.feedbackMethod = m_feedback->text().trimmed();
    s.requirements = m_requirements->toPlainText().trimmed();
    s.addressee = m_addressee->text().trimmed();
    return s;
}

void NoticeSettingsDialog::validate()
{
    const NoticeSettings s = settings();
    QString problem;
    if (Status pattern = NoticeRepository::validatePattern(s.numberPattern); !pattern)
        problem = pattern.error().message;
    else if (s.officeName.isEmpty())
        problem = tr("Enter the name of your office: it heads every notice and signs it.");
    if (problem.isEmpty()) {
        // The number the next notice would get, counting the ones this year already has.
        const QDate today = QDate::currentDate();
        auto next = NoticeRepository(m_db).preview(0, 0, today, s, today);
        const QString number =
            next ? next.value().number
                 : NoticeRepository::formatNumber(s.numberPattern, today.year(), s.firstSerial);
        m_example->setText(tr("Next number: %1").arg(number));
    } else {
        m_example->setText(tr("Next number: —"));
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void NoticeSettingsDialog::accept()
{
    if (Status saved = NoticeRepository(m_db).saveSettings(settings()); !saved)
        return showError(this, windowTitle(), saved.error());
    QDialog::accept();
}

} // namespace xj
