// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/ArchiveSaver.h"

#include "capture/CaptureLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QWebEngineDownloadRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace xj {

ArchiveSaver::ArchiveSaver(QWebEngineView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{}

ArchiveSaver::~ArchiveSaver()
{
    if (m_request && (m_request->state() == QWebEngineDownloadRequest::DownloadRequested ||
                      m_request->state() == QWebEngineDownloadRequest::DownloadInProgress))
        m_request->cancel();
}

void ArchiveSaver::save(const QString &path)
{
    if (!m_view || m_view->url().isEmpty()) {
        emit failed(tr("There is no page to archive. Open the page first, then archive it."));
        return;
    }
    const QFileInfo target(path);
    m_path = QDir::cleanPath(target.absoluteFilePath());
    // The engine cancels the save silently when the folder does not exist.
    if (!QDir().mkpath(target.absolutePath())) {
        emit failed(tr("The folder %1 cannot be created. Check that the data folder is writable, then "
                       "archive the page again.")
                        .arg(QDir::toNativeSeparators(target.absolutePath())));
        return;
    }
    QWebEnginePage *page = m_view->page();
    connect(page->profile(), &QWebEngineProfile::downloadRequested, this, &ArchiveSaver::onDownloadRequested);
    qCDebug(lcCapture) << "archiving" << m_view->url() << "to" << m_path;
    page->save(m_path, QWebEngineDownloadRequest::MimeHtmlSaveFormat);
}

void ArchiveSaver::onDownloadRequested(QWebEngineDownloadRequest *request)
{
    if (m_request || !m_view || !request->isSavePageDownload() || request->page() != m_view->page())
        return;
    const QString path =
        QDir::cleanPath(QDir(request->downloadDirectory()).filePath(request->downloadFileName()));
    if (path != m_path && QFileInfo(path).absolutePath() != QFileInfo(m_path).absolutePath())
        return;
    m_request = request;
    m_path = path;
    disconnect(m_view->page()->profile(), &QWebEngineProfile::downloadRequested, this, nullptr);
    connect(request, &QWebEngineDownloadRequest::stateChanged, this, &ArchiveSaver::onFinished);
    // Page saves arrive accepted; accept anyway in case a future engine asks.
    if (request->state() == QWebEngineDownloadRequest::DownloadRequested)
        request->accept();
    onFinished();
}

void ArchiveSaver::onFinished()
{
    if (!m_request)
        return;
    const QWebEngineDownloadRequest::DownloadState state = m_request->state();
    if (state == QWebEngineDownloadRequest::DownloadRequested ||
        state == QWebEngineDownloadRequest::DownloadInProgress)
        return;
    disconnect(m_request, nullptr, this, nullptr);
    switch (state) {
    case QWebEngineDownloadRequest::DownloadRequested:
    case QWebEngineDownloadRequest::DownloadInProgress:
        return;
    case QWebEngineDownloadRequest::DownloadCompleted:
        if (QFileInfo(m_path).size() > 0) {
            emit saved(m_path);
            return;
        }
        emit failed(tr("The archive %1 was not written. Check the free space in the data folder, then "
                       "archive the page again.")
                        .arg(QDir::toNativeSeparators(m_path)));
        return;
    case QWebEngineDownloadRequest::DownloadCancelled:
    case QWebEngineDownloadRequest::DownloadInterrupted: {
        QString reason = m_request->interruptReasonString();
        if (reason.isEmpty())
            reason = tr("canceled");
        qCWarning(lcCapture) << "archive" << m_path << "ended as" << state << reason;
        emit failed(tr("The page could not be archived (%1). Check that the data folder is writable and "
                       "has free space, then archive the page again.")
                        .arg(reason));
        return;
    }
    }
}

} // namespace xj
