// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "net/StaticFileResolver.h"

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace xj {

/// A small HTTP/1.1 server for one folder of static files, bound to 127.0.0.1 only, so that the
/// demo sites can be opened in the embedded browser and crawled like real websites without
/// leaving the machine. GET and HEAD; index.html for folders; Content-Type from the file
/// extension; keep-alive; 400/403/404/405 and size limits for anything else. Files are streamed
/// in chunks (see StaticFileConnection), so the event loop never waits on a large file.
class StaticFileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticFileServer)
public:
    /// Connections beyond this get a 503 and are closed.
    static constexpr int MaxConnections = 64;

    explicit StaticFileServer(const QString &rootPath, QObject *parent = nullptr);
    ~StaticFileServer() override;

    /// Starts listening on 127.0.0.1; port 0 picks a free port (see port()).
    Status listen(quint16 port = 0);
    void close();
    bool isListening() const { return m_server.isListening(); }

    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:PORT/
    QUrl baseUrl() const;
    QString rootPath() const { return m_rootPath; }

private:
    void onNewConnection();

    QString m_rootPath;
    StaticFileResolver m_resolver;
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace xj
