// SPDX-License-Identifier: GPL-3.0-or-later
#include "recheck/RecheckRunner.h"

#include "checks/CheckDictionaryLoader.h"
#include "checks/CheckEngine.h"
#include "checks/PageFactsCollector.h"
#include "crawler/Fetcher.h"
#include "lifecycle/RecheckTarget.h"
#include "recheck/RecheckLogging.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"

#include <QWebEngineView>

namespace xj {

RecheckRunner::RecheckRunner(const Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_collector(new PageFactsCollector(this))
    , m_fetcher(new Fetcher(CrawlSettings{}, nullptr, this))
    , m_dictionaries(database)
{
    connect(m_fetcher, &Fetcher::finished, this, &RecheckRunner::judgeFetch);
}

RecheckRunner::~RecheckRunner()
{
    m_fetcher->abortAll();
}

void RecheckRunner::run(const Finding &finding, QWebEngineView *view)
{
    if (m_busy)
        return;
    m_finding = finding;
    m_busy = true;
    ++m_token;
    qCDebug(lcRecheck) << "re-running" << finding.checkId << "for finding" << finding.id;
    switch (RecheckMatcher::methodFor(finding.checkId)) {
    case RecheckMatcher::Method::PageCheck:
        return runPageChecks(view);
    case RecheckMatcher::Method::Fetch:
        return fetch();
    case RecheckMatcher::Method::None:
        return fail(tr("The finding was marked by hand: there is no automated check to run again. Judge "
                       "the page and record your verdict."));
    case RecheckMatcher::Method::Manual:
        return fail(tr("This check needs a scan of the whole site and cannot be run on one page. Judge the "
                       "page (or scan the site again) and record your verdict."));
    }
}

void RecheckRunner::cancel()
{
    ++m_token;
    m_busy = false;
    m_fetcher->abortAll();
}

void RecheckRunner::runPageChecks(QWebEngineView *view)
{
    if (!view) {
        fail(tr("The page is not open. Wait until it has loaded, then run the check again."));
        return;
    }
    const qint64 token = m_token;
    m_collector->collect(view, QDate::currentDate(), [this, token](Result<PageSnapshot> snapshot) {
        if (token != m_token)
            return; // another finding is shown by now
        if (!snapshot) {
            fail(tr("The page could not be read for the check: %1 Reload the page and try again.")
                     .arg(snapshot.error().message));
            return;
        }
        judgePage(snapshot.value());
    });
}

void RecheckRunner::judgePage(const PageSnapshot &collected)
{
    PageSnapshot page = collected;
    if (auto site = SiteRepository(m_db).get(m_finding.siteId))
        page.site = site.value();
    page.parentPortalHost = CheckDictionaryLoader::parentPortalHost(m_db, page.site);
    const auto dictionaries = m_dictionaries.forSite(m_finding.siteId);
    if (!dictionaries) {
        fail(dictionaries.error().message);
        return;
    }
    auto options = CheckDictionaryLoader::options(m_db, m_finding.siteId, page.url.toString());
    if (!options) {
        fail(options.error().message);
        return;
    }
    // The allow-lists still count (a word the office allowed is no problem), but a switched-off check or
    // a dismissal on the page must not make a problem look fixed.
    options.value().disabledChecks.clear();
    options.value().dismissed.clear();
    const Candidates found = CheckEngine(dictionaries.value()).run(page, options.value());
    finish(RecheckMatcher::matchCandidates(m_finding, page.url, found));
}

void RecheckRunner::fetch()
{
    auto address = RecheckTarget::addressToFetch(m_db, m_finding);
    if (!address) {
        fail(address.error().message);
        return;
    }
    if (!address.value().isValid() || address.value().scheme().isEmpty()) {
        fail(tr("The address “%1” cannot be requested. Open the page and check it by hand.")
                 .arg(address.value().toString()));
        return;
    }
    m_fetched = address.value();
    m_fetcher->fetch(m_token, m_fetched, Fetcher::Mode::Check);
}

void RecheckRunner::judgeFetch(qint64 token, const FetchResult &result)
{
    if (token != m_token || !m_busy)
        return;
    finish(RecheckMatcher::judgeResponse(m_finding.checkId, m_fetched, result.status, result.error,
                                         result.errorDetail));
}

void RecheckRunner::finish(const RecheckMatch &match)
{
    m_busy = false;
    qCDebug(lcRecheck) << "finding" << m_finding.id << "re-checked:" << match.summary;
    emit finished(match);
}

void RecheckRunner::fail(const QString &message)
{
    m_busy = false;
    qCDebug(lcRecheck) << "finding" << m_finding.id << "check not re-run:" << message;
    emit failed(message);
}

} // namespace xj
