// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/EscalationController.h"

#include "common/ErrorDialog.h"
#include "escalation/EscalationDialog.h"

#include <QAction>

namespace xj {

EscalationController::EscalationController(const Database &database, const QString &dataDirectory,
                                           std::function<qint64()> currentRound,
                                           std::function<QString()> actor, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_currentRound(std::move(currentRound))
    , m_actor(std::move(actor))
    , m_window(window)
    , m_action(new QAction(tr("Escalation (通报批评, 问责, training)…"), this))
{
    m_action->setObjectName(QStringLiteral("escalationAction"));
    m_action->setToolTip(
        tr("Sites whose problems failed re-check: criticise them in the round report, recommend "
           "accountability and enroll their persons in charge in the remedial training."));
    connect(m_action, &QAction::triggered, this, &EscalationController::openDialog);
}

EscalationDialog *EscalationController::dialog() const
{
    return m_dialog.data();
}

void EscalationController::openDialog()
{
    const qint64 roundId = m_currentRound ? m_currentRound() : 0;
    if (roundId <= 0) {
        showError(m_window, tr("Escalation"),
                  Error{tr("There is no inspection round to escalate. Choose one in the \"Inspection round\" "
                           "list of the tool bar, or create one with File ▸ New inspection round…"),
                        {}});
        return;
    }
    // One dialog at a time; another round replaces it so no two dialogs save over each other.
    if (m_dialog && m_dialog->roundId() != roundId) {
        m_dialog->close();
        m_dialog.clear(); // deleted later; a new one opens now
    }
    if (!m_dialog) {
        m_dialog =
            new EscalationDialog(m_db, m_dataDirectory, roundId, m_actor ? m_actor() : QString(), m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_dialog->reload();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace xj
