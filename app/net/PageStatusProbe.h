// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace xj {

/// What the server answered for a page at marking time: evidence of the page's state that the
/// rendered screenshot alone cannot show (a 404 page styled like a normal one, a redirect to a
/// hijacker's domain).
struct PageStatus
{
    QUrl requestedUrl;
    QUrl finalUrl;         ///< after following redirects
    QList<QUrl> redirects; ///< every hop, in order, without the requested URL
    int httpStatus = 0;    ///< of the final response; 0 when no response came
    QString error;         ///< translated; empty when the server answered
};

/// Asks the server for a page once, following up to ten redirects by hand so that every hop and a
/// loop are recorded. Only the response head is needed: the body is dropped as soon as the status is
/// known.
class PageStatusProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStatusProbe)
public:
    explicit PageStatusProbe(QObject *parent = nullptr);

    /// Starts a probe; finished() follows exactly once. A probe still running is abandoned.
    void probe(const QUrl &url);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    void finished(const xj::PageStatus &status);

private:
    void request(const QUrl &url);
    void handleHead(QNetworkReply *reply);
    void finish(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    PageStatus m_status;
    int m_timeoutMs = 10000;
};

} // namespace xj
