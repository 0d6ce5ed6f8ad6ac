// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/LifecycleController.h"

#include "common/ErrorDialog.h"
#include "findings/FindingsPanel.h"
#include "lifecycle/FeedbackDialog.h"
#include "lifecycle/FindingHistoryDialog.h"
#include "lifecycle/FindingLifecycle.h"
#include "lifecycle/OverdueDialog.h"
#include "model/FindingStateMachine.h"

#include <QAction>
#include <QMenu>

namespace xj {

LifecycleController::LifecycleController(const Database &database, const QString &dataDirectory,
                                         FindingsPanel *panel, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_panel(panel)
    , m_window(window)
    , m_stateMenu(new QMenu(tr("Change state"), panel))
    , m_feedback(new QAction(tr("Record feedback…"), this))
    , m_history(new QAction(tr("History…"), this))
    , m_overdue(new QAction(tr("Overdue findings…"), this))
{
    m_stateMenu->setObjectName(QStringLiteral("changeStateMenu"));
    m_stateMenu->menuAction()->setObjectName(QStringLiteral("changeStateMenuAction"));
    m_feedback->setObjectName(QStringLiteral("recordFeedbackAction"));
    m_feedback->setToolTip(tr("Record what the unit answered to the notice, with the files it sent"));
    m_history->setObjectName(QStringLiteral("findingHistoryAction"));
    m_history->setToolTip(tr("Who changed the finding when, the unit's feedback and the re-checks"));
    m_overdue->setObjectName(QStringLiteral("overdueFindingsAction"));
    m_overdue->setToolTip(tr("Notified findings whose rectification deadline has passed"));

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_panel->addFindingActions({separator, m_stateMenu->menuAction(), m_feedback, m_history});

    connect(m_stateMenu, &QMenu::aboutToShow, this, &LifecycleController::refreshActions);
    connect(m_panel, &FindingsPanel::currentFindingChanged, this, &LifecycleController::refreshActions);
    connect(m_feedback, &QAction::triggered, this, &LifecycleController::recordFeedback);
    connect(m_history, &QAction::triggered, this, &LifecycleController::showHistory);
    connect(m_overdue, &QAction::triggered, this, &LifecycleController::showOverdue);
    refreshActions();
}

void LifecycleController::refreshActions()
{
    const Finding *finding = m_panel->currentFinding();
    // Later, not now: this runs while one of these actions may still be delivering its trigger.
    for (QAction *old : m_stateMenu->actions()) {
        m_stateMenu->removeAction(old);
        old->setParent(nullptr);
        old->deleteLater();
    }
    const QList<FindingState> next =
        finding ? FindingStateMachine::next(finding->state) : QList<FindingState>{};
    for (FindingState state : next) {
        auto *action = new QAction(FindingStates.label(state), m_stateMenu);
        m_stateMenu->addAction(action);
        action->setObjectName(QStringLiteral("changeStateTo_") + FindingStates.code(state));
        connect(action, &QAction::triggered, this, [this, state] { changeState(state); });
    }
    m_stateMenu->menuAction()->setEnabled(!next.isEmpty());
    const bool answerable = finding && (finding->state == FindingState::Notified ||
                                        finding->state == FindingState::RecheckFailed);
    m_feedback->setEnabled(answerable);
    m_history->setEnabled(finding != nullptr);
}

void LifecycleController::changeState(FindingState to)
{
    const Finding *finding = m_panel->currentFinding();
    if (!finding)
        return;
    const qint64 id = finding->id;
    const Status s = FindingLifecycle(m_db, m_dataDirectory).transition(id, to, m_panel->inspector());
    if (!s) {
        showError(m_window, tr("Change state"), s.error());
        m_panel->reload(); // the refusal may come from a change made elsewhere: show what is stored
        return;
    }
    afterChange(id);
}

void LifecycleController::recordFeedback()
{
    const Finding *finding = m_panel->currentFinding();
    if (!finding)
        return;
    FeedbackDialog dialog(m_db, m_dataDirectory, *finding, m_panel->inspector(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(finding->id);
}

void LifecycleController::showHistory()
{
    if (const Finding *finding = m_panel->currentFinding()) {
        FindingHistoryDialog dialog(m_db, m_dataDirectory, *finding, m_window);
        dialog.exec();
    }
}

void LifecycleController::showOverdue()
{
    // Not modal: the inspector opens findings from the list and comes back to it.
    if (!m_overdueDialog) {
        m_overdueDialog = new OverdueDialog(m_db, m_dataDirectory, m_window);
        m_overdueDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overdueDialog, &OverdueDialog::findingActivated, this, [this](const Finding &finding) {
            emit findingRequested(finding);
            m_panel->selectFinding(finding.id);
        });
    }
    m_overdueDialog->setRoundId(m_panel->roundId());
    m_overdueDialog->show();
    m_overdueDialog->raise();
    m_overdueDialog->activateWindow();
}

void LifecycleController::afterChange(qint64 findingId)
{
    m_panel->reload();
    m_panel->selectFinding(findingId);
    emit m_panel->findingsChanged();
    if (m_overdueDialog)
        m_overdueDialog->reload();
}

} // namespace xj
