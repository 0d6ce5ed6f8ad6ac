// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>

namespace xj {

class HttpConnectionPool;

/// The crawler's network access: plain-HTTP GET and HEAD go to PlainHttpReply on keep-alive
/// connections (Qt 6.4 reads headers one byte per system call, see PlainHttpReply); everything
/// else — https with TLS and HTTP/2, proxies, other operations — goes through Qt unchanged.
class CrawlNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit CrawlNetworkAccessManager(QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    HttpConnectionPool *m_pool;
};

} // namespace xj
