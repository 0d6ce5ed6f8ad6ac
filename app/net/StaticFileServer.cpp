// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/StaticFileServer.h"

#include "core/Logging.h"
#include "net/StaticFileConnection.h"

#include <QDir>
#include <QFileInfo>

namespace xj {

StaticFileServer::StaticFileServer(const QString &rootPath, QObject *parent)
    : QObject(parent)
    , m_rootPath(rootPath)
    , m_resolver(rootPath)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StaticFileServer::onNewConnection);
}

StaticFileServer::~StaticFileServer()
{
    close();
}

Status StaticFileServer::listen(quint16 port)
{
    if (!QFileInfo(m_rootPath).isDir() || m_resolver.rootPath().isEmpty())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(m_rootPath)), {}};
    if (m_server.isListening())
        m_server.close();
    // Loopback only: the demo sites are for this machine's browser and crawler, not the network.
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        if (m_server.serverError() == QAbstractSocket::AddressInUseError)
            return Error{tr("Port %1 on 127.0.0.1 is already in use. Choose another port, "
                            "or 0 to let the system pick a free one.")
                             .arg(port),
                         m_server.errorString()};
        return Error{tr("Cannot listen on 127.0.0.1 port %1.").arg(port), m_server.errorString()};
    }
    qCDebug(lcNet) << "serving" << m_rootPath << "at" << baseUrl();
    return Status::success();
}

void StaticFileServer::close()
{
    m_server.close();
}

QUrl StaticFileServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void StaticFileServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new StaticFileConnection(socket, m_resolver, this);
        ++m_connections;
        connect(connection, &StaticFileConnection::finished, this, [this] { --m_connections; });
        if (m_connections > MaxConnections) {
            qCWarning(lcNet) << "too many connections, refusing one";
            connection->refuseBusy();
        }
    }
}

} // namespace xj
