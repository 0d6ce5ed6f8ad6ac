// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/CrawlNetworkAccessManager.h"

#include "crawler/HttpConnectionPool.h"
#include "crawler/PlainHttpReply.h"

#include <QNetworkProxy>

namespace xj {

CrawlNetworkAccessManager::CrawlNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_pool(new HttpConnectionPool(this))
{}

QNetworkReply *CrawlNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                        QIODevice *outgoingData)
{
    const auto direct = [this] {
        const QNetworkProxy::ProxyType own = proxy().type();
        const QNetworkProxy::ProxyType app = QNetworkProxy::applicationProxy().type();
        return (own == QNetworkProxy::NoProxy || own == QNetworkProxy::DefaultProxy) &&
               (app == QNetworkProxy::NoProxy || app == QNetworkProxy::DefaultProxy);
    };
    if ((operation == GetOperation || operation == HeadOperation) && !outgoingData &&
        request.url().scheme() == QLatin1String("http") && !request.url().host().isEmpty() && direct())
        return new PlainHttpReply(m_pool, operation, request, this);
    return QNetworkAccessManager::createRequest(operation, request, outgoingData);
}

} // namespace xj
