// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWebEngineDownloadRequest;
class QWebEngineView;

namespace xj {

/// Saves the page shown in a view as one MHTML file (the page with its images and style sheets),
/// the archived copy of a finding's page. QWebEnginePage::save() reports through the profile's
/// download requests; this picks out the one for its own page and file and follows it to the end.
/// Deleting the saver cancels a save in progress.
class ArchiveSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSaver)
public:
    explicit ArchiveSaver(QWebEngineView *view, QObject *parent = nullptr);
    ~ArchiveSaver() override;

    void save(const QString &path);

signals:
    /// `path` is where the file was written (the engine may have changed the name).
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void onDownloadRequested(QWebEngineDownloadRequest *request);
    void onFinished();

    QPointer<QWebEngineView> m_view;
    QString m_path;
    QPointer<QWebEngineDownloadRequest> m_request;
};

} // namespace xj
