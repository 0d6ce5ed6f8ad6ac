// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace xj {

/// A web page archive as Chromium saves it (MHTML: a MIME multipart/related message with the page
/// first and its resources after it). Reads the archive back so that the evidence viewer and the
/// tests can show that an archived page really contains the text a finding is about.
class MhtmlDocument
{
    Q_DECLARE_TR_FUNCTIONS(xj::MhtmlDocument)
public:
    /// One resource of the archive, its body already decoded from quoted-printable or base64.
    struct Part
    {
        QString contentType; ///< lower-case media type without parameters, e.g. text/html
        QString charset;     ///< the charset parameter, if any
        QUrl location;       ///< Content-Location
        QString contentId;   ///< Content-ID without the angle brackets
        QByteArray body;
    };

    /// Fails with a message saying what is wrong when `data` is not a complete MHTML archive.
    static Result<MhtmlDocument> parse(const QByteArray &data);

    /// The address of the page: Snapshot-Content-Location, else the first part's location.
    QUrl snapshotUrl() const;
    QString subject() const { return m_subject; } ///< usually the page title
    QDateTime date() const { return m_date; }     ///< when the page was saved
    QList<Part> parts() const { return m_parts; }
    /// The first text/html part, decoded with its charset (or the one its <meta> declares).
    QString mainHtml() const;
    /// mainHtml() as a reader sees it: no tags, scripts or styles, entities decoded, whitespace collapsed.
    QString visibleText() const;

private:
    MhtmlDocument() = default;
    static Result<Part> parsePart(const QByteArray &data, int number);
    static QByteArray decodeQuotedPrintable(const QByteArray &data);
    static QString decodeText(const QByteArray &bytes, const QString &charset);

    QUrl m_snapshotUrl;
    QString m_subject;
    QDateTime m_date;
    QList<Part> m_parts;
};

} // namespace xj
