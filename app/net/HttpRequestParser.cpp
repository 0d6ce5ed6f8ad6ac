// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpRequestParser.h"

namespace xj {

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    const QList<QByteArray> options = connection.split(',');
    auto has = [&options](const char *option) {
        for (const QByteArray &o : options) {
            if (o.trimmed() == option)
                return true;
        }
        return false;
    };
    // HTTP/1.1 keeps connections open unless told otherwise; HTTP/1.0 only when asked to.
    return minorVersion >= 1 ? !has("close") : has("keep-alive");
}

bool HttpRequestParser::isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

HttpRequestParser::Outcome HttpRequestParser::invalid(int status)
{
    Outcome o;
    o.state = State::Invalid;
    o.errorStatus = status;
    return o;
}

HttpRequestParser::Outcome HttpRequestParser::parse(QByteArrayView buffer)
{
    // Empty lines before a request line are allowed (RFC 9112 §2.2), e.g. after a keep-alive body.
    qsizetype start = 0;
    while (start < buffer.size() && (buffer.at(start) == '\r' || buffer.at(start) == '\n'))
        ++start;

    QList<QByteArrayView> lines;
    qsizetype pos = start;
    qsizetype headEnd = -1;
    while (pos < buffer.size()) {
        const qsizetype newline = buffer.indexOf('\n', pos);
        if (newline < 0)
            break;
        QByteArrayView line = buffer.sliced(pos, newline - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = newline + 1;
        if (line.isEmpty()) {
            headEnd = pos;
            break;
        }
        lines.append(line);
    }
    if (headEnd < 0)
        return buffer.size() - start > MaxHeadBytes ? invalid(431) : Outcome{};
    if (headEnd - start > MaxHeadBytes || lines.size() > MaxHeaderCount + 1)
        return invalid(431);

    Outcome outcome;
    HttpRequest &request = outcome.request;
    const QList<QByteArray> parts = lines.first().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return invalid(400);
    if (!parts.at(2).startsWith("HTTP/"))
        return invalid(400);
    if (parts.at(2) == "HTTP/1.1")
        request.minorVersion = 1;
    else if (parts.at(2) == "HTTP/1.0")
        request.minorVersion = 0;
    else
        return invalid(505);
    request.method = parts.at(0);
    request.target = parts.at(1);
    for (char c : request.target) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return invalid(400);
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // No whitespace before the colon and no obsolete line folding (RFC 9112 §5).
        if (colon <= 0 || !isToken(line.first(colon)))
            return invalid(400);
        request.headers.append(
            {line.first(colon).toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    if (request.minorVersion >= 1 && request.header("host").isEmpty())
        return invalid(400);
    outcome.state = State::Complete;
    if (request.method != "GET" && request.method != "HEAD") {
        // Answered with 405 and a closed connection, so a body need not be waited for.
        outcome.consumed = headEnd;
        return outcome;
    }
    if (!request.header("transfer-encoding").isEmpty())
        return invalid(501);

    qsizetype bodyLength = 0;
    bool lengthSeen = false;
    for (const auto &h : std::as_const(request.headers)) {
        if (h.first != "content-length")
            continue;
        bool ok = false;
        const qlonglong value = h.second.toLongLong(&ok);
        if (!ok || value < 0 || h.second.startsWith('+') || (lengthSeen && value != bodyLength))
            return invalid(400);
        bodyLength = qsizetype(value);
        lengthSeen = true;
    }
    if (bodyLength > MaxBodyBytes)
        return invalid(413);
    if (buffer.size() - headEnd < bodyLength)
        return {};
    outcome.consumed = headEnd + bodyLength;
    return outcome;
}

} // namespace xj
