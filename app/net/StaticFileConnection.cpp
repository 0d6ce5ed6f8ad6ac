// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/StaticFileConnection.h"

#include "core/Logging.h"

#include <QDateTime>
#include <QLocale>

namespace xj {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Internal Server Error";
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

StaticFileConnection::StaticFileConnection(QTcpSocket *socket, const StaticFileResolver &resolver,
                                           QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_resolver(resolver)
{
    socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    // A client that neither sends nor reads is dropped without waiting to flush what is queued.
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCDebug(lcNet) << "idle connection dropped";
        if (m_socket)
            m_socket->abort();
        finish();
    });
    connect(socket, &QTcpSocket::readyRead, this, &StaticFileConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &StaticFileConnection::writeChunks);
    connect(socket, &QTcpSocket::disconnected, this, &StaticFileConnection::finish);
    m_idle.start();
    // Bytes may have arrived before the signals were connected.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &StaticFileConnection::onReadyRead, Qt::QueuedConnection);
}

StaticFileConnection::~StaticFileConnection() = default;

void StaticFileConnection::refuseBusy()
{
    sendError(503, true);
}

void StaticFileConnection::onReadyRead()
{
    if (!m_socket || m_closing)
        return;
    m_buffer += m_socket->readAll();
    m_idle.start();
    processBuffer();
}

void StaticFileConnection::processBuffer()
{
    // One response at a time: pipelined requests wait in the buffer until the current one is sent.
    while (!m_busy && !m_closing && !m_buffer.isEmpty()) {
        const HttpRequestParser::Outcome outcome = HttpRequestParser::parse(m_buffer);
        if (outcome.state == HttpRequestParser::State::Incomplete)
            return;
        if (outcome.state == HttpRequestParser::State::Invalid) {
            qCDebug(lcNet) << "bad request, answering" << outcome.errorStatus;
            m_buffer.clear();
            sendError(outcome.errorStatus, true);
            return;
        }
        m_buffer.remove(0, outcome.consumed);
        respond(outcome.request);
    }
}

void StaticFileConnection::respond(const HttpRequest &request)
{
    m_keepAlive = request.keepAlive();
    const bool head = request.method == "HEAD";
    if (!head && request.method != "GET") {
        qCDebug(lcNet) << request.method << request.target << 405;
        sendError(405, true);
        return;
    }
    const StaticFileResolver::Resolution r = m_resolver.resolve(request.target);
    qCDebug(lcNet) << request.method << request.target << r.status;
    if (r.status == 301) {
        sendHead(301, {{"Location", r.location}, {"Content-Type", "text/html; charset=utf-8"}}, 0);
        endResponse();
        return;
    }
    if (r.status != 200) {
        sendError(r.status, r.status == 400);
        return;
    }
    m_file.setFileName(r.filePath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        sendError(403, false);
        return;
    }
    sendHead(200, {{"Content-Type", StaticFileResolver::contentType(r.filePath)}}, m_file.size());
    if (head) {
        m_file.close();
        endResponse();
        return;
    }
    m_remaining = m_file.size();
    m_busy = true;
    writeChunks();
}

void StaticFileConnection::sendHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                    qint64 contentLength)
{
    if (!m_socket)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Date: " + httpDate() + "\r\nServer: Xunjian-demo\r\nCache-Control: no-cache\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head +=
        m_keepAlive ? QByteArray("Connection: keep-alive\r\n\r\n") : QByteArray("Connection: close\r\n\r\n");
    m_socket->write(head);
}

void StaticFileConnection::sendError(int status, bool close)
{
    if (close)
        m_keepAlive = false;
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    const QByteArray body = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
                            "</title></head><body><h1>" + title + "</h1></body></html>\n";
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "text/html; charset=utf-8"}};
    if (status == 405)
        headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD")));
    sendHead(status, headers, body.size());
    if (m_socket)
        m_socket->write(body);
    endResponse();
}

void StaticFileConnection::writeChunks()
{
    if (!m_socket || !m_busy)
        return;
    m_idle.start();
    // Keep at most two chunks queued in the socket; bytesWritten brings us back for more.
    while (m_remaining > 0 && m_socket->bytesToWrite() < 2 * ChunkBytes) {
        const QByteArray chunk = m_file.read(std::min(ChunkBytes, m_remaining));
        if (chunk.isEmpty()) {
            // The file shrank while being sent: the promised length cannot be kept, so close.
            qCWarning(lcNet) << "short read from" << m_file.fileName();
            m_keepAlive = false;
            break;
        }
        m_socket->write(chunk);
        m_remaining -= chunk.size();
    }
    if (m_remaining > 0 && m_keepAlive)
        return;
    m_file.close();
    m_busy = false;
    m_remaining = 0;
    endResponse();
}

void StaticFileConnection::endResponse()
{
    if (!m_keepAlive) {
        closeConnection();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &StaticFileConnection::processBuffer, Qt::QueuedConnection);
}

void StaticFileConnection::closeConnection()
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    // disconnectFromHost() sends what is queued first, then emits disconnected(), which finishes
    // us; the idle timer still runs in case the client never takes the rest.
    m_idle.start();
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void StaticFileConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_idle.stop();
    emit finished();
    deleteLater();
}

} // namespace xj
