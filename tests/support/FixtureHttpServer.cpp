// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixtureHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

FixtureHttpServer::FixtureHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FixtureHttpServer::handleConnection);
    m_clock.start();
}

bool FixtureHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FixtureHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void FixtureHttpServer::route(const QString &path, const Route &route)
{
    m_routes.insert(path, route);
}

void FixtureHttpServer::page(const QString &path, int status, const QByteArray &body,
                             const QByteArray &contentType)
{
    Route r;
    r.status = status;
    r.headers = {{QByteArrayLiteral("Content-Type"), contentType}};
    r.body = body;
    route(path, r);
}

void FixtureHttpServer::redirect(const QString &path, const QString &target, int status)
{
    Route r;
    r.status = status;
    r.headers = {{QByteArrayLiteral("Location"), target.toUtf8()}};
    route(path, r);
}

void FixtureHttpServer::sequence(const QString &path, const QList<Route> &routes)
{
    m_sequences.insert(path, routes);
}

void FixtureHttpServer::streamGenerated(QTcpSocket *socket, qint64 bytes)
{
    // Keep at most one chunk queued in the socket: the client's reading pace drives the writing,
    // and memory stays at a chunk however large the response.
    static constexpr qint64 Chunk = 256 * 1024;
    const QByteArray block(Chunk, 'x');
    auto left = std::make_shared<qint64>(bytes);
    auto feed = [socket, block, left] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        while (*left > 0 && socket->bytesToWrite() < Chunk) {
            const qint64 n = qMin<qint64>(*left, Chunk);
            socket->write(block.constData(), n);
            *left -= n;
        }
        if (*left == 0 && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    feed();
}

quint16 FixtureHttpServer::closedPort()
{
    // The system hands out a free port; once the listener closes, nothing answers there.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void FixtureHttpServer::handleConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            socket->disconnect(this);
            answer(socket, buffer->left(end));
        });
    }
}

void FixtureHttpServer::answer(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray method = requestLine.value(0);
    const QString target = QString::fromUtf8(requestLine.value(1));
    QString key = target;
    if (!m_routes.contains(key) && !m_sequences.contains(key))
        key = target.section(QLatin1Char('?'), 0, 0);
    const int hit = ++m_hits[key];
    m_requests.append({method, target, m_clock.elapsed()});
    Route r;
    if (const auto seq = m_sequences.constFind(key); seq != m_sequences.cend() && !seq->isEmpty()) {
        r = seq->at(qMin<qsizetype>(hit - 1, seq->size() - 1));
    } else if (m_routes.contains(key)) {
        r = m_routes.value(key);
    } else if (m_hasFallback) {
        r = m_fallback;
    } else {
        r.status = 404;
        r.body = QByteArrayLiteral("<html><body>Not Found</body></html>");
    }

    const bool headOnly = method == "HEAD";
    if (headOnly && r.headStatus > 0) {
        r.status = r.headStatus;
        r.body.clear();
        r.generatedBytes = 0;
    }
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, r, headOnly] {
        if (!guard)
            return;
        if (r.closeWithoutAnswer) {
            guard->abort();
            return;
        }
        QByteArray response = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
        for (const auto &[name, value] : r.headers)
            response += name + ": " + value + "\r\n";
        const qint64 length = r.generatedBytes > 0 ? r.generatedBytes : r.body.size();
        if (!r.omitContentLength && !hasHeader(r.headers, "Content-Length"))
            response += "Content-Length: " + QByteArray::number(length) + "\r\n";
        response += "Connection: close\r\n\r\n";
        if (!headOnly && r.generatedBytes > 0) {
            guard->write(response);
            streamGenerated(guard, r.generatedBytes);
            return;
        }
        if (headOnly || r.dripBytes <= 0) {
            guard->write(headOnly ? response : response + r.body);
            guard->disconnectFromHost();
            return;
        }
        guard->write(response);
        auto *drip = new QTimer(guard);
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(drip, &QTimer::timeout, guard, [guard, drip, offset, r] {
            guard->write(r.body.mid(*offset, r.dripBytes));
            *offset += r.dripBytes;
            if (*offset >= r.body.size()) {
                drip->stop();
                guard->disconnectFromHost();
            }
        });
        drip->start(std::max(1, r.dripIntervalMs));
    };
    if (r.headerDelayMs > 0)
        QTimer::singleShot(r.headerDelayMs, socket, send);
    else
        send();
}
