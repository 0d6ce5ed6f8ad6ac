// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/FindingFilterProxy.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace xj {

class Database;
class DashboardWindow;

/// The "Dashboard…" action of the workbench: opens (or brings forward) the dashboard window of
/// the window's current round and passes on its requests to narrow the findings list.
class DashboardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardController)
public:
    /// `currentRound` tells which round the workbench shows (0: none).
    DashboardController(const Database &database, const QString &dataDirectory,
                        std::function<qint64()> currentRound, QWidget *window);

    QAction *action() const { return m_action; }
    /// The window once opened; null before.
    DashboardWindow *dashboardWindow() const;

public slots:
    void open();

signals:
    void filterRequested(const xj::FindingFilterProxy::Restriction &restriction);

private:
    const Database &m_db;
    QString m_dataDirectory;
    std::function<qint64()> m_currentRound;
    QWidget *m_window;
    QAction *m_action;
    QPointer<DashboardWindow> m_dashboard;
};

} // namespace xj
