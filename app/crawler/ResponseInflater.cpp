// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/ResponseInflater.h"

#include <zlib.h>

namespace xj {

struct ResponseInflater::Stream
{
    z_stream z{};
    bool open = false;
    ~Stream()
    {
        if (open)
            inflateEnd(&z);
    }
};

ResponseInflater::ResponseInflater(bool gzip)
    : m_stream(std::make_unique<Stream>())
    , m_gzip(gzip)
{}

ResponseInflater::~ResponseInflater() = default;

bool ResponseInflater::inflate(const QByteArray &piece, QByteArray &out)
{
    if (m_ended || piece.isEmpty())
        return true;
    z_stream &z = m_stream->z;
    if (!m_started) {
        m_started = true;
        // 15 + 32: zlib or gzip header, detected. Raw deflate (no header) is tried below.
        int windowBits = 15 + 32;
        if (!m_gzip && piece.size() >= 2 && ((quint8(piece[0]) * 256 + quint8(piece[1])) % 31 != 0))
            windowBits = -15;
        if (inflateInit2(&z, windowBits) != Z_OK)
            return false;
        m_stream->open = true;
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.constData()));
    z.avail_in = uInt(piece.size());
    char chunk[32 * 1024];
    // Until the input is used up and the last call did not fill the output (nothing pending).
    do {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        const int rc = ::inflate(&z, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
        if (rc == Z_STREAM_END) {
            m_ended = true;
            return true;
        }
        if (rc == Z_BUF_ERROR)
            return true; // needs the next piece
        if (rc != Z_OK)
            return false;
    } while (z.avail_in > 0 || z.avail_out == 0);
    return true;
}

} // namespace xj
