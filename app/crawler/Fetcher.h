// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawler/CrawlSettings.h"
#include "crawler/FetchResult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace xj {

/// Asks for one address at a time per call and answers with a FetchResult: redirects followed by
/// hand so the chain is recorded and loops caught, a limit until the first byte and one for the
/// whole response, a size cap, HEAD first for links that are only checked (falling back to GET
/// when a server refuses HEAD), TLS errors reported, never ignored. gzip/deflate and HTTP/2 (over
/// TLS) come from QNetworkAccessManager.
class Fetcher : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Read,  ///< GET and keep the body (a page to read)
        Check, ///< HEAD, falling back to a GET that stops after the headers
        Drain, ///< GET the whole response but keep none of it (availability probes)
    };

    /// `network` may be shared with other users (it is left as it is); without one the fetcher
    /// makes its own.
    explicit Fetcher(const CrawlSettings &settings, QNetworkAccessManager *network = nullptr,
                     QObject *parent = nullptr);
    ~Fetcher() override;

    void fetch(qint64 token, const QUrl &url, Mode mode);
    int inFlight() const { return int(m_jobs.size()); }
    void abortAll();

signals:
    void finished(qint64 token, const xj::FetchResult &result);

private:
    struct Job
    {
        qint64 token = 0;
        Mode mode = Mode::Read;
        bool head = false;
        FetchResult result;
        QElapsedTimer clock;
        QTimer *timer = nullptr;
        bool gotResponse = false;
        QString abortReason;
    };
    void start(Job &job, const QUrl &url);
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void onTimeout(QNetworkReply *reply);
    void complete(QNetworkReply *reply);

public:
    /// The stable key of FetchResult::error for a network failure (dns, refused, timeout, tls, closed,
    /// network).
    static QString errorKey(QNetworkReply::NetworkError error);

private:
    static qint64 parseRetryAfter(const QByteArray &value);

    CrawlSettings m_settings;
    QNetworkAccessManager *m_nam;
    QHash<QNetworkReply *, Job> m_jobs;
};

} // namespace xj
