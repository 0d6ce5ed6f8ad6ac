// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/docx/DocxXmlWriter.h"

namespace xj {

DocxXmlWriter::DocxXmlWriter()
    : m_xml(&m_data)
{
    // Word writes standalone="yes" in every part; some older readers look for it.
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
}

void DocxXmlWriter::start(const char *name)
{
    m_xml.writeStartElement(QLatin1String(name));
}

void DocxXmlWriter::end()
{
    m_xml.writeEndElement();
}

void DocxXmlWriter::empty(const char *name)
{
    m_xml.writeEmptyElement(QLatin1String(name));
}

void DocxXmlWriter::val(const char *name, const QString &value)
{
    empty(name);
    attribute("w:val", value);
}

void DocxXmlWriter::val(const char *name, const char *latin1Value)
{
    val(name, QString(QLatin1String(latin1Value)));
}

void DocxXmlWriter::valNumber(const char *name, qint64 value)
{
    val(name, QString::number(value));
}

void DocxXmlWriter::attribute(const char *name, const QString &value)
{
    m_xml.writeAttribute(QLatin1String(name), xmlSafe(value));
}

void DocxXmlWriter::attribute(const char *name, const char *latin1Value)
{
    m_xml.writeAttribute(QLatin1String(name), QLatin1String(latin1Value));
}

void DocxXmlWriter::number(const char *name, qint64 value)
{
    m_xml.writeAttribute(QLatin1String(name), QString::number(value));
}

void DocxXmlWriter::text(const QString &text)
{
    m_xml.writeCharacters(xmlSafe(text));
}

QByteArray DocxXmlWriter::finish()
{
    m_xml.writeEndDocument();
    return m_data;
}

QString DocxXmlWriter::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe.append(c);
            safe.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed =
            u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            safe.append(c);
    }
    return safe;
}

} // namespace xj
