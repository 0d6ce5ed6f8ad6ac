// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace xj {

/// A parsed HTTP/1.x request head. Header names are kept in lower case.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 1; ///< 0 for HTTP/1.0, 1 for HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView lowerCaseName) const;
    /// Whether the client wants the connection kept open after the response.
    bool keepAlive() const;
};

/// Parses one request head from the start of a connection's input buffer. It is stateless: the
/// connection calls it again on the whole buffer when more bytes arrive, which is cheap because
/// a head is limited to MaxHeadBytes. Anything outside HTTP/1.x syntax is reported with the
/// status code to answer, never by crashing or waiting forever.
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    static constexpr int MaxHeaderCount = 100;
    /// A GET or HEAD may carry a body; it is read and ignored up to this size.
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    enum class State { Incomplete, Complete, Invalid };

    struct Outcome
    {
        State state = State::Incomplete;
        HttpRequest request;
        qsizetype consumed = 0; ///< bytes of head and body used, when Complete
        int errorStatus = 0;    ///< the status to answer, when Invalid
    };

    static Outcome parse(QByteArrayView buffer);

private:
    static bool isToken(QByteArrayView text);
    static Outcome invalid(int status);
};

} // namespace xj
