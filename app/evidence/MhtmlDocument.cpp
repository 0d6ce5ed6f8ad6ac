// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/MhtmlDocument.h"

#include "evidence/HtmlVisibleText.h"
#include "evidence/MimeHeaders.h"

#include <QStringDecoder>

namespace xj {

namespace {

/// The next line that starts with `delimiter` at or after `from`, or -1.
qsizetype findDelimiter(const QByteArray &data, const QByteArray &delimiter, qsizetype from,
                        qsizetype bodyStart)
{
    qsizetype at = data.indexOf(delimiter, from);
    while (at >= 0 && at != bodyStart && data.at(at - 1) != '\n')
        at = data.indexOf(delimiter, at + 1);
    return at;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

Result<MhtmlDocument> MhtmlDocument::parse(const QByteArray &data)
{
    const QString notAnArchive =
        tr("This file is not a web page archive (MHTML): %1 Save the page again from "
           "the browser.");
    qsizetype bodyStart = -1;
    const MimeHeaders headers = MimeHeaders::parse(data, 0, &bodyStart);
    if (headers.isEmpty() || bodyStart < 0)
        return Error{notAnArchive.arg(tr("it does not start with MIME headers.")), {}};
    const QString type = headers.mediaType();
    if (!type.startsWith(QLatin1String("multipart/")))
        return Error{notAnArchive.arg(tr("its content type is \"%1\", not multipart/related.").arg(type)),
                     {}};
    const QByteArray boundary = headers.parameter("content-type", "boundary");
    if (boundary.isEmpty())
        return Error{notAnArchive.arg(tr("its header names no boundary between the parts.")), {}};

    MhtmlDocument document;
    document.m_subject = MimeHeaders::decodeWords(headers.value("subject"));
    document.m_date = QDateTime::fromString(QString::fromLatin1(headers.value("date")), Qt::RFC2822Date);
    document.m_snapshotUrl = QUrl(QString::fromUtf8(headers.value("snapshot-content-location")));

    const QByteArray delimiter = "--" + boundary;
    qsizetype at = findDelimiter(data, delimiter, bodyStart, bodyStart);
    bool closed = false;
    while (at >= 0) {
        const qsizetype afterDelimiter = at + delimiter.size();
        if (data.mid(afterDelimiter, 2) == "--") {
            closed = true;
            break;
        }
        const qsizetype lineEnd = data.indexOf('\n', afterDelimiter);
        if (lineEnd < 0)
            break;
        const qsizetype next = findDelimiter(data, delimiter, lineEnd + 1, bodyStart);
        if (next < 0)
            break;
        // The line break before a delimiter belongs to the delimiter, not to the part.
        qsizetype end = next;
        if (end > lineEnd + 1 && data.at(end - 1) == '\n')
            --end;
        if (end > lineEnd + 1 && data.at(end - 1) == '\r')
            --end;
        auto part = parsePart(data.mid(lineEnd + 1, end - lineEnd - 1), int(document.m_parts.size()) + 1);
        if (!part)
            return part.error();
        document.m_parts.append(part.value());
        at = next;
    }
    if (document.m_parts.isEmpty())
        return Error{notAnArchive.arg(tr("it holds no parts.")), {}};
    if (!closed)
        return Error{tr("The web page archive is cut short: it ends before its closing boundary, so parts of "
                        "the page may be missing. Save the page again."),
                     {}};
    return document;
}

Result<MhtmlDocument::Part> MhtmlDocument::parsePart(const QByteArray &data, int number)
{
    qsizetype bodyStart = -1;
    const MimeHeaders headers = MimeHeaders::parse(data, 0, &bodyStart);
    Part part;
    part.contentType = headers.mediaType();
    if (part.contentType.isEmpty())
        part.contentType = QStringLiteral("text/plain"); // the MIME default
    part.charset = QString::fromLatin1(headers.parameter("content-type", "charset"));
    part.location = QUrl(QString::fromUtf8(headers.value("content-location")));
    part.contentId = QString::fromUtf8(headers.value("content-id"));
    if (part.contentId.startsWith(u'<') && part.contentId.endsWith(u'>'))
        part.contentId = part.contentId.mid(1, part.contentId.size() - 2);
    const QByteArray raw = bodyStart < 0 ? QByteArray() : data.mid(bodyStart);

    const QByteArray encoding = headers.value("content-transfer-encoding").toLower();
    if (encoding == "quoted-printable") {
        part.body = decodeQuotedPrintable(raw);
    } else if (encoding == "base64") {
        QByteArray compact = raw;
        compact.replace("\r", "").replace("\n", "").replace(" ", "").replace("\t", "");
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error{tr("Part %1 of the web page archive (%2) is damaged: its base64 text cannot be "
                            "decoded. Save the page again.")
                             .arg(number)
                             .arg(part.location.toDisplayString()),
                         {}};
        part.body = *decoded;
    } else if (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary") {
        part.body = raw;
    } else {
        return Error{tr("Part %1 of the web page archive uses the transfer encoding \"%2\", which Xunjian "
                        "cannot read.")
                         .arg(number)
                         .arg(QString::fromLatin1(encoding)),
                     {}};
    }
    return part;
}

QByteArray MhtmlDocument::decodeQuotedPrintable(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        // "=" at the end of a line is a soft line break: the line goes on.
        if (i + 1 < data.size() && data.at(i + 1) == '\n') {
            i += 1;
            continue;
        }
        if (i + 2 < data.size() && data.at(i + 1) == '\r' && data.at(i + 2) == '\n') {
            i += 2;
            continue;
        }
        const int high = i + 1 < data.size() ? hexDigit(data.at(i + 1)) : -1;
        const int low = i + 2 < data.size() ? hexDigit(data.at(i + 2)) : -1;
        if (high < 0 || low < 0) {
            out.append(c); // not an escape: keep it, as RFC 2045 suggests for robustness
            continue;
        }
        out.append(char(high * 16 + low));
        i += 2;
    }
    return out;
}

QString MhtmlDocument::decodeText(const QByteArray &bytes, const QString &charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    // No usable charset parameter: what a browser would do — BOM, then <meta charset>, then UTF-8.
    QStringDecoder decoder = QStringDecoder::decoderForHtml(bytes);
    return decoder.isValid() ? QString(decoder.decode(bytes)) : QString::fromUtf8(bytes);
}

QUrl MhtmlDocument::snapshotUrl() const
{
    if (m_snapshotUrl.isValid() && !m_snapshotUrl.isEmpty())
        return m_snapshotUrl;
    return m_parts.isEmpty() ? QUrl() : m_parts.first().location;
}

QString MhtmlDocument::mainHtml() const
{
    for (const Part &part : m_parts) {
        if (part.contentType == QLatin1String("text/html"))
            return decodeText(part.body, part.charset);
    }
    return {};
}

QString MhtmlDocument::visibleText() const
{
    return HtmlVisibleText::fromHtml(mainHtml());
}

} // namespace xj
