// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

namespace xj {

/// Undoes Content-Encoding gzip or deflate piece by piece as a body arrives (zlib). "deflate" is
/// zlib-wrapped by the standard and raw in some servers; both are accepted.
class ResponseInflater
{
public:
    explicit ResponseInflater(bool gzip);
    ~ResponseInflater();
    ResponseInflater(const ResponseInflater &) = delete;
    ResponseInflater &operator=(const ResponseInflater &) = delete;

    /// The decoded bytes of the next piece; false on corrupt data.
    bool inflate(const QByteArray &piece, QByteArray &out);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_gzip;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace xj
