// SPDX-License-Identifier: GPL-3.0-or-later
#include "marking/DemoEvidenceCapture.h"

#include "capture/PageCapturer.h"
#include "core/Logging.h"
#include "demo/DemoWorkspace.h"
#include "imaging/AnnotationRenderer.h"
#include "inspection/ProblemMarker.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>

namespace xj {

namespace {

// Scrolls the problem (the element `selector` matches, or else the first occurrence of `text`) to the
// upper third of the view and returns its box in viewport CSS pixels (empty when not on the page).
QString scrollToProblemScript(const QString &selector, const QString &text)
{
    const QString args =
        QString::fromUtf8(QJsonDocument(QJsonArray{selector, text}).toJson(QJsonDocument::Compact));
    return QStringLiteral("(function(selector,needle){"
                          "function box(r){return [r.left,r.top,r.width,r.height];}"
                          "if(selector){var e=document.querySelector(selector);if(!e)return [];"
                          "var b=e.getBoundingClientRect();window.scrollBy(0,b.top-window.innerHeight/3);"
                          "return box(e.getBoundingClientRect());}"
                          "if(!needle)return [];"
                          "var w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);"
                          "for(var n=w.nextNode();n;n=w.nextNode()){"
                          "var i=n.nodeValue.indexOf(needle);if(i<0)continue;"
                          "var r=document.createRange();r.setStart(n,i);r.setEnd(n,i+needle.length);"
                          "window.scrollBy(0,r.getBoundingClientRect().top-window.innerHeight/3);"
                          "return box(r.getBoundingClientRect());}"
                          "return [];}).apply(null,%1)")
        .arg(args);
}

} // namespace

DemoEvidenceCapture::DemoEvidenceCapture(const Database &database, const QString &dataDirectory,
                                         QWebEngineProfile *profile, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_view(new QWebEngineView)
    , m_capturer(nullptr)
    , m_probe(new PageStatusProbe(this))
{
    // A real, shown view (WebEngine paints nothing for hidden ones) that never appears on screen.
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    // Without a profile of the workspace, an off-the-record one: nothing of the demo capture lands
    // in the user's own browser storage.
    if (!profile)
        profile = m_ownProfile = new QWebEngineProfile(this);
    m_view->setPage(new QWebEnginePage(profile, m_view));
    m_view->resize(1280, 800);
    m_view->show();
    m_capturer = new PageCapturer(m_view, this);
    connect(m_view, &QWebEngineView::loadFinished, this, &DemoEvidenceCapture::pageLoaded);
    connect(m_capturer, &PageCapturer::captured, this, &DemoEvidenceCapture::captured);
    connect(m_capturer, &PageCapturer::failed, this, &DemoEvidenceCapture::fail);
    connect(m_capturer, &PageCapturer::archiveSaved, this, &DemoEvidenceCapture::archived);
    connect(m_capturer, &PageCapturer::archiveFailed, this, &DemoEvidenceCapture::fail);
    connect(m_probe, &PageStatusProbe::finished, this, [this](const PageStatus &status) {
        m_status = status;
        m_haveStatus = true;
        finishCurrent();
    });
}

DemoEvidenceCapture::~DemoEvidenceCapture()
{
    delete m_capturer;
    m_capturer = nullptr;
    delete m_view; // before the profile its page was made with
    delete m_ownProfile;
}

Result<QList<Finding>> DemoEvidenceCapture::findingsToCapture(const Database &database)
{
    auto demoSites = DemoWorkspace::entries(database);
    if (!demoSites)
        return demoSites.error();
    auto findings = FindingRepository(database).list();
    if (!findings)
        return findings.error();
    QList<qint64> ids;
    for (const Finding &f : findings.value())
        ids << f.id;
    auto counts = EvidenceRepository(database).screenshotCounts(ids);
    if (!counts)
        return counts.error();
    QList<Finding> todo;
    for (const Finding &f : findings.value()) {
        const bool onDemoSite = std::any_of(demoSites.value().cbegin(), demoSites.value().cend(),
                                            [&](const DemoSiteEntry &e) { return e.siteId == f.siteId; });
        if (onDemoSite && !f.url.isEmpty() && counts.value().value(f.id) == 0)
            todo << f;
    }
    return todo;
}

Status DemoEvidenceCapture::run(const Database &database, const QString &dataDirectory,
                                QWebEngineProfile *profile, const std::function<void(int, int)> &progress)
{
    DemoEvidenceCapture capture(database, dataDirectory, profile);
    QEventLoop loop;
    Status result = Status::success();
    connect(&capture, &DemoEvidenceCapture::progress, &loop, [&](int done, int total) {
        if (progress)
            progress(done, total);
    });
    connect(&capture, &DemoEvidenceCapture::finished, &loop, [&](const Status &status) {
        result = status;
        loop.quit();
    });
    capture.start();
    loop.exec();
    return result;
}

void DemoEvidenceCapture::start()
{
    auto todo = findingsToCapture(m_db);
    if (!todo) {
        QMetaObject::invokeMethod(
            this, [this, e = todo.error()] { emit finished(e); }, Qt::QueuedConnection);
        return;
    }
    m_todo = todo.value();
    m_total = int(m_todo.size());
    QMetaObject::invokeMethod(this, &DemoEvidenceCapture::next, Qt::QueuedConnection);
}

void DemoEvidenceCapture::next()
{
    emit progress(m_total - int(m_todo.size()), m_total);
    if (m_todo.isEmpty())
        return emit finished(Status::success());
    m_current = m_todo.takeFirst();
    m_problemBox = {};
    m_archive.clear();
    m_haveArchive = m_haveStatus = false;
    qCInfo(lcDemo) << "capturing demo evidence for finding" << m_current.id << m_current.url;
    m_view->load(QUrl(m_current.url));
}

void DemoEvidenceCapture::pageLoaded(bool ok)
{
    if (m_current.id == 0)
        return;
    if (!ok)
        return fail(tr("The demo page %1 did not load. Is the demo site being served?").arg(m_current.url));
    m_view->page()->runJavaScript(
        scrollToProblemScript(m_current.elementSelector, m_current.elementText), [this](const QVariant &box) {
            const QVariantList b = box.toList();
            if (b.size() == 4)
                m_problemBox = QRectF(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
            m_capturer->captureVisible();
        });
}

void DemoEvidenceCapture::captured(const PageCapture &capture)
{
    QImage annotated;
    if (!m_problemBox.isEmpty()) {
        Annotation frame;
        frame.kind = Annotation::Kind::Rectangle;
        frame.rect = m_problemBox.adjusted(-6, -4, 6, 4);
        frame.color = QColor(0xd3, 0x2f, 0x2f);
        annotated = AnnotationRenderer::render(capture.image, {frame});
    }
    if (Status s =
            ProblemMarker(m_db, m_dataDirectory).addScreenshot(m_current.id, capture.toScreenshot(annotated));
        !s)
        return fail(s.error().message);
    m_archivePath =
        QDir(m_dataDirectory).filePath(QStringLiteral("tmp/demo-archive-%1.mhtml").arg(m_current.id));
    QDir().mkpath(QFileInfo(m_archivePath).path());
    m_capturer->saveArchive(m_archivePath);
    m_probe->probe(capture.url);
}

void DemoEvidenceCapture::archived(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_archive = file.readAll();
    file.close();
    QFile::remove(path);
    m_haveArchive = true;
    finishCurrent();
}

void DemoEvidenceCapture::finishCurrent()
{
    if (!m_haveArchive || !m_haveStatus || m_current.id == 0)
        return;
    ArchiveInput archive;
    archive.mhtml = m_archive;
    archive.pageUrl = m_current.url;
    archive.finalUrl = m_status.finalUrl.toString();
    archive.httpStatus = m_status.httpStatus;
    archive.capturedAt = QDateTime::currentDateTimeUtc();
    if (Status s = ProblemMarker(m_db, m_dataDirectory).addArchive(m_current.id, archive); !s)
        return fail(s.error().message);
    m_current = {};
    next();
}

void DemoEvidenceCapture::fail(const QString &message)
{
    m_todo.clear();
    m_current = {};
    emit finished(Error{tr("The demo evidence could not be captured: %1").arg(message), {}});
}

} // namespace xj
