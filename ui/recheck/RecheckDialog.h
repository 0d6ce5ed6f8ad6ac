// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lifecycle/RecheckMatcher.h"
#include "model/Finding.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

namespace xj {

class Database;
class RecheckBeforePane;
class RecheckLivePane;
class RecheckRunner;
struct PageCapture;

/// The re-check (复查) of open findings, one after the other: on the left the findings to re-check;
/// on the right the evidence of the finding as it was found ("before", with the unit's feedback)
/// beside the live page ("after", scrolled to the element). The inspector re-runs the automated
/// check where one proposed the finding, takes a screenshot of the page now (recorded as re-check
/// evidence), and records "passed" or "failed" with a note; the dialog then moves to the next
/// finding. A verdict without a screenshot first takes one, so every verdict has its "after".
/// Non-modal: the workbench stays usable beside it.
class RecheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecheckDialog)
public:
    /// `profile` is the workbench's browser profile; it must outlive the dialog.
    RecheckDialog(const Database &database, const QString &dataDirectory, QWebEngineProfile *profile,
                  QWidget *parent = nullptr);
    ~RecheckDialog() override;

    /// The findings to re-check, in order; the first is shown.
    void setFindings(const QList<Finding> &findings);
    void setInspector(const QString &name) { m_inspector = name; }
    int findingCount() const { return int(m_findings.size()); }
    int currentIndex() const { return m_index; }
    const Finding *currentFinding() const;
    /// How many findings got a verdict in this dialog.
    int recheckedCount() const { return int(m_verdicts.size()); }
    QWebEngineView *liveView() const;
    /// What the re-run check said for the current finding; empty when it was not re-run.
    QString checkResult() const { return m_checkResult; }
    void showFinding(int index);

signals:
    /// The live page has loaded (or failed to) and was scrolled to the element.
    void pageReady(bool ok);
    void checkFinished(const QString &summary);
    void screenshotRecorded(qint64 evidenceId);
    void findingRechecked(qint64 findingId, bool passed);

private:
    QWidget *createAfterPane();
    QWidget *createControls();
    void pageLoaded(bool ok);
    void runCheck();
    void checkDone(const RecheckMatch &match);
    void checkFailed(const QString &message);
    void takeScreenshot();
    void capture();
    void saveScreenshot(const PageCapture &capture);
    void screenshotFailed(const QString &message);
    void recordVerdict(bool passed);
    void finishVerdict(bool passed);
    void moveToNext();
    void updateRow(int index);
    void updateControls();

    const Database &m_db;
    QString m_dataDirectory;
    QString m_inspector;
    QList<Finding> m_findings;
    QHash<qint64, QString> m_siteNames;
    QHash<qint64, bool> m_verdicts; ///< finding id → passed, for the verdicts given here
    int m_index = -1;

    // The current finding's re-check so far.
    QString m_checkResult;
    std::optional<RecheckMatch::Outcome> m_outcome;
    qint64 m_evidenceId = 0;
    std::optional<bool> m_pendingVerdict; ///< a verdict waiting for its screenshot

    QListWidget *m_list;
    QLabel *m_progress;
    QLabel *m_title;
    RecheckBeforePane *m_before;
    RecheckLivePane *m_live;
    QLabel *m_checkLabel;
    QLabel *m_screenshotLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_runCheck;
    QPushButton *m_screenshot;
    QPushButton *m_pass;
    QPushButton *m_fail;
    QPushButton *m_skip;
    RecheckRunner *m_runner;
};

} // namespace xj
