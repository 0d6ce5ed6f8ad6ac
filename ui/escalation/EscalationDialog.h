// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace xj {

class Database;
class EscalationProposalModel;

/// Escalation after a round's re-check: the sites whose problems still failed, each with the
/// decision to criticise it in the round report (通报批评), the accountability recommendation
/// (问责, in the office's editable wording) and whether its person in charge goes to the five-day
/// remedial training from the chosen start date. Decisions already saved are shown as saved;
/// applying again revises them. Not modal, so the registry can be fixed while it is open.
class EscalationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationDialog)
public:
    EscalationDialog(const Database &database, const QString &dataDirectory, qint64 roundId,
                     const QString &actor, QWidget *parent = nullptr);

    qint64 roundId() const { return m_roundId; }
    EscalationProposalModel *model() const { return m_model; }

public slots:
    /// Reads the proposals and the saved decisions again (after the registry was edited).
    void reload();
    void apply();
    void saveWording();

private:
    const Database &m_db;
    QString m_dataDirectory;
    qint64 m_roundId;
    QString m_actor;
    EscalationProposalModel *m_model;
    QLabel *m_intro;
    QTableView *m_table;
    QLineEdit *m_wording;
    QDateEdit *m_startDate;
    QLabel *m_status;
    QPushButton *m_apply;
};

} // namespace xj
