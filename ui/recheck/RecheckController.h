// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"

#include <QObject>
#include <QPointer>

class QWebEngineProfile;
class QWidget;

namespace xj {

class Database;
class RecheckDialog;

/// Opens the re-check (复查) dialog for the open findings of a round, or for one finding, and tells
/// the workbench when a verdict changed a finding. The dialog is non-modal and reused: asking again
/// replaces what it shows. Delete the controller before the browser profile (it owns the dialog's
/// page).
class RecheckController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecheckController)
public:
    RecheckController(const Database &database, const QString &dataDirectory, QWebEngineProfile *profile,
                      QWidget *window);
    ~RecheckController() override;

    /// The dialog while it is open; nullptr otherwise.
    RecheckDialog *dialog() const;
    /// Whether a finding in this state waits for re-check: notified, fed back, or failed before.
    static bool awaitsRecheck(FindingState state);
    /// The round's findings that wait for re-check, site by site and page by page.
    static Result<QList<Finding>> findingsToRecheck(const Database &database, qint64 roundId);

public slots:
    void recheckRound(qint64 roundId, const QString &inspector);
    void recheckFinding(qint64 findingId, const QString &inspector);

signals:
    /// A verdict was recorded: the finding's state changed.
    void findingsChanged();

private:
    void open(const QList<Finding> &findings, const QString &inspector);

    const Database &m_db;
    QString m_dataDirectory;
    QWebEngineProfile *m_profile;
    QWidget *m_window;
    QPointer<RecheckDialog> m_dialog;
};

} // namespace xj
