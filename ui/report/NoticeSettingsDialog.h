// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Notice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace xj {

class Database;

/// The office's standing details printed on every notice and report: its name, how notices are
/// numbered (with a live example of the next number), the deadline in working days, whom units
/// contact and how they report back, the standard requirements and the report's addressee. A
/// number pattern without a running number is refused on the spot, as two notices would share it.
class NoticeSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeSettingsDialog)
public:
    explicit NoticeSettingsDialog(const Database &database, QWidget *parent = nullptr);

    /// The settings as the form shows them.
    NoticeSettings settings() const;

public slots:
    void accept() override;

private:
    void load();
    void validate();

    const Database &m_db;
    NoticeSettings m_loaded;
    QLineEdit *m_office;
    QLineEdit *m_pattern;
    QLabel *m_example;
    QLabel *m_error;
    QSpinBox *m_firstSerial;
    QSpinBox *m_workingDays;
    QLineEdit *m_contactPerson;
    QLineEdit *m_contactPhone;
    QLineEdit *m_feedback;
    QPlainTextEdit *m_requirements;
    QLineEdit *m_addressee;
    QDialogButtonBox *m_buttons;
};

} // namespace xj
