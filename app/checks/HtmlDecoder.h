// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace xj {

/// Turns the bytes of an HTML page into text the way a browser picks the charset: a byte-order
/// mark first, then the HTTP Content-Type header, then <meta charset> or <meta http-equiv> in the
/// first 4 KB, then strict UTF-8, then GB18030 or Big5, whichever reads as everyday Chinese. GBK
/// and GB2312 are read as GB18030 (their superset), Big5 as Big5; an unknown label, or a UTF-8
/// label the bytes contradict (servers that label every file utf-8), falls back to the detection.
class HtmlDecoder
{
    Q_DECLARE_TR_FUNCTIONS(xj::HtmlDecoder)
public:
    struct Decoded
    {
        QString html;
        QString charset; ///< what was used: "UTF-8", "GB18030", "Big5", …
    };

    static Result<Decoded> decode(const QByteArray &bytes, const QByteArray &contentType = {});
    /// The charset a Content-Type value or the start of a document declares; empty when none.
    static QByteArray declaredCharset(const QByteArray &contentType, const QByteArray &documentStart);
};

} // namespace xj
