// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <memory>

class QTcpSocket;

namespace xj {

class HttpConnectionPool;
class ResponseInflater;

/// A plain-HTTP GET or HEAD for the crawler, on a buffered socket from HttpConnectionPool. Qt 6.4's
/// own HTTP code reads the status line and headers one byte per read() call on an unbuffered socket
/// — about 250 system calls per response, a quarter of a crawl's CPU time — so the crawler's
/// network access manager hands plain http:// requests to this reply instead. It speaks HTTP/1.1
/// with keep-alive, Content-Length, chunked and close-delimited bodies and gzip/deflate, and
/// reports like any QNetworkReply (status and headers, readyRead, the same error codes). Redirects
/// are not followed: the Fetcher follows them itself. https:// goes through Qt as before (TLS,
/// HTTP/2).
class PlainHttpReply final : public QNetworkReply
{
    Q_OBJECT
public:
    PlainHttpReply(HttpConnectionPool *pool, QNetworkAccessManager::Operation operation,
                   const QNetworkRequest &request, QObject *parent);
    ~PlainHttpReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    enum class Stage { Connecting, Status, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };

    void start(bool retried);
    void sendRequest();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    bool parseStatus(const QByteArray &line);
    void headersDone();
    void deliver(const QByteArray &bytes);
    void complete();
    void fail(NetworkError code, const QString &text, bool closeDevice = false);
    void releaseSocket(bool reusable);

    QPointer<HttpConnectionPool> m_pool;
    QTcpSocket *m_socket = nullptr;
    bool m_reused = false;
    bool m_retried = false;
    bool m_gotBytes = false;
    Stage m_stage = Stage::Connecting;
    int m_status = 0;
    qint64 m_remaining = -1; ///< body bytes (or chunk bytes) still to come; -1: until close
    bool m_keepAlive = true;
    std::unique_ptr<ResponseInflater> m_inflater;
    QByteArray m_buffer; ///< decoded body not yet read by the user
    qint64 m_received = 0;
};

} // namespace xj
