// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"
#include "net/PageStatusProbe.h"

#include <QObject>
#include <QRectF>

#include <functional>

class QWebEngineProfile;
class QWebEngineView;

namespace xj {

class Database;
class PageCapturer;
struct PageCapture;

/// Gives the demo workspace's findings real evidence: for each finding on a demo site that has none
/// yet, it opens the page, scrolls the planted problem into view, takes a screenshot with the
/// problem framed in red (the untouched original kept too) and archives the page as MHTML. So
/// every later feature — the findings list, notices, training — has real evidence to show from the
/// first start on.
class DemoEvidenceCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEvidenceCapture)
public:
    DemoEvidenceCapture(const Database &database, const QString &dataDirectory, QWebEngineProfile *profile,
                        QObject *parent = nullptr);
    ~DemoEvidenceCapture() override;

    /// Findings on demo sites without any evidence.
    static Result<QList<Finding>> findingsToCapture(const Database &database);
    /// Runs to the end in a local event loop; `progress(done, total)` after each finding.
    static Status run(const Database &database, const QString &dataDirectory, QWebEngineProfile *profile,
                      const std::function<void(int, int)> &progress = {});

    void start();

signals:
    void progress(int done, int total);
    void finished(const xj::Status &status);

private:
    void next();
    void pageLoaded(bool ok);
    void captured(const PageCapture &capture);
    void archived(const QString &path);
    void finishCurrent();
    void fail(const QString &message);

    const Database &m_db;
    QString m_dataDirectory;
    QWebEngineProfile *m_ownProfile = nullptr;
    QWebEngineView *m_view;
    PageCapturer *m_capturer;
    PageStatusProbe *m_probe;
    QList<Finding> m_todo;
    int m_total = 0;
    Finding m_current;
    QRectF m_problemBox; ///< CSS px in the viewport, where the planted problem is
    QString m_archivePath;
    QByteArray m_archive;
    PageStatus m_status;
    bool m_haveArchive = false;
    bool m_haveStatus = false;
};

} // namespace xj
