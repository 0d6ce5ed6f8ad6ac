// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckDictionaryCache.h"
#include "lifecycle/RecheckMatcher.h"
#include "model/Finding.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QWebEngineView;

namespace xj {

class CheckDictionaries;
class Database;
class Fetcher;
class PageFactsCollector;
struct FetchResult;
struct PageSnapshot;

/// Runs the automated check that proposed a finding once more, at re-check: the page checks on the
/// live page (every check, even one switched off in the checks menu, and without the page's
/// dismissals: the question is only whether this problem is still there), or a new request for a
/// dead link or an unavailable home page. The answer is a RecheckMatch; one run at a time.
class RecheckRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecheckRunner)
public:
    explicit RecheckRunner(const Database &database, QObject *parent = nullptr);
    ~RecheckRunner() override;

    bool isBusy() const { return m_busy; }
    /// `view` shows the finding's page, loaded; only page checks read it.
    void run(const Finding &finding, QWebEngineView *view);
    /// Forgets the run in progress: its answer is not reported.
    void cancel();

signals:
    void finished(const xj::RecheckMatch &match);
    void failed(const QString &message);

private:
    void runPageChecks(QWebEngineView *view);
    void judgePage(const PageSnapshot &collected);
    void fetch();
    void judgeFetch(qint64 token, const FetchResult &result);
    void finish(const RecheckMatch &match);
    void fail(const QString &message);

    const Database &m_db;
    PageFactsCollector *m_collector;
    Fetcher *m_fetcher;
    Finding m_finding;
    QUrl m_fetched;
    bool m_busy = false;
    qint64 m_token = 0;                  ///< tells the current run's answer from an abandoned one's
    CheckDictionaryCache m_dictionaries; ///< by site id
};

} // namespace xj
