// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/HttpConnectionPool.h"

namespace xj {

HttpConnectionPool::HttpConnectionPool(QObject *parent)
    : QObject(parent)
{}

HttpConnectionPool::~HttpConnectionPool()
{
    for (auto &list : m_idle) {
        for (const QPointer<QTcpSocket> &s : std::as_const(list))
            delete s.data();
    }
}

QString HttpConnectionPool::key(const QString &host, quint16 port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

QTcpSocket *HttpConnectionPool::take(const QString &host, quint16 port, bool *reused)
{
    auto it = m_idle.find(key(host, port));
    while (it != m_idle.end() && !it->isEmpty()) {
        QPointer<QTcpSocket> socket = it->takeLast();
        if (!socket)
            continue;
        // A server may close an idle keep-alive connection at any time; leftover bytes mean the
        // previous exchange was not what we thought. Either way: not reusable.
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0) {
            socket->disconnect();
            *reused = true;
            return socket.data();
        }
        socket->deleteLater();
    }
    *reused = false;
    auto *socket = new QTcpSocket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return socket;
}

void HttpConnectionPool::give(const QString &host, quint16 port, QTcpSocket *socket)
{
    socket->disconnect();
    socket->setParent(this);
    QList<QPointer<QTcpSocket>> &list = m_idle[key(host, port)];
    if (list.size() >= MaxIdlePerHost || socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    // A connection the server closes while idle leaves the pool by itself.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    list.append(socket);
}

} // namespace xj
