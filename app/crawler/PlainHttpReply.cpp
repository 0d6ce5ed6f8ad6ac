// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/PlainHttpReply.h"

#include "crawler/HttpConnectionPool.h"
#include "crawler/ResponseInflater.h"

#include <QTcpSocket>

namespace xj {

namespace {

// A status line or header longer than this is not HTTP we can read.
constexpr qint64 MaxLineBytes = 64 * 1024;

} // namespace

PlainHttpReply::PlainHttpReply(HttpConnectionPool *pool, QNetworkAccessManager::Operation operation,
                               const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
    , m_pool(pool)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Started from the event loop, so the caller has connected to every signal first.
    QMetaObject::invokeMethod(
        this, [this] { start(false); }, Qt::QueuedConnection);
}

PlainHttpReply::~PlainHttpReply()
{
    releaseSocket(false);
}

void PlainHttpReply::start(bool retried)
{
    if (m_stage == Stage::Done || !m_pool)
        return;
    m_retried = retried;
    m_gotBytes = false;
    const QUrl target = url();
    m_socket = m_pool->take(target.host(), quint16(target.port(80)), &m_reused);
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &PlainHttpReply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &PlainHttpReply::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &PlainHttpReply::onSocketError);
    if (m_reused) {
        sendRequest();
    } else {
        connect(m_socket, &QTcpSocket::connected, this, &PlainHttpReply::sendRequest);
        m_socket->connectToHost(target.host(), quint16(target.port(80)));
    }
}

void PlainHttpReply::sendRequest()
{
    const QUrl target = url();
    QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (target.hasQuery())
        path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = target.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (target.port() > 0 && target.port() != 80)
        host += ':' + QByteArray::number(target.port());
    QByteArray head = (operation() == QNetworkAccessManager::HeadOperation ? "HEAD " : "GET ") + path +
                      " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &name : request().rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower != "host" && lower != "connection" && lower != "accept-encoding")
            head += name + ": " + request().rawHeader(name) + "\r\n";
    }
    head += "Accept-Encoding: gzip, deflate\r\nConnection: keep-alive\r\n\r\n";
    m_stage = Stage::Status;
    m_socket->write(head);
}

bool PlainHttpReply::parseStatus(const QByteArray &line)
{
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() < 2 || !parts.first().startsWith("HTTP/"))
        return false;
    bool ok = false;
    m_status = parts.at(1).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 999)
        return false;
    m_keepAlive = parts.first() != "HTTP/1.0";
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                 QString::fromLatin1(line.trimmed()).section(u' ', 2));
    return true;
}

void PlainHttpReply::onReadyRead()
{
    while (m_socket && m_stage != Stage::Done) {
        const bool lineStage = m_stage == Stage::Status || m_stage == Stage::Headers ||
                               m_stage == Stage::ChunkSize || m_stage == Stage::ChunkEnd ||
                               m_stage == Stage::Trailers;
        if (lineStage && !m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() > MaxLineBytes)
                fail(ProtocolFailure,
                     tr("The server sent a header line longer than %1 KB.").arg(MaxLineBytes / 1024));
            return;
        }
        if (!lineStage && m_socket->bytesAvailable() == 0)
            return;
        m_gotBytes = true;
        switch (m_stage) {
        case Stage::Status:
            if (!parseStatus(m_socket->readLine()))
                return fail(ProtocolFailure, tr("The server did not answer in HTTP."));
            m_stage = Stage::Headers;
            break;
        case Stage::Headers: {
            const QByteArray line = m_socket->readLine().trimmed();
            if (line.isEmpty()) {
                if (m_status >= 100 && m_status < 200) { // "100 Continue" and the like: the answer follows
                    m_stage = Stage::Status;
                    break;
                }
                headersDone();
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                break; // a malformed line is skipped, as browsers do
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            setRawHeader(name, hasRawHeader(name) ? rawHeader(name) + ", " + value : value);
            break;
        }
        case Stage::Body: {
            const qint64 n =
                m_remaining < 0 ? m_socket->bytesAvailable() : qMin(m_remaining, m_socket->bytesAvailable());
            deliver(m_socket->read(n));
            if (m_remaining >= 0) {
                m_remaining -= n;
                if (m_remaining == 0)
                    complete();
            }
            break;
        }
        case Stage::ChunkSize: {
            const QByteArray line = m_socket->readLine().trimmed();
            bool ok = false;
            const qint64 size =
                line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')).toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(ProtocolFailure, tr("The server sent a broken chunked body."));
            m_remaining = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            const qint64 n = qMin(m_remaining, m_socket->bytesAvailable());
            deliver(m_socket->read(n));
            m_remaining -= n;
            if (m_remaining == 0)
                m_stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd:
            m_socket->readLine();
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers:
            if (m_socket->readLine().trimmed().isEmpty())
                complete();
            break;
        case Stage::Connecting:
        case Stage::Done:
            return;
        }
    }
}

void PlainHttpReply::headersDone()
{
    if (hasRawHeader("Content-Type"))
        setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(rawHeader("Content-Type")));
    bool haveLength = false;
    const qint64 length = rawHeader("Content-Length").trimmed().toLongLong(&haveLength);
    if (haveLength)
        setHeader(QNetworkRequest::ContentLengthHeader, length);
    if (hasRawHeader("Location"))
        setAttribute(QNetworkRequest::RedirectionTargetAttribute,
                     QUrl::fromEncoded(rawHeader("Location").trimmed()));
    const QByteArray connection = rawHeader("Connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;
    const QByteArray encoding = rawHeader("Content-Encoding").trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate")
        m_inflater = std::make_unique<ResponseInflater>(encoding != "deflate");
    const bool noBody =
        operation() == QNetworkAccessManager::HeadOperation || m_status == 204 || m_status == 304;
    if (noBody) {
        emit metaDataChanged();
        return complete();
    }
    if (rawHeader("Transfer-Encoding").toLower().contains("chunked")) {
        m_stage = Stage::ChunkSize;
    } else if (haveLength && length >= 0) {
        m_remaining = length;
        m_stage = Stage::Body;
    } else {
        m_remaining = -1; // until the server closes the connection
        m_keepAlive = false;
        m_stage = Stage::Body;
    }
    emit metaDataChanged();
    if (m_stage == Stage::Body && m_remaining == 0)
        complete();
}

void PlainHttpReply::deliver(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_stage == Stage::Done)
        return;
    m_received += bytes.size();
    if (m_inflater) {
        QByteArray plain;
        if (!m_inflater->inflate(bytes, plain))
            return fail(ProtocolFailure,
                        tr("The server sent a compressed body that cannot be decompressed."));
        m_buffer += plain;
    } else {
        m_buffer += bytes;
    }
    emit downloadProgress(m_received, header(QNetworkRequest::ContentLengthHeader).toLongLong());
    if (!m_buffer.isEmpty())
        emit readyRead();
}

void PlainHttpReply::complete()
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    releaseSocket(m_keepAlive);
    setFinished(true);
    emit finished();
}

void PlainHttpReply::fail(NetworkError code, const QString &text, bool closeDevice)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    releaseSocket(false);
    setError(code, text);
    if (closeDevice)
        QIODevice::close();
    emit errorOccurred(code);
    setFinished(true);
    emit finished();
}

void PlainHttpReply::abort()
{
    // As Qt's own replies do: nothing more to read, then finished().
    fail(OperationCanceledError, tr("Operation canceled"), true);
}

void PlainHttpReply::onDisconnected()
{
    if (m_stage == Stage::Done || !m_socket)
        return;
    onReadyRead(); // what arrived before the close
    if (m_stage == Stage::Done)
        return;
    if (m_stage == Stage::Body && m_remaining < 0)
        return complete(); // a body delimited by the close
    // A kept-alive connection the server had closed meanwhile: ask once more on a new one.
    if (m_reused && !m_gotBytes && !m_retried) {
        releaseSocket(false);
        return start(true);
    }
    fail(RemoteHostClosedError, tr("The server closed the connection before the answer was complete."));
}

void PlainHttpReply::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_stage == Stage::Done || !m_socket)
        return;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        return onDisconnected();
    case QAbstractSocket::HostNotFoundError:
        return fail(HostNotFoundError, m_socket->errorString());
    case QAbstractSocket::ConnectionRefusedError:
        return fail(ConnectionRefusedError, m_socket->errorString());
    case QAbstractSocket::SocketTimeoutError:
        return fail(TimeoutError, m_socket->errorString());
    default:
        return fail(UnknownNetworkError, m_socket->errorString());
    }
}

void PlainHttpReply::releaseSocket(bool reusable)
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (reusable && m_pool && socket->state() == QAbstractSocket::ConnectedState &&
        socket->bytesAvailable() == 0) {
        m_pool->give(url().host(), quint16(url().port(80)), socket);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

qint64 PlainHttpReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 PlainHttpReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
    if (n <= 0)
        return m_stage == Stage::Done ? -1 : 0;
    memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

} // namespace xj
