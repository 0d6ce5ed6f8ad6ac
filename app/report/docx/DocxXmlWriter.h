// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace xj {

/// Writes one XML part of a Word package. Element names are the qualified names Word expects
/// ("w:p", "wp:inline"); the root element declares the prefixes itself, so the output matches what
/// Word writes and every reader (Word, WPS, LibreOffice) resolves the prefixes the same way.
/// Text and attribute values go through xmlSafe(), because inspection findings quote web pages
/// that may contain control characters, which XML 1.0 forbids and Word refuses to open.
class DocxXmlWriter
{
public:
    static constexpr const char *WordNamespace =
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static constexpr const char *RelationshipsNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    DocxXmlWriter();
    DocxXmlWriter(const DocxXmlWriter &) = delete;
    DocxXmlWriter &operator=(const DocxXmlWriter &) = delete;

    void start(const char *name);
    void end();
    /// An element without content; attributes may follow until the next element or text.
    void empty(const char *name);
    /// The common `<w:x w:val="…"/>`.
    void val(const char *name, const QString &value);
    void val(const char *name, const char *latin1Value);
    void valNumber(const char *name, qint64 value);

    void attribute(const char *name, const QString &value);
    void attribute(const char *name, const char *latin1Value);
    void number(const char *name, qint64 value);
    void text(const QString &text);

    /// Closes open elements and returns the UTF-8 part.
    QByteArray finish();

    /// `text` without the characters XML 1.0 does not allow (C0 controls other than tab, line feed
    /// and carriage return, lone surrogates, U+FFFE and U+FFFF).
    static QString xmlSafe(const QString &text);

private:
    QByteArray m_data;
    QXmlStreamWriter m_xml;
};

} // namespace xj
