// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageCapture.h"
#include "net/PageStatusProbe.h"

#include <QHash>
#include <QObject>

class QAction;
class QWidget;
class QWebEngineView;

namespace xj {

class Database;
class FindingsPanel;
class PageCapturer;

/// "Mark a problem" from the page in the browser: capture (visible area, full page, region or
/// element), annotate, describe, save — the finding with its screenshot and an archived copy of the
/// page (MHTML with HTTP status and final address), written together. The same captures can be
/// added to the selected finding, since one problem often needs several screenshots.
class MarkProblemController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkProblemController)
public:
    MarkProblemController(const Database &database, const QString &dataDirectory, QWebEngineView *view,
                          FindingsPanel *findings, QWidget *window);
    ~MarkProblemController() override;

    /// Mark-problem actions, one per capture mode, with their shortcuts.
    QList<QAction *> markActions() const;
    QAction *addScreenshotAction() const { return m_addScreenshot; }
    QAction *attachPictureAction() const { return m_attachPicture; }
    PageCapturer *capturer() const { return m_capturer; }
    /// Whether marking shows the annotation editor before the finding dialog (default yes).
    void setAnnotateFirst(bool annotate) { m_annotateFirst = annotate; }

public slots:
    void mark(xj::CaptureMode mode);
    void addScreenshotToSelected();
    void attachPictureToSelected();

signals:
    void findingSaved(qint64 findingId);
    void message(const QString &text);

private:
    enum class Target { NewFinding, SelectedFinding };
    struct PendingArchive
    {
        QUrl url;
        QDateTime capturedAt;
        QByteArray mhtml;
        PageStatus status;
        bool haveMhtml = false;
        bool haveStatus = false;
        bool failed = false;
        qint64 findingId = 0;
    };

    QAction *createAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                          CaptureMode mode);
    bool ready(Target target);
    void startCapture(CaptureMode mode, Target target);
    void handleCapture(const PageCapture &capture);
    void saveNewFinding(const PageCapture &capture, const QImage &annotated, const QString &archivePath);
    QString startArchive(const PageCapture &capture);
    void archiveFinished(const QString &path, const QByteArray &mhtml, bool failed);
    void attachArchiveIfComplete(const QString &path);
    QString captionFor(const PageCapture &capture) const;

    const Database &m_db;
    QString m_dataDirectory;
    QWebEngineView *m_view;
    FindingsPanel *m_findings;
    QWidget *m_window;
    PageCapturer *m_capturer;
    QList<QAction *> m_markActions;
    QAction *m_addScreenshot;
    QAction *m_attachPicture;
    Target m_target = Target::NewFinding;
    qint64 m_targetFindingId = 0;
    bool m_annotateFirst = true;
    QHash<QString, PendingArchive> m_archives; ///< by temporary file path
};

} // namespace xj
