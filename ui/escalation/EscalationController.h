// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace xj {

class Database;
class EscalationDialog;

/// The "Escalation" entry of the Rectification menu: opens the escalation dialog for the window's
/// current round, or says how to choose a round when there is none.
class EscalationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationController)
public:
    /// `currentRound` and `actor` are asked each time the dialog opens, so the controller follows the
    /// window without being told.
    EscalationController(const Database &database, const QString &dataDirectory,
                         std::function<qint64()> currentRound, std::function<QString()> actor,
                         QWidget *window);

    QAction *action() const { return m_action; }
    /// The open dialog, if any.
    EscalationDialog *dialog() const;

public slots:
    void openDialog();

private:
    const Database &m_db;
    QString m_dataDirectory;
    std::function<qint64()> m_currentRound;
    std::function<QString()> m_actor;
    QWidget *m_window;
    QAction *m_action;
    QPointer<EscalationDialog> m_dialog;
};

} // namespace xj
