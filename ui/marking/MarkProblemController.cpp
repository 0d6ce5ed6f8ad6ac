// SPDX-License-Identifier: GPL-3.0-or-later
#include "marking/MarkProblemController.h"

#include "annotate/AnnotationEditor.h"
#include "capture/PageCapturer.h"
#include "common/EditUntilSaved.h"
#include "common/ErrorDialog.h"
#include "core/Logging.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/PictureFile.h"
#include "findings/FindingsPanel.h"
#include "inspection/ProblemMarker.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QStandardPaths>
#include <QUuid>
#include <QWebEngineView>

namespace xj {

namespace {

constexpr int FullPageLimitPx = 20000;

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

MarkProblemController::MarkProblemController(const Database &database, const QString &dataDirectory,
                                             QWebEngineView *view, FindingsPanel *findings, QWidget *window)
    : QObject(window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_view(view)
    , m_findings(findings)
    , m_window(window)
    , m_capturer(new PageCapturer(view, this))
{
    m_markActions << createAction(tr("Mark problem: visible area"), QStringLiteral("markVisibleAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_M), CaptureMode::Visible)
                  << createAction(tr("Mark problem: full page"), QStringLiteral("markFullPageAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), CaptureMode::FullPage)
                  << createAction(tr("Mark problem: drag a region"), QStringLiteral("markRegionAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), CaptureMode::Region)
                  << createAction(tr("Mark problem: pick an element"), QStringLiteral("markElementAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), CaptureMode::Element);
    const QKeySequence addKey(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_addScreenshot = new QAction(tr("Add screenshot to selected finding"), this);
    m_addScreenshot->setObjectName(QStringLiteral("addScreenshotAction"));
    m_addScreenshot->setShortcut(addKey);
    m_addScreenshot->setToolTip(
        withShortcut(tr("Capture the visible area again for the selected finding"), addKey));
    connect(m_addScreenshot, &QAction::triggered, this, &MarkProblemController::addScreenshotToSelected);
    m_attachPicture = new QAction(tr("Attach picture to selected finding…"), this);
    m_attachPicture->setObjectName(QStringLiteral("attachPictureAction"));
    m_attachPicture->setToolTip(tr("Attach a screenshot taken elsewhere, e.g. on a phone"));
    connect(m_attachPicture, &QAction::triggered, this, &MarkProblemController::attachPictureToSelected);

    connect(m_capturer, &PageCapturer::captured, this, &MarkProblemController::handleCapture);
    connect(m_capturer, &PageCapturer::failed, this, [this](const QString &text) {
        showError(m_window, tr("Mark problem"), Error{text, {}});
    });
    connect(m_capturer, &PageCapturer::canceled, this, [this] { emit message(tr("Marking canceled.")); });
    connect(m_capturer, &PageCapturer::archiveSaved, this, [this](const QString &path) {
        if (!m_archives.contains(path))
            return; // another user of the capturer's archive; the file is theirs
        QFile file(path);
        const bool read = file.open(QIODevice::ReadOnly);
        const QByteArray bytes = read ? file.readAll() : QByteArray();
        file.close();
        QFile::remove(path);
        archiveFinished(path, bytes, !read || bytes.isEmpty());
    });
    connect(m_capturer, &PageCapturer::archiveFailed, this, [this](const QString &text) {
        emit message(tr("The page could not be archived: %1").arg(text));
        // Archives are saved one after another, so the failure belongs to the oldest one waiting.
        for (auto it = m_archives.begin(); it != m_archives.end(); ++it) {
            if (!it->haveMhtml) {
                archiveFinished(it.key(), {}, true);
                break;
            }
        }
    });
}

MarkProblemController::~MarkProblemController() = default;

QAction *MarkProblemController::createAction(const QString &text, const QString &objectName,
                                             const QKeySequence &shortcut, CaptureMode mode)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setToolTip(withShortcut(text, shortcut));
    connect(action, &QAction::triggered, this, [this, mode] { mark(mode); });
    return action;
}

QList<QAction *> MarkProblemController::markActions() const
{
    return m_markActions;
}

bool MarkProblemController::ready(Target target)
{
    const Finding probe = m_findings->newFinding();
    if (probe.roundId <= 0 || probe.siteId <= 0) {
        showError(m_window, tr("Mark problem"),
                  Error{tr("Choose a site in the list and an inspection round first."), {}});
        return false;
    }
    if (target == Target::SelectedFinding && m_findings->currentFindingId() <= 0) {
        showError(m_window, tr("Add screenshot"),
                  Error{tr("Select the finding the screenshot belongs to in the findings list first."), {}});
        return false;
    }
    return true;
}

void MarkProblemController::mark(CaptureMode mode)
{
    if (ready(Target::NewFinding))
        startCapture(mode, Target::NewFinding);
}

void MarkProblemController::addScreenshotToSelected()
{
    if (ready(Target::SelectedFinding))
        startCapture(CaptureMode::Visible, Target::SelectedFinding);
}

void MarkProblemController::startCapture(CaptureMode mode, Target target)
{
    m_target = target;
    m_targetFindingId = target == Target::SelectedFinding ? m_findings->currentFindingId() : 0;
    switch (mode) {
    case CaptureMode::FullPage:
        m_capturer->captureFullPage(FullPageLimitPx);
        break;
    case CaptureMode::Region:
        emit message(tr("Drag over the part of the page to capture; Esc cancels."));
        m_capturer->startRegionSelection();
        break;
    case CaptureMode::Element:
        emit message(tr("Point at the element with the problem and click it; Esc cancels."));
        m_capturer->startElementPick();
        break;
    default:
        m_capturer->captureVisible();
        break;
    }
}

void MarkProblemController::handleCapture(const PageCapture &capture)
{
    const QString archivePath = m_target == Target::NewFinding ? startArchive(capture) : QString();
    QImage annotated;
    if (m_annotateFirst) {
        AnnotationEditor editor(capture.image, m_window);
        if (editor.exec() != QDialog::Accepted) {
            if (m_archives.contains(archivePath)) {
                m_archives[archivePath].findingId = -1; // dropped once it finishes
                attachArchiveIfComplete(archivePath);
            }
            emit message(tr("Marking canceled."));
            return;
        }
        annotated = editor.annotatedImage();
    }
    if (m_target == Target::NewFinding)
        return saveNewFinding(capture, annotated, archivePath);

    const Status added = ProblemMarker(m_db, m_dataDirectory)
                             .addScreenshot(m_targetFindingId, capture.toScreenshot(annotated));
    if (!added)
        return showError(m_window, tr("Add screenshot"), added.error());
    m_findings->reload();
    m_findings->selectFinding(m_targetFindingId);
    emit message(tr("Screenshot added to the finding."));
}

void MarkProblemController::saveNewFinding(const PageCapture &capture, const QImage &annotated,
                                           const QString &archivePath)
{
    Finding finding = m_findings->newFinding();
    finding.url = capture.url.toString();
    finding.pageTitle = capture.title;
    finding.foundAt = capture.capturedAt.isValid() ? capture.capturedAt : QDateTime::currentDateTimeUtc();
    finding.elementSelector = capture.selector;
    finding.elementText = capture.elementText;
    finding.elementBox = capture.elementBox;
    qint64 savedId = 0;
    const bool saved = editUntilSaved(
        m_window, tr("Save finding"), finding,
        [&](Finding &f) {
            FindingDialog dialog(f, m_findings->itemChoices(), m_window);
            dialog.setPreview(annotated.isNull() ? capture.image : annotated, captionFor(capture));
            if (dialog.exec() != QDialog::Accepted)
                return false;
            f = dialog.finding();
            return true;
        },
        [&](const Finding &f) -> Status {
            auto id = ProblemMarker(m_db, m_dataDirectory).create(f, {capture.toScreenshot(annotated)});
            if (!id)
                return id.error();
            savedId = id.value();
            return Status::success();
        });
    if (m_archives.contains(archivePath)) {
        m_archives[archivePath].findingId = saved ? savedId : -1;
        attachArchiveIfComplete(archivePath);
    }
    if (!saved)
        return emit message(tr("Marking canceled."));
    m_findings->reload();
    m_findings->selectFinding(savedId);
    emit findingSaved(savedId);
    emit message(tr("Finding saved with its screenshot; the page is being archived."));
}

QString MarkProblemController::startArchive(const PageCapture &capture)
{
    const QDir tmp(QDir(m_dataDirectory).filePath(QStringLiteral("tmp")));
    if (!tmp.mkpath(QStringLiteral(".")))
        return {};
    const QString path = tmp.filePath(
        QStringLiteral("archive-%1.mhtml").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    PendingArchive &pending = m_archives[path];
    pending.url = capture.url;
    pending.capturedAt = capture.capturedAt;
    m_capturer->saveArchive(path);
    auto *probe = new PageStatusProbe(this);
    connect(probe, &PageStatusProbe::finished, this, [this, path, probe](const PageStatus &status) {
        probe->deleteLater();
        if (!m_archives.contains(path))
            return;
        m_archives[path].status = status;
        m_archives[path].haveStatus = true;
        attachArchiveIfComplete(path);
    });
    probe->probe(capture.url);
    return path;
}

void MarkProblemController::archiveFinished(const QString &path, const QByteArray &mhtml, bool failed)
{
    if (!m_archives.contains(path))
        return;
    PendingArchive &pending = m_archives[path];
    pending.mhtml = mhtml;
    pending.haveMhtml = true;
    pending.failed = failed;
    attachArchiveIfComplete(path);
}

// The archive and the status arrive asynchronously, the finding id when the inspector saves; the
// archive is attached once all three are known.
void MarkProblemController::attachArchiveIfComplete(const QString &path)
{
    auto it = m_archives.find(path);
    if (it == m_archives.end())
        return;
    const PendingArchive pending = *it;
    if (pending.findingId < 0 && (pending.haveMhtml || pending.failed)) {
        m_archives.erase(it);
        return;
    }
    if (pending.findingId <= 0 || !pending.haveMhtml || !pending.haveStatus)
        return;
    m_archives.erase(it);
    if (pending.failed)
        return;
    ArchiveInput archive;
    archive.mhtml = pending.mhtml;
    archive.pageUrl = pending.url.toString();
    archive.finalUrl = pending.status.finalUrl.toString();
    archive.httpStatus = pending.status.httpStatus;
    archive.capturedAt = pending.capturedAt;
    if (Status s = ProblemMarker(m_db, m_dataDirectory).addArchive(pending.findingId, archive); !s) {
        qCWarning(lcApp) << "archive not attached" << s.error().message;
        emit message(tr("The archived page could not be saved: %1").arg(s.error().message));
        return;
    }
    emit message(tr("Archived page saved with the finding."));
}

QString MarkProblemController::captionFor(const PageCapture &capture) const
{
    QString caption =
        tr("%1, %2 × %3 px, %4")
            .arg(CaptureModes.label(capture.mode))
            .arg(capture.image.width())
            .arg(capture.image.height())
            .arg(capture.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!capture.selector.isEmpty())
        caption += QLatin1Char('\n') +
                   tr("Element: %1 “%2”").arg(capture.selector, capture.elementText.simplified().left(60));
    if (capture.capped)
        caption += QLatin1Char('\n') +
                   tr("The page is taller than %L1 px, so the screenshot stops there; the archived page "
                      "keeps all of it.")
                       .arg(FullPageLimitPx);
    return caption;
}

void MarkProblemController::attachPictureToSelected()
{
    if (!ready(Target::SelectedFinding))
        return;
    const qint64 findingId = m_findings->currentFindingId();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Attach picture"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"));
    if (path.isEmpty())
        return;
    auto picture = PictureFile::load(path);
    if (!picture)
        return showError(m_window, tr("Attach picture"), picture.error());
    Evidence meta = picture.value().evidence();
    meta.findingId = findingId;
    if (auto added = EvidenceRecorder(m_db, m_dataDirectory).addBytes(picture.value().bytes, meta); !added)
        return showError(m_window, tr("Attach picture"), added.error());
    m_findings->reload();
    m_findings->selectFinding(findingId);
}

} // namespace xj
