// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Notice.h"

#include <QGroupBox>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace xj {

class Database;

/// The editable part of an issued rectification notice beside its preview: number (文号), date,
/// working days to the deadline (shown as a date by the office's holiday table) and this site's
/// requirements. "Save changes" stores them, so the next export writes the corrected notice.
/// Before a notice is issued it says which number it would get; numbers are assigned at export.
class NoticeFieldsEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeFieldsEditor)
public:
    NoticeFieldsEditor(const Database &database, const QString &dataDirectory, QWidget *parent = nullptr);

    /// `issued`: the stored notice, if any; `nextNumber`: what an export would number it otherwise.
    void showNotice(const std::optional<Notice> &issued, const QString &nextNumber,
                    const QString &standardRequirements);
    /// Stores the fields; false (after saying why) when they cannot be saved.
    bool save();
    /// The issued notice's number as stored; empty before it is issued.
    QString number() const { return m_notice ? m_notice->number : QString(); }

signals:
    /// The notice was changed in the database; the preview should be drawn again.
    void saved();

private:
    void updateDeadline();

    const Database &m_db;
    QString m_dataDirectory;
    std::optional<Notice> m_notice;
    QLabel *m_state;
    QWidget *m_fields;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QSpinBox *m_workingDays;
    QLabel *m_deadline;
    QPlainTextEdit *m_requirements;
    QPushButton *m_save;
    QDate m_deadlineDate;
};

} // namespace xj
