// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests that need a misbehaving web site: each path gets
/// a canned answer (status, headers, body), optionally late, slowly dripped, or never given. Every
/// answer closes the connection, so clients see one request per connection. Unknown paths get 404.
class FixtureHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Route
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers; ///< Content-Length is added unless given
        QByteArray body;
        int headerDelayMs = 0;  ///< wait this long before sending anything
        int dripBytes = 0;      ///< > 0: send the body this many bytes at a time…
        int dripIntervalMs = 0; ///< …with this pause between the pieces
        bool closeWithoutAnswer = false;
        int headStatus = 0;             ///< > 0: HEAD requests get this status instead (e.g. 405)
        qint64 generatedBytes = 0;      ///< > 0: the body is this many bytes of 'x', produced as the
                                        ///< client reads, so a huge response never sits in memory
        bool omitContentLength = false; ///< the client learns the end when the connection closes
    };
    /// One request as it arrived, for tests that look at methods and timing.
    struct Request
    {
        QByteArray method;
        QString target;
        qint64 atMs = 0; ///< since the server was created
    };

    explicit FixtureHttpServer(QObject *parent = nullptr);

    /// Listens on a free port of 127.0.0.1.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// http://127.0.0.1:PORT + path.
    QUrl url(const QString &path) const;

    /// Sets the answer for `path` (without the query; a route with the query wins).
    void route(const QString &path, const Route &route);
    /// Shorthands: a page with this status and body, and a redirect to `target`.
    void page(const QString &path, int status, const QByteArray &body,
              const QByteArray &contentType = QByteArrayLiteral("text/html; charset=utf-8"));
    void redirect(const QString &path, const QString &target, int status = 302);
    /// The answer for paths without a route (by default a plain 404).
    void fallback(const Route &route)
    {
        m_fallback = route;
        m_hasFallback = true;
    }
    /// Answers the n-th request of `path` with the n-th route; the last one repeats.
    void sequence(const QString &path, const QList<Route> &routes);
    /// How many requests reached `path` (query included if it was routed with one).
    int hits(const QString &path) const { return m_hits.value(path); }
    /// Every request so far, in order of arrival.
    const QList<Request> &requests() const { return m_requests; }
    /// The total of hits() over every path.
    int totalHits() const { return int(m_requests.size()); }

    /// A 127.0.0.1 port that nothing listens on now: connections to it are refused.
    static quint16 closedPort();

private:
    void handleConnection();
    void answer(QTcpSocket *socket, const QByteArray &head);
    static void streamGenerated(QTcpSocket *socket, qint64 bytes);

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QString, QList<Route>> m_sequences;
    QHash<QString, int> m_hits;
    QList<Request> m_requests;
    Route m_fallback;
    bool m_hasFallback = false;
    QElapsedTimer m_clock;
};
