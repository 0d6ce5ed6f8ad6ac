// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace xj {

/// Keep-alive connections of plain-HTTP crawling, per host and port: a finished response hands its
/// connection back, the next request to that host takes it instead of connecting again. Idle
/// connections the server closed are dropped when they are taken.
class HttpConnectionPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxIdlePerHost = 16;

    explicit HttpConnectionPool(QObject *parent = nullptr);
    ~HttpConnectionPool() override;

    /// A connected idle socket for host:port, or a new one (not connected yet; `reused` false).
    QTcpSocket *take(const QString &host, quint16 port, bool *reused);
    /// Gives a socket back after a complete response on a connection the server keeps open.
    void give(const QString &host, quint16 port, QTcpSocket *socket);

private:
    static QString key(const QString &host, quint16 port);
    QHash<QString, QList<QPointer<QTcpSocket>>> m_idle;
};

} // namespace xj
