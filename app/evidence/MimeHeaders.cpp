// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/MimeHeaders.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace xj {

namespace {

/// The line starting at `from` without its line break; `next` receives the start of the next line.
QByteArray lineAt(const QByteArray &data, qsizetype from, qsizetype *next)
{
    qsizetype end = data.indexOf('\n', from);
    *next = end < 0 ? data.size() : end + 1;
    if (end < 0)
        end = data.size();
    if (end > from && data.at(end - 1) == '\r')
        --end;
    return data.mid(from, end - from);
}

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    QStringDecoder decoder(charset.constData());
    return decoder.isValid() ? decoder.decode(bytes) : QString::fromUtf8(bytes);
}

/// "Q" encoding of RFC 2047: like quoted-printable, with "_" for a space.
QByteArray decodeQ(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < text.size()) {
            bool ok = false;
            const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

MimeHeaders MimeHeaders::parse(const QByteArray &data, qsizetype from, qsizetype *bodyStart)
{
    MimeHeaders headers;
    *bodyStart = -1;
    qsizetype pos = from;
    while (pos < data.size()) {
        qsizetype next = 0;
        const QByteArray line = lineAt(data, pos, &next);
        if (line.isEmpty()) {
            *bodyStart = next;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.m_fields.isEmpty()) {
            // A folded line continues the previous field.
            headers.m_fields.last().second += ' ' + line.trimmed();
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            headers.m_fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        pos = next;
    }
    return headers;
}

QByteArray MimeHeaders::value(const QByteArray &name) const
{
    const QByteArray key = name.toLower();
    for (const auto &[fieldName, fieldValue] : m_fields) {
        if (fieldName == key)
            return fieldValue;
    }
    return {};
}

QString MimeHeaders::mediaType(const QByteArray &field) const
{
    const QByteArray v = value(field);
    const qsizetype semicolon = v.indexOf(';');
    return QString::fromLatin1((semicolon < 0 ? v : v.left(semicolon)).trimmed().toLower());
}

QByteArray MimeHeaders::parameter(const QByteArray &field, const QByteArray &name) const
{
    const QByteArray v = value(field);
    const QByteArray key = name.toLower();
    // Split at semicolons outside quotes: a boundary may contain almost anything.
    QList<QByteArray> params;
    QByteArray current;
    bool quoted = false;
    for (char c : v) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            params.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    params.append(current);
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray param = params.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        if (eq <= 0 || param.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray result = param.mid(eq + 1).trimmed();
        if (result.size() >= 2 && result.startsWith('"') && result.endsWith('"'))
            result = result.mid(1, result.size() - 2);
        return result;
    }
    return {};
}

QString MimeHeaders::decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?="));
    const QString text = QString::fromUtf8(value); // raw 8-bit headers are UTF-8 in practice
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 6.2).
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += between;
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(payload)
                                     : decodeQ(payload);
        out += decodeCharset(bytes, m.captured(1).toLatin1());
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += text.mid(last);
    return out;
}

} // namespace xj
