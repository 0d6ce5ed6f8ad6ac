// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpRequestParser.h"
#include "net/StaticFileResolver.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace xj {

/// One client connection of the StaticFileServer: reads requests (pipelined ones in order),
/// answers GET and HEAD from the resolver, and streams file bodies in chunks as the socket drains,
/// so a large file neither blocks the event loop nor sits whole in memory. It deletes itself when
/// the client goes away, misbehaves, or stays idle.
class StaticFileConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticFileConnection)
public:
    static constexpr int IdleTimeoutMs = 15000;
    static constexpr qint64 ChunkBytes = 64 * 1024;

    StaticFileConnection(QTcpSocket *socket, const StaticFileResolver &resolver, QObject *parent = nullptr);
    ~StaticFileConnection() override;

    /// Answers 503 and closes: the server has too many connections.
    void refuseBusy();

signals:
    void finished();

private:
    void onReadyRead();
    void processBuffer();
    void respond(const HttpRequest &request);
    void sendError(int status, bool close);
    void sendHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength);
    void writeChunks();
    void endResponse();
    void closeConnection();
    void finish();

    QPointer<QTcpSocket> m_socket;
    const StaticFileResolver &m_resolver;
    QByteArray m_buffer;
    QFile m_file;
    qint64 m_remaining = 0; ///< body bytes still to send from m_file
    bool m_busy = false;    ///< a response is being sent
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_finished = false;
    QTimer m_idle;
};

} // namespace xj
