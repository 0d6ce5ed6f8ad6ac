// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QDialog>

class QDateEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace xj {

class Database;

/// Records what a unit answered to a notice about one finding (已反馈): the day it arrived, its
/// text and the files it sent, which are copied into the evidence store. Saving moves the finding
/// to "feedback received"; a refusal (a file too large, one that cannot be read) keeps the dialog
/// open with everything entered.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)
public:
    FeedbackDialog(const Database &database, const QString &dataDirectory, const Finding &finding,
                   const QString &actor, QWidget *parent = nullptr);

    /// Adds files to the list (what "Add files…" does after its file dialog).
    void addAttachments(const QStringList &paths);
    QStringList attachments() const;
    /// The stored feedback once saved; 0 before.
    qint64 feedbackId() const { return m_feedbackId; }

private:
    void chooseFiles();
    void removeSelected();
    void save();

    const Database &m_db;
    QString m_dataDirectory;
    Finding m_finding;
    QString m_actor;
    QDateEdit *m_receivedOn;
    QPlainTextEdit *m_body;
    QListWidget *m_files;
    QPushButton *m_remove;
    qint64 m_feedbackId = 0;
};

} // namespace xj
