// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace xj {

class Database;
class FindingsPanel;
class OverdueDialog;

/// The rectification lifecycle in the workbench: on the selected finding of the findings panel
/// "Change state" (only the moves the lifecycle allows), "Record feedback…" and "History…"; in the
/// Rectification menu the list of overdue findings. Changes go through FindingLifecycle, so they
/// are written with their history and follow a carried-forward finding to its origin.
class LifecycleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleController)
public:
    LifecycleController(const Database &database, const QString &dataDirectory, FindingsPanel *panel,
                        QWidget *window);

    QMenu *stateMenu() const { return m_stateMenu; }
    QAction *feedbackAction() const { return m_feedback; }
    QAction *historyAction() const { return m_history; }
    /// "Overdue findings…", for the Rectification menu.
    QAction *overdueAction() const { return m_overdue; }

public slots:
    void changeState(xj::FindingState to);
    void recordFeedback();
    void showHistory();
    void showOverdue();
    /// Enables the actions for the selected finding and offers its next states.
    void refreshActions();

signals:
    /// The inspector asked to see a finding (from the overdue list): open its site and page.
    void findingRequested(const xj::Finding &finding);

private:
    void afterChange(qint64 findingId);

    const Database &m_db;
    QString m_dataDirectory;
    FindingsPanel *m_panel;
    QWidget *m_window;
    QMenu *m_stateMenu;
    QAction *m_feedback;
    QAction *m_history;
    QAction *m_overdue;
    QPointer<OverdueDialog> m_overdueDialog;
};

} // namespace xj
