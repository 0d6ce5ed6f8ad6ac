// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageCapture.h"
#include "scan/ScanCandidate.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace xj {

class BrowserPane;
class Database;
class FindingsPanel;
class PageCapturer;
class PageChecker;

/// Turns scan candidates the inspector accepts into findings the way a page candidate becomes
/// one: the candidate's page (for a dead link the page carrying it) is opened in the browser, the
/// element or the visible area is captured, and the finding — on the checklist item the check
/// counts against, with the message and the evidence as its description — is saved with its
/// screenshot, and the candidate marked accepted, in one transaction. Several candidates are
/// taken one after another.
class ScanFindingAcceptor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanFindingAcceptor)
public:
    ScanFindingAcceptor(const Database &database, const QString &dataDirectory, BrowserPane *browser,
                        FindingsPanel *findings, PageChecker *checker, QWidget *window);
    ~ScanFindingAcceptor() override;

    bool isBusy() const { return !m_queue.isEmpty(); }

public slots:
    /// Accepts the open candidates among `candidates` of the site's scan.
    void accept(const xj::ScanCandidates &candidates, qint64 siteId);

signals:
    void accepted(qint64 candidateId, qint64 findingId);
    /// Progress and the outcome, for a status line.
    void message(const QString &text);
    void busyChanged(bool busy);

private:
    void next();
    void pageLoaded();
    void captureFailed(const QString &text);
    void save(const PageCapture &capture);
    void stop(const QString &text);

    const Database &m_db;
    QString m_dataDirectory;
    BrowserPane *m_browser;
    FindingsPanel *m_findings;
    PageChecker *m_checker;
    QWidget *m_window;
    PageCapturer *m_capturer;
    ScanCandidates m_queue; ///< the first one is being captured
    qint64 m_siteId = 0;
    bool m_loading = false; ///< waiting for the browser to load the first one's page
    int m_done = 0;
};

} // namespace xj
