// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/NoticeFieldsEditor.h"

#include "common/ErrorDialog.h"
#include "report/ExportPlanner.h"
#include "storage/NoticeRepository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xj {

NoticeFieldsEditor::NoticeFieldsEditor(const Database &database, const QString &dataDirectory,
                                       QWidget *parent)
    : QGroupBox(tr("Notice"), parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_state(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_number(new QLineEdit(m_fields))
    , m_date(new QDateEdit(m_fields))
    , m_workingDays(new QSpinBox(m_fields))
    , m_deadline(new QLabel(m_fields))
    , m_requirements(new QPlainTextEdit(m_fields))
    , m_save(new QPushButton(tr("Save changes"), m_fields))
{
    setObjectName(QStringLiteral("noticeFields"));
    m_state->setObjectName(QStringLiteral("noticeStateLabel"));
    m_state->setWordWrap(true);
    m_number->setObjectName(QStringLiteral("noticeNumberEdit"));
    m_date->setObjectName(QStringLiteral("noticeDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_workingDays->setObjectName(QStringLiteral("noticeWorkingDaysSpin"));
    m_workingDays->setRange(1, 365);
    m_workingDays->setSuffix(tr(" working days"));
    m_deadline->setObjectName(QStringLiteral("noticeDeadlineLabel"));
    m_requirements->setObjectName(QStringLiteral("noticeRequirementsEdit"));
    m_requirements->setTabChangesFocus(true);
    m_requirements->setMinimumHeight(110);
    m_save->setObjectName(QStringLiteral("saveNoticeButton"));
    m_save->setToolTip(tr("Stores the number, dates and requirements of this notice and draws it again. "
                          "Export it again to send the corrected version."));

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("Issued on:"), m_date);
    form->addRow(tr("Time to rectify:"), m_workingDays);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(new QLabel(tr("Requirements for this site:"), m_fields));
    form->addRow(m_requirements);
    form->addRow(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_fields);
    layout->addStretch(1);

    connect(m_date, &QDateEdit::dateChanged, this, &NoticeFieldsEditor::updateDeadline);
    connect(m_workingDays, &QSpinBox::valueChanged, this, &NoticeFieldsEditor::updateDeadline);
    connect(m_save, &QPushButton::clicked, this, &NoticeFieldsEditor::save);
    showNotice(std::nullopt, QString(), QString());
}

void NoticeFieldsEditor::showNotice(const std::optional<Notice> &issued, const QString &nextNumber,
                                    const QString &standardRequirements)
{
    m_notice = issued;
    m_fields->setVisible(issued.has_value());
    if (!issued) {
        m_state->setText(nextNumber.isEmpty()
                             ? tr("Not issued yet.")
                             : tr("Not issued yet. It would get the number %1: numbers are assigned when the "
                                  "notice is exported, so looking at it uses none up.")
                                   .arg(nextNumber));
        return;
    }
    m_state->setText(tr("Issued. Changes here are printed the next time the notice is exported."));
    const QSignalBlocker dateBlocker(m_date);
    const QSignalBlocker daysBlocker(m_workingDays);
    m_number->setText(issued->number);
    m_date->setDate(issued->issuedOn);
    m_workingDays->setValue(issued->workingDays);
    m_requirements->setPlainText(issued->requirements);
    m_requirements->setPlaceholderText(
        tr("Empty: the office's standard requirements —\n%1").arg(standardRequirements));
    m_deadlineDate = issued->deadline;
    m_deadline->setText(m_deadlineDate.toString(QStringLiteral("yyyy-MM-dd")));
}

void NoticeFieldsEditor::updateDeadline()
{
    auto due = ExportPlanner::deadline(m_dataDirectory, m_date->date(), m_workingDays->value());
    if (!due) {
        m_deadlineDate = {};
        m_deadline->setText(due.error().message);
        return;
    }
    m_deadlineDate = due.value();
    m_deadline->setText(m_deadlineDate.toString(QStringLiteral("yyyy-MM-dd")));
}

bool NoticeFieldsEditor::save()
{
    if (!m_notice)
        return false;
    Notice notice = *m_notice;
    notice.number = m_number->text().trimmed();
    notice.issuedOn = m_date->date();
    notice.workingDays = m_workingDays->value();
    notice.deadline = m_deadlineDate;
    notice.requirements = m_requirements->toPlainText().trimmed();
    if (!notice.deadline.isValid()) {
        showError(this, tr("Save notice"),
                  Error{tr("The deadline cannot be worked out: %1").arg(m_deadline->text()), {}});
        return false;
    }
    if (Status s = NoticeRepository(m_db).update(notice); !s) {
        showError(this, tr("Save notice"), s.error());
        return false;
    }
    m_notice = notice;
    emit saved();
    return true;
}

} // namespace xj
