// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace xj {

/// The header block of a MIME entity (RFC 5322 and RFC 2045): fields unfolded, looked up by name
/// without regard to case. Enough for the archives browsers save (MHTML); not a mail parser.
class MimeHeaders
{
public:
    /// Reads fields from `from` up to the first empty line. `bodyStart` receives the offset just
    /// after that line, or -1 when the data ends before one.
    static MimeHeaders parse(const QByteArray &data, qsizetype from, qsizetype *bodyStart);

    bool isEmpty() const { return m_fields.isEmpty(); }
    /// The first field called `name`, trimmed; empty when there is none.
    QByteArray value(const QByteArray &name) const;
    /// The media type of a Content-Type-like field, lower-case and without parameters.
    QString mediaType(const QByteArray &field = "content-type") const;
    /// A parameter of a structured field, e.g. parameter("content-type", "boundary"), unquoted.
    QByteArray parameter(const QByteArray &field, const QByteArray &name) const;

    /// Decodes RFC 2047 encoded words (=?utf-8?Q?…?= and =?utf-8?B?…?=) in a field value.
    static QString decodeWords(const QByteArray &value);

private:
    QList<std::pair<QByteArray, QByteArray>> m_fields; ///< lower-case name, unfolded value
};

} // namespace xj
