// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardController.h"

#include "common/ErrorDialog.h"
#include "dashboard/DashboardWindow.h"

#include <QAction>

namespace xj {

DashboardController::DashboardController(const Database &database, const QString &dataDirectory,
                                         std::function<qint64()> currentRound, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_currentRound(std::move(currentRound))
    , m_window(window)
    , m_action(new QAction(tr("Dashboard…"), this))
{
    m_action->setObjectName(QStringLiteral("dashboardAction"));
    m_action->setToolTip(tr("Charts of the current round: problems by category, score ranking, trend, "
                            "rectification and veto failures"));
    connect(m_action, &QAction::triggered, this, &DashboardController::open);
}

DashboardWindow *DashboardController::dashboardWindow() const
{
    return m_dashboard;
}

void DashboardController::open()
{
    const qint64 roundId = m_currentRound ? m_currentRound() : 0;
    if (roundId <= 0) {
        showError(
            m_window, tr("Dashboard"),
            Error{tr("There is no inspection round to show. Choose one in the \"Inspection round\" list of "
                     "the tool bar, or create one with File ▸ New inspection round…"),
                  {}});
        return;
    }
    if (!m_dashboard) {
        // Not modal and a window of its own: the inspector keeps working with a chart beside.
        m_dashboard = new DashboardWindow(m_db, m_dataDirectory, m_window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dashboard, &DashboardWindow::filterRequested, this,
                [this](const FindingFilterProxy::Restriction &restriction) {
                    // The findings list shows the workbench's round; when that is no longer the
                    // round of the charts, the charts follow instead of narrowing the wrong list.
                    const qint64 current = m_currentRound ? m_currentRound() : 0;
                    if (current > 0 && current != m_dashboard->roundId()) {
                        m_dashboard->setRound(current);
                        return;
                    }
                    emit filterRequested(restriction);
                });
    }
    m_dashboard->setRound(roundId);
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

} // namespace xj
