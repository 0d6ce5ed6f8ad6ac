// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanFindingAcceptor.h"

#include "browser/BrowserPane.h"
#include "capture/PageCapturer.h"
#include "checks/PageChecker.h"
#include "common/ErrorDialog.h"
#include "findings/FindingsPanel.h"
#include "inspection/ProblemMarker.h"
#include "scan/ScanEvidence.h"
#include "scan/ScanLogging.h"
#include "storage/ScanRepository.h"
#include "storage/Transaction.h"

#include <QTimer>

namespace xj {

namespace {

/// A page that neither loads nor fails in this time is captured as it is.
constexpr int LoadTimeoutMs = 45000;

} // namespace

ScanFindingAcceptor::ScanFindingAcceptor(const Database &database, const QString &dataDirectory,
                                         BrowserPane *browser, FindingsPanel *findings, PageChecker *checker,
                                         QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_browser(browser)
    , m_findings(findings)
    , m_checker(checker)
    , m_window(window)
    , m_capturer(new PageCapturer(browser->view(), this))
{
    // A page that fails to load is captured too: the browser's error page is evidence as well.
    connect(m_browser, &BrowserPane::loadFinished, this, [this] {
        if (m_loading) {
            m_loading = false;
            pageLoaded();
        }
    });
    connect(m_capturer, &PageCapturer::captured, this, &ScanFindingAcceptor::save);
    connect(m_capturer, &PageCapturer::failed, this, &ScanFindingAcceptor::captureFailed);
    connect(m_capturer, &PageCapturer::canceled, this,
            [this] { stop(tr("The capture was canceled; the remaining candidates stay open.")); });
}

ScanFindingAcceptor::~ScanFindingAcceptor() = default;

void ScanFindingAcceptor::accept(const ScanCandidates &candidates, qint64 siteId)
{
    if (isBusy())
        return;
    if (m_findings->newFinding().roundId <= 0)
        return showError(m_window, tr("Accept as finding"),
                         Error{tr("Choose an inspection round first: a finding belongs to a round."), {}});
    for (const ScanCandidate &c : candidates) {
        if (c.state == ScanCandidate::State::Open && c.id > 0)
            m_queue.append(c);
    }
    if (m_queue.isEmpty())
        return;
    m_siteId = siteId;
    m_done = 0;
    emit busyChanged(true);
    next();
}

void ScanFindingAcceptor::next()
{
    if (m_queue.isEmpty()) {
        m_findings->reload();
        emit message(tr("%n scan candidate(s) accepted as findings.", nullptr, m_done));
        emit busyChanged(false);
        return;
    }
    const QUrl page = ScanEvidence::pageOf(m_queue.first());
    emit message(
        tr("Opening %1 for the screenshot… (%n left)", nullptr, int(m_queue.size())).arg(page.toString()));
    if (m_browser->url() == page) {
        pageLoaded();
        return;
    }
    m_loading = true;
    m_browser->load(page);
    QTimer::singleShot(LoadTimeoutMs, this, [this, page] {
        if (m_loading && !m_queue.isEmpty() && ScanEvidence::pageOf(m_queue.first()) == page) {
            m_loading = false;
            pageLoaded();
        }
    });
}

void ScanFindingAcceptor::pageLoaded()
{
    if (m_queue.isEmpty())
        return;
    m_capturer->captureElementOrVisible(ScanEvidence::selectorOf(m_queue.first()));
}

void ScanFindingAcceptor::captureFailed(const QString &text)
{
    if (m_queue.isEmpty())
        return;
    stop(text);
}

void ScanFindingAcceptor::save(const PageCapture &capture)
{
    if (m_queue.isEmpty())
        return;
    const ScanCandidate c = m_queue.takeFirst();
    Finding f = m_findings->newFinding();
    f.siteId = m_siteId;
    f.itemCode = m_checker->itemFor(c.itemCode);
    f.severity = m_findings->severityOf(f.itemCode);
    f.description = ScanEvidence::description(c);
    f.url = capture.url.isValid() ? capture.url.toString() : ScanEvidence::pageOf(c).toString();
    f.pageTitle = capture.title;
    f.elementSelector = capture.selector;
    f.elementText = c.text;
    f.elementBox = capture.elementBox;
    f.checkId = c.checkId;
    f.state = FindingState::Confirmed;
    f.foundAt = capture.capturedAt.isValid() ? capture.capturedAt : QDateTime::currentDateTimeUtc();
    auto id = withTransaction(m_db, [&]() -> Result<qint64> {
        auto created = ProblemMarker(m_db, m_dataDirectory).create(f, {capture.toScreenshot()});
        if (!created)
            return created;
        if (Status s =
                ScanRepository(m_db).setCandidateState(c.id, ScanCandidate::State::Accepted, created.value());
            !s)
            return s.error();
        return created;
    });
    if (!id) {
        m_queue.clear();
        emit busyChanged(false);
        return showError(m_window, tr("Accept as finding"), id.error());
    }
    qCInfo(lcScanUi) << "accepted scan candidate" << c.id << "as finding" << id.value();
    ++m_done;
    emit accepted(c.id, id.value());
    next();
}

void ScanFindingAcceptor::stop(const QString &text)
{
    if (m_queue.isEmpty())
        return;
    m_queue.clear();
    m_loading = false;
    m_findings->reload();
    emit busyChanged(false);
    emit message(text);
    showError(m_window, tr("Accept as finding"),
              Error{tr("No screenshot could be taken, so the finding was not saved: %1 Open the page in "
                       "the browser and try again.")
                        .arg(text),
                    {}});
}

} // namespace xj
