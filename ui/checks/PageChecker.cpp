// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/PageChecker.h"

#include "capture/PageCapturer.h"
#include "checks/CandidatesModel.h"
#include "checks/CheckDictionaries.h"
#include "checks/CheckDictionaryLoader.h"
#include "checks/CheckEngine.h"
#include "checks/PageFactsCollector.h"
#include "common/ErrorDialog.h"
#include "core/Logging.h"
#include "findings/FindingsPanel.h"
#include "inspection/ProblemMarker.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"
#include "storage/DismissalRepository.h"
#include "storage/FindingRepository.h"
#include "storage/Transaction.h"

#include <QTableView>
#include <QWebEngineView>

#include <algorithm>

namespace xj {

namespace {

QString acceptedKey(const QString &checkId, const QString &text)
{
    return checkId + QLatin1Char('\n') + text;
}

/// Whether the candidate's place can be framed on its own: a visible box on the page. Hidden
/// links, meta tags and missing footer items are shown by a screenshot of what is on screen.
bool hasVisibleBox(const Candidate &c)
{
    return !c.selector.isEmpty() && c.box.width() > 0 && c.box.height() > 0 && c.box.left() > -100 &&
           c.box.top() > -100;
}

} // namespace

PageChecker::PageChecker(const Database &database, const QString &dataDirectory, QWebEngineView *view,
                         FindingsPanel *findings, CandidatesPanel *panel, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_view(view)
    , m_findings(findings)
    , m_panel(panel)
    , m_window(window)
    , m_collector(new PageFactsCollector(this))
    , m_capturer(new PageCapturer(view, this))
    , m_dictionaries(database)
{
    connect(m_panel, &CandidatesPanel::recheckRequested, this, &PageChecker::check);
    connect(m_panel, &CandidatesPanel::acceptRequested, this, &PageChecker::accept);
    connect(m_panel, &CandidatesPanel::acceptKindRequested, this, [this](int row) {
        const QString id = m_panel->model()->at(row).checkId;
        QList<int> rows;
        for (int r = 0; r < m_panel->model()->rowCount(); ++r) {
            if (m_panel->model()->at(r).checkId == id)
                rows.append(r);
        }
        accept(rows);
    });
    connect(m_panel, &CandidatesPanel::dismissRequested, this, &PageChecker::dismiss);
    connect(m_panel, &CandidatesPanel::focusRequested, this,
            [this](int row) { m_collector->focus(m_view, row); });
    connect(m_capturer, &PageCapturer::captured, this, &PageChecker::saveAccepted);
    connect(m_capturer, &PageCapturer::failed, this, &PageChecker::captureFailed);
    connect(m_capturer, &PageCapturer::canceled, this,
            [this] { captureFailed(tr("The capture was canceled.")); });
}

PageChecker::~PageChecker() = default;

void PageChecker::setContext(qint64 roundId, const Site *site)
{
    m_roundId = roundId;
    const qint64 previous = m_site.id;
    m_site = site ? *site : Site{};
    if (m_site.id != previous)
        m_panel->model()->setCandidates({});
}

void PageChecker::setDisabledChecks(const QSet<QString> &ids)
{
    m_disabled = ids;
}

void PageChecker::reloadDictionaries()
{
    m_dictionaries.clear();
    check();
}

void PageChecker::setIdle(const QString &status)
{
    m_panel->setBusy(false);
    m_panel->setStatus(status);
}

void PageChecker::check()
{
    if (!m_view)
        return;
    const QUrl url = m_view->url();
    const int generation = ++m_generation;
    if (m_site.id <= 0 || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_panel->model()->setCandidates({});
        m_collector->clearHighlights(m_view);
        setIdle(m_site.id <= 0 ? tr("Choose a site to check its pages.")
                               : tr("Automated checks run on web pages."));
        return;
    }
    m_panel->setBusy(true);
    m_panel->setStatus(tr("Checking the page…"));
    m_collector->collect(m_view, QDate::currentDate(), [this, generation](Result<PageSnapshot> snapshot) {
        if (generation != m_generation)
            return; // the browser has moved on to another page
        if (!snapshot) {
            m_panel->model()->setCandidates({});
            setIdle(tr("The page could not be read for the checks: %1").arg(snapshot.error().message));
            return;
        }
        finishCheck(snapshot.value());
    });
}

void PageChecker::finishCheck(const PageSnapshot &collected)
{
    PageSnapshot page = collected;
    page.site = m_site;
    page.parentPortalHost = CheckDictionaryLoader::parentPortalHost(m_db, m_site);
    const auto dictionaries = m_dictionaries.forSite(m_site.id);
    if (!dictionaries) {
        setIdle(dictionaries.error().message);
        return;
    }
    auto options = CheckDictionaryLoader::options(m_db, m_site.id, page.url.toString());
    if (!options) {
        setIdle(options.error().message);
        return;
    }
    options.value().disabledChecks = m_disabled;
    Candidates found = CheckEngine(dictionaries.value()).run(page, options.value());
    // What was already accepted on this page is a finding now, not a proposal.
    const QSet<QString> accepted = acceptedOnPage(page.url.toString());
    found.removeIf(
        [&accepted](const Candidate &c) { return accepted.contains(acceptedKey(c.checkId, c.text)); });
    m_snapshot = page;
    m_panel->model()->setCandidates(found);
    highlight();
    setIdle(found.isEmpty()
                ? tr("No candidates on this page.")
                : tr("%n candidate(s) on this page: accept or dismiss each.", nullptr, int(found.size())));
    emit checked(int(found.size()));
}

QSet<QString> PageChecker::acceptedOnPage(const QString &url) const
{
    QSet<QString> keys;
    auto findings = FindingRepository(m_db).list({m_roundId, m_site.id, false});
    if (!findings)
        return keys;
    for (const Finding &f : findings.value()) {
        if (!f.checkId.isEmpty() && f.url == url)
            keys.insert(acceptedKey(f.checkId, f.elementText));
    }
    return keys;
}

void PageChecker::hideHighlights()
{
    if (m_view)
        m_collector->clearHighlights(m_view);
}

void PageChecker::showHighlights()
{
    highlight();
}

void PageChecker::highlight()
{
    m_collector->highlight(m_view, m_panel->model()->candidates());
}

void PageChecker::accept(const QList<int> &rows)
{
    if (rows.isEmpty() || !m_queue.isEmpty())
        return;
    if (m_roundId <= 0 || m_site.id <= 0)
        return showError(m_window, tr("Accept candidate"),
                         Error{tr("Choose an inspection round and a site first."), {}});
    for (int row : rows)
        m_queue.append(m_panel->model()->at(row));
    m_accepted = 0;
    m_panel->setBusy(true);
    acceptNext();
}

void PageChecker::acceptNext()
{
    if (m_queue.isEmpty()) {
        m_findings->reload();
        highlight();
        setIdle(tr("%n candidate(s) accepted as findings.", nullptr, m_accepted));
        emit message(tr("%n candidate(s) accepted as findings.", nullptr, m_accepted));
        return;
    }
    m_panel->setStatus(tr("Capturing evidence… (%n left)", nullptr, int(m_queue.size())));
    const Candidate &c = m_queue.first();
    m_capturer->captureElementOrVisible(hasVisibleBox(c) ? c.selector : QString());
}

void PageChecker::captureFailed(const QString &text)
{
    if (m_queue.isEmpty())
        return;
    m_queue.clear();
    setIdle(text);
    showError(m_window, tr("Accept candidate"), Error{text, {}});
}

void PageChecker::saveAccepted(const PageCapture &capture)
{
    if (m_queue.isEmpty())
        return;
    const Candidate c = m_queue.takeFirst();
    Finding f = m_findings->newFinding();
    f.itemCode = itemFor(c.itemCode);
    f.severity = m_findings->severityOf(f.itemCode);
    f.description = c.suggestion.isEmpty() ? c.message : tr("%1 Should be: %2").arg(c.message, c.suggestion);
    f.url = m_snapshot.url.toString();
    f.pageTitle = m_snapshot.title;
    f.elementSelector = c.selector;
    f.elementText = c.text;
    f.elementBox = c.box;
    f.checkId = c.checkId;
    f.state = FindingState::Confirmed;
    f.foundAt = capture.capturedAt.isValid() ? capture.capturedAt : QDateTime::currentDateTimeUtc();
    auto id = ProblemMarker(m_db, m_dataDirectory).create(f, {capture.toScreenshot()});
    if (!id) {
        m_queue.clear();
        setIdle(id.error().message);
        return showError(m_window, tr("Accept candidate"), id.error());
    }
    ++m_accepted;
    emit findingSaved(id.value());
    for (int r = 0; r < m_panel->model()->rowCount(); ++r) {
        const Candidate &shown = m_panel->model()->at(r);
        if (shown.checkId == c.checkId && shown.text == c.text && shown.block == c.block &&
            shown.offset == c.offset) {
            m_panel->model()->removeCandidate(r);
            break;
        }
    }
    acceptNext();
}

QString PageChecker::itemFor(const QString &itemCode) const
{
    // The site's checklist may not have the website item: a new-media account's web page counts
    // against the same veto under its own code (W-V1 → M-V1), or against no item until the
    // inspector assigns one.
    const ItemChoices &items = m_findings->itemChoices();
    const auto has = [&items](const QString &code) {
        return std::any_of(items.cbegin(), items.cend(),
                           [&code](const auto &item) { return item.first == code; });
    };
    if (has(itemCode))
        return itemCode;
    QString alternative = itemCode;
    alternative.replace(0, 1, QLatin1Char('M'));
    return has(alternative) ? alternative : QString();
}

void PageChecker::dismiss(const QList<int> &rows, CandidatesPanel::Dismissal how)
{
    if (rows.isEmpty())
        return;
    Candidates chosen;
    for (int row : rows)
        chosen.append(m_panel->model()->at(row));
    const QString url = m_snapshot.url.toString();
    const Status saved = withTransaction(m_db, [&]() -> Status {
        for (const Candidate &c : std::as_const(chosen)) {
            Status s;
            if (how == CandidatesPanel::Dismissal::ThisPage) {
                s = DismissalRepository(m_db).dismiss(m_site.id, url, c.checkId, c.text,
                                                      m_findings->newFinding().inspector);
            } else {
                DictionaryEntry e;
                e.list = DictionaryEntry::List::Allow;
                e.siteId = how == CandidatesPanel::Dismissal::SiteAllowList ? m_site.id : 0;
                e.checkId = c.checkId;
                e.term = c.text;
                e.note = tr("Dismissed on %1").arg(url);
                if (auto id = DictionaryRepository(m_db).save(e); !id)
                    s = id.error();
            }
            if (!s)
                return s;
        }
        return Status::success();
    });
    if (!saved)
        return showError(m_window, tr("Dismiss candidate"), saved.error());
    if (how != CandidatesPanel::Dismissal::ThisPage) {
        // Allow-lists change the dictionaries too (a word allowed for the confusion check) and may
        // silence candidates on other places of the page.
        reloadDictionaries();
        return;
    }
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_panel->model()->removeCandidate(*it);
    highlight();
    setIdle(tr("%n candidate(s) dismissed; they will not be proposed on this page again.", nullptr,
               int(rows.size())));
}

} // namespace xj
