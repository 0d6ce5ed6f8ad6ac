// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageCapture.h"
#include "checks/Candidate.h"
#include "checks/CandidatesPanel.h"
#include "checks/CheckDictionaryCache.h"
#include "checks/PageSnapshot.h"
#include "model/Site.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QWebEngineView;
class QWidget;

namespace xj {

class CheckDictionaries;
class Database;
class FindingsPanel;
class PageCapturer;
class PageFactsCollector;

/// Runs the automated checks on every page the browser finishes loading and keeps the candidates
/// panel and the page's highlights in step. The inspector's decisions go through here: accepting
/// a candidate captures its element and saves a finding on the candidate's checklist item (one
/// transaction with its screenshot); dismissing remembers it for the page, or puts its text on the
/// site's or the global allow-list.
class PageChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageChecker)
public:
    PageChecker(const Database &database, const QString &dataDirectory, QWebEngineView *view,
                FindingsPanel *findings, CandidatesPanel *panel, QWidget *window);
    ~PageChecker() override;

    void setContext(qint64 roundId, const Site *site);
    void setDisabledChecks(const QSet<QString> &ids);
    QSet<QString> disabledChecks() const { return m_disabled; }
    /// Word lists or allow-lists changed: load them again and check the page again.
    void reloadDictionaries();
    /// Takes the highlights off the page (an archive of the page is being written) and puts them back.
    void hideHighlights();
    void showHighlights();
    /// The snapshot the candidates came from (for tests and for accepting).
    const PageSnapshot &snapshot() const { return m_snapshot; }
    /// The checklist item a check's finding goes on for this site: the check's own item, its
    /// new-media counterpart (W-V1 → M-V1), or none when the site's checklist has neither. The
    /// site scanner's accepted candidates use it too.
    QString itemFor(const QString &itemCode) const;

public slots:
    void check();

signals:
    void checked(int candidates);
    void findingSaved(qint64 findingId);
    void message(const QString &text);

private:
    void finishCheck(const PageSnapshot &page);
    QSet<QString> acceptedOnPage(const QString &url) const;
    void highlight();
    void accept(const QList<int> &rows);
    void acceptNext();
    void saveAccepted(const PageCapture &capture);
    void captureFailed(const QString &text);
    void dismiss(const QList<int> &rows, CandidatesPanel::Dismissal how);
    void setIdle(const QString &status);

    const Database &m_db;
    QString m_dataDirectory;
    QPointer<QWebEngineView> m_view;
    FindingsPanel *m_findings;
    CandidatesPanel *m_panel;
    QWidget *m_window;
    PageFactsCollector *m_collector;
    PageCapturer *m_capturer;
    qint64 m_roundId = 0;
    Site m_site;
    QSet<QString> m_disabled;
    CheckDictionaryCache m_dictionaries; ///< by site id
    PageSnapshot m_snapshot;
    int m_generation = 0;
    Candidates m_queue; ///< candidates being accepted, the first one capturing
    int m_accepted = 0;
};

} // namespace xj
