// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace xj {

/// Turns the bytes of a text file an office saved into text, guessing the encoding the way the
/// file most likely came about: a byte-order mark decides (UTF-8, UTF-16); otherwise bytes that
/// are valid UTF-8 are UTF-8; otherwise GB18030, the superset of the GBK that Excel and WPS on
/// Chinese Windows write when saving "CSV (逗号分隔)". Bytes that are none of these (a binary
/// file renamed to .csv) are refused rather than turned into mojibake.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(xj::TextDecoder)
public:
    struct Decoded
    {
        QString text;
        QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "GB18030"
    };

    static Result<Decoded> decode(const QByteArray &bytes);
    /// All of `bytes` in the named encoding ("UTF-8", "GB18030", "Big5"…), or nothing when any
    /// sequence is invalid or the encoding is unknown.
    static std::optional<QString> strictDecode(const char *encoding, QByteArrayView bytes);
};

} // namespace xj
