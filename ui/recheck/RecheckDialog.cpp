// SPDX-License-Identifier: GPL-3.0-or-later
#include "recheck/RecheckDialog.h"

#include "capture/PageCapture.h"
#include "checks/CheckCatalogue.h"
#include "common/ErrorDialog.h"
#include "evidence/EvidenceRecorder.h"
#include "lifecycle/FindingLifecycle.h"
#include "recheck/RecheckBeforePane.h"
#include "recheck/RecheckLivePane.h"
#include "recheck/RecheckLogging.h"
#include "recheck/RecheckRunner.h"
#include "storage/SiteRepository.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

namespace xj {

namespace {

constexpr int ListTextCharacters = 40;

QPushButton *button(QWidget *parent, const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    return b;
}

QString elided(const QString &text, int characters)
{
    const QString simple = text.simplified();
    return simple.size() <= characters ? simple : simple.left(characters - 1) + QChar(0x2026);
}

} // namespace

RecheckDialog::RecheckDialog(const Database &database, const QString &dataDirectory,
                             QWebEngineProfile *profile, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_list(new QListWidget(this))
    , m_progress(new QLabel(this))
    , m_title(new QLabel(this))
    , m_before(new RecheckBeforePane(database, dataDirectory, this))
    , m_live(new RecheckLivePane(profile, this))
    , m_checkLabel(new QLabel(this))
    , m_screenshotLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_runCheck(
          button(this, tr("Re-run check"), QStringLiteral("recheckRunCheckButton"),
                 tr("Run the automated check that proposed the finding again, on the page as it is now")))
    , m_screenshot(button(this, tr("Take screenshot"), QStringLiteral("recheckScreenshotButton"),
                          tr("Record the visible part of the live page as re-check evidence")))
    , m_pass(button(this, tr("Passed"), QStringLiteral("recheckPassButton"),
                    tr("The problem is put right: record the re-check as passed and go to the next finding")))
    , m_fail(
          button(this, tr("Failed"), QStringLiteral("recheckFailButton"),
                 tr("The problem is still there: record the re-check as failed and go to the next finding")))
    , m_skip(button(this, tr("Skip"), QStringLiteral("recheckSkipButton"),
                    tr("Go to the next finding without a verdict")))
    , m_runner(new RecheckRunner(database, this))
{
    setObjectName(QStringLiteral("recheckDialog"));
    setWindowTitle(tr("Re-check findings"));
    setModal(false);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    m_list->setObjectName(QStringLiteral("recheckList"));
    m_progress->setObjectName(QStringLiteral("recheckProgress"));
    m_title->setObjectName(QStringLiteral("recheckTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *panes = new QSplitter(Qt::Horizontal, this);
    panes->setObjectName(QStringLiteral("recheckPanes"));
    panes->addWidget(m_before);
    panes->addWidget(m_live);
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(1, 1);
    panes->setSizes({1, 1}); // before and after side by side, the same size

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_progress);
    rightLayout->addLayout(header);
    rightLayout->addWidget(panes, 1);
    rightLayout->addWidget(createControls());

    auto *outer = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_list);
    outer->addWidget(right);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 5);
    outer->setSizes({260, 1300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outer);

    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size() * 0.9);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_index)
            showFinding(row);
    });
    connect(m_live, &RecheckLivePane::pageReady, this, &RecheckDialog::pageReady);
    connect(m_live, &RecheckLivePane::elementMissing, this,
            [this] { m_screenshotLabel->setText(tr("The marked element is not on the page any more.")); });
    connect(m_live, &RecheckLivePane::busyChanged, this, &RecheckDialog::updateControls);
    connect(m_live, &RecheckLivePane::captured, this, &RecheckDialog::saveScreenshot);
    connect(m_live, &RecheckLivePane::captureFailed, this, &RecheckDialog::screenshotFailed);
    connect(m_runCheck, &QPushButton::clicked, this, &RecheckDialog::runCheck);
    connect(m_screenshot, &QPushButton::clicked, this, &RecheckDialog::takeScreenshot);
    connect(m_pass, &QPushButton::clicked, this, [this] { recordVerdict(true); });
    connect(m_fail, &QPushButton::clicked, this, [this] { recordVerdict(false); });
    connect(m_skip, &QPushButton::clicked, this, &RecheckDialog::moveToNext);
    connect(m_runner, &RecheckRunner::finished, this, &RecheckDialog::checkDone);
    connect(m_runner, &RecheckRunner::failed, this, &RecheckDialog::checkFailed);
    updateControls();
}

RecheckDialog::~RecheckDialog()
{
    // Pending scripts are answered while the page is destroyed: whoever waits for them goes first.
    m_live->disconnect(this);
    delete m_runner;
    m_runner = nullptr;
}

QWidget *RecheckDialog::createControls()
{
    auto *controls = new QWidget(this);
    m_checkLabel->setObjectName(QStringLiteral("recheckCheckResult"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_screenshotLabel->setObjectName(QStringLiteral("recheckScreenshotStatus"));
    m_screenshotLabel->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("recheckNote"));
    m_note->setPlaceholderText(tr("What you saw at re-check: what is put right, what is still wrong"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    auto *check = new QHBoxLayout;
    check->addWidget(m_runCheck);
    check->addWidget(m_checkLabel, 1);
    auto *shot = new QHBoxLayout;
    shot->addWidget(m_screenshot);
    shot->addWidget(m_screenshotLabel, 1);
    auto *verdict = new QHBoxLayout;
    verdict->addWidget(m_note, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_pass);
    buttons->addWidget(m_fail);
    buttons->addWidget(m_skip);
    verdict->addLayout(buttons);

    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(check);
    layout->addLayout(shot);
    layout->addLayout(verdict);
    return controls;
}

void RecheckDialog::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    m_verdicts.clear();
    m_siteNames.clear();
    if (auto sites = SiteRepository(m_db).all()) {
        for (const Site &site : sites.value())
            m_siteNames.insert(site.id, site.name);
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        m_list->addItem(QString());
        updateRow(i);
    }
    m_index = -1;
    showFinding(m_findings.isEmpty() ? -1 : 0);
}

QWebEngineView *RecheckDialog::liveView() const
{
    return m_live->view();
}

const Finding *RecheckDialog::currentFinding() const
{
    return m_index >= 0 && m_index < m_findings.size() ? &m_findings.at(m_index) : nullptr;
}

void RecheckDialog::updateRow(int index)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item)
        return;
    const Finding &f = m_findings.at(index);
    QString text = tr("#%1 %2\n%3")
                       .arg(f.id)
                       .arg(m_siteNames.value(f.siteId), elided(f.description, ListTextCharacters));
    if (const auto verdict = m_verdicts.constFind(f.id); verdict != m_verdicts.cend())
        text.prepend(verdict.value() ? tr("✓ Passed · ") : tr("✗ Failed · "));
    else
        text.prepend(FindingStates.label(f.state) + QStringLiteral(" · "));
    item->setText(text);
    item->setToolTip(QStringLiteral("%1\n%2").arg(f.description, f.url));
    item->setData(Qt::UserRole, f.id);
}

void RecheckDialog::showFinding(int index)
{
    // Leaving a finding abandons its verdict waiting for a screenshot, so nothing lands on the next one.
    m_pendingVerdict.reset();
    m_runner->cancel();
    m_index = index;
    m_checkResult.clear();
    m_outcome.reset();
    m_evidenceId = 0;
    m_note->clear();
    m_checkLabel->clear();
    m_screenshotLabel->clear();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
    const Finding *f = currentFinding();
    if (!f) {
        m_title->setText(m_findings.isEmpty() ? tr("No finding waits for re-check.") : QString());
        m_live->clear();
        updateControls();
        return;
    }
    const QString item = f->itemCode.isEmpty() ? QString() : QStringLiteral(" · ") + f->itemCode;
    m_title->setText(tr("Finding #%1 · %2%3").arg(f->id).arg(m_siteNames.value(f->siteId), item));
    m_before->showFinding(*f);
    switch (RecheckMatcher::methodFor(f->checkId)) {
    case RecheckMatcher::Method::None:
        m_checkLabel->setText(tr("Marked by hand: compare the page with the screenshot."));
        break;
    case RecheckMatcher::Method::Manual:
        m_checkLabel->setText(tr("Found by a site scan (%1): judge the page, or scan the site again.")
                                  .arg(CheckCatalogue::name(f->checkId)));
        break;
    default:
        m_checkLabel->setText(tr("Found by the check “%1”: run it again on the page as it is now.")
                                  .arg(CheckCatalogue::name(f->checkId)));
    }
    m_live->open(*f);
    qCDebug(lcRecheck) << "showing finding" << f->id << "at" << f->url;
    updateControls();
}

void RecheckDialog::runCheck()
{
    const Finding *f = currentFinding();
    if (!f || m_runner->isBusy())
        return;
    m_checkLabel->setText(tr("Running the check again…"));
    m_runner->run(*f, m_live->view());
    updateControls();
}

void RecheckDialog::checkDone(const RecheckMatch &match)
{
    m_checkResult = match.summary;
    m_outcome = match.outcome;
    m_checkLabel->setText(match.summary);
    updateControls();
    emit checkFinished(match.summary);
}

void RecheckDialog::checkFailed(const QString &message)
{
    m_checkLabel->setText(message);
    updateControls();
    emit checkFinished(message);
}

void RecheckDialog::takeScreenshot()
{
    if (!currentFinding() || m_live->isCapturing())
        return;
    m_screenshotLabel->setText(tr("Taking the screenshot…"));
    m_live->capture();
}

void RecheckDialog::saveScreenshot(const PageCapture &capture)
{
    const Finding *f = currentFinding();
    if (!f)
        return;
    Evidence meta;
    meta.findingId = f->id;
    meta.kind = EvidenceKind::Screenshot;
    meta.captureMode = capture.mode;
    meta.capped = capture.capped;
    meta.pageUrl = f->url;
    meta.finalUrl = capture.url.toString();
    meta.capturedAt = capture.capturedAt.isValid() ? capture.capturedAt : QDateTime::currentDateTimeUtc();
    meta.caption = tr("Re-check");
    meta.atRecheck = true;
    auto row = EvidenceRecorder(m_db, m_dataDirectory).addImage(capture.image, meta);
    if (!row) {
        screenshotFailed(row.error().message);
        return;
    }
    m_evidenceId = row.value().id;
    m_screenshotLabel->setText(
        tr("Screenshot recorded at %1.")
            .arg(QLocale().toString(meta.capturedAt.toLocalTime().time(), QLocale::ShortFormat)));
    qCDebug(lcRecheck) << "re-check screenshot" << m_evidenceId << "for finding" << f->id;
    updateControls();
    emit screenshotRecorded(m_evidenceId);
    if (const auto pending = m_pendingVerdict) {
        m_pendingVerdict.reset();
        finishVerdict(*pending);
    }
}

void RecheckDialog::screenshotFailed(const QString &message)
{
    m_screenshotLabel->setText(tr("No screenshot: %1").arg(message));
    updateControls();
    if (const auto pending = m_pendingVerdict) {
        // The verdict is what the inspector saw; a page that cannot be captured must not block it.
        m_pendingVerdict.reset();
        finishVerdict(*pending);
    }
}

void RecheckDialog::recordVerdict(bool passed)
{
    const Finding *f = currentFinding();
    if (!f || m_pendingVerdict)
        return;
    const QString note = m_note->toPlainText().trimmed();
    if (!passed && note.isEmpty() && m_checkResult.isEmpty()) {
        showError(this, tr("Re-check failed"),
                  Error{tr("Say in the note what is still wrong, so the unit knows what to put right."), {}});
        m_note->setFocus();
        return;
    }
    if (passed && m_outcome == RecheckMatch::Outcome::StillPresent &&
        !confirm(this, tr("Re-check passed"),
                 tr("The re-run check says the problem is still there:\n%1\n\nRecord the re-check as passed "
                    "anyway?")
                     .arg(m_checkResult)))
        return;
    if (m_evidenceId == 0) {
        // Every verdict has its "after" picture: take it first, then record.
        m_pendingVerdict = passed;
        takeScreenshot();
        return;
    }
    finishVerdict(passed);
}

void RecheckDialog::finishVerdict(bool passed)
{
    const Finding *f = currentFinding();
    if (!f)
        return;
    RecheckRecord record;
    record.findingId = f->id;
    record.passed = passed;
    record.note = m_note->toPlainText().trimmed();
    record.checkResult = m_checkResult;
    record.actor = m_inspector;
    record.evidenceId = m_evidenceId;
    auto id = FindingLifecycle(m_db, m_dataDirectory).recordRecheck(record);
    if (!id) {
        showError(this, tr("Record re-check"), id.error());
        updateControls();
        return;
    }
    qCInfo(lcRecheck) << "finding" << f->id << (passed ? "passed" : "failed") << "re-check" << id.value();
    const qint64 findingId = f->id;
    m_verdicts.insert(findingId, passed);
    m_findings[m_index].state = passed ? FindingState::RecheckPassed : FindingState::RecheckFailed;
    updateRow(m_index);
    emit findingRechecked(findingId, passed);
    moveToNext();
}

void RecheckDialog::moveToNext()
{
    const int count = int(m_findings.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = (m_index + step) % count;
        if (!m_verdicts.contains(m_findings.at(candidate).id)) {
            showFinding(candidate);
            return;
        }
    }
    // Everything has its verdict: the last finding stays in view with what was recorded.
    updateControls();
}

void RecheckDialog::updateControls()
{
    const Finding *f = currentFinding();
    const bool waiting = m_pendingVerdict.has_value() || m_live->isCapturing();
    const auto method = f ? RecheckMatcher::methodFor(f->checkId) : RecheckMatcher::Method::None;
    const bool pageNeeded = method == RecheckMatcher::Method::PageCheck;
    m_runCheck->setEnabled(f && !f->checkId.isEmpty() && !m_runner->isBusy() &&
                           (!pageNeeded || m_live->isLoaded()));
    m_screenshot->setEnabled(f && !waiting);
    m_pass->setEnabled(f && !waiting);
    m_fail->setEnabled(f && !waiting);
    m_skip->setEnabled(f && m_findings.size() > 1);
    m_note->setEnabled(f != nullptr);
    const int count = int(m_findings.size());
    const int done = int(m_verdicts.size());
    if (count > 0 && done == count)
        m_progress->setText(tr("All %n finding(s) re-checked.", nullptr, count));
    else if (f)
        m_progress->setText(tr("%1 of %2 · %3 re-checked").arg(m_index + 1).arg(count).arg(done));
    else
        m_progress->clear();
}

} // namespace xj
