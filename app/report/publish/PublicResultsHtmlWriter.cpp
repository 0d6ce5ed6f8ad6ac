// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/publish/PublicResultsHtmlWriter.h"

#include "report/ReportLogging.h"
#include "report/publish/PublicResultsWording.h"

#include <QDir>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace xj {

namespace {

// Plain CSS without '<', '>', '&' or double quotes: the writer escapes those even inside <style>,
// which a browser would not undo.
constexpr const char *StyleSheet =
    "body{font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',SimSun,sans-serif;color:#222;"
    "margin:0;background:#f2f4f7;line-height:1.5}"
    "main{max-width:1240px;margin:0 auto;padding:24px 32px;background:#fff}"
    "h1{font-size:24px;text-align:center;color:#b00000;margin:12px 0 4px}"
    ".date{text-align:center;color:#555;margin:0 0 20px}"
    ".summary{text-indent:2em;margin:0 0 12px}"
    ".figures{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 20px;padding:0}"
    ".figures div{flex:1 1 110px;border:1px solid #d0d7e2;border-radius:4px;padding:8px;text-align:center}"
    ".figures dt{color:#555;font-size:13px}"
    ".figures dd{margin:2px 0 0;font-size:20px;font-weight:bold}"
    "table{border-collapse:collapse;width:100%;font-size:14px}"
    "th,td{border:1px solid #c8d0dc;padding:6px 8px;text-align:left;vertical-align:top}"
    "thead th{background:#e6edf7;white-space:nowrap;position:sticky;top:0}"
    "tbody tr:nth-child(even){background:#f7f9fc}"
    "td.num{text-align:right;white-space:nowrap}"
    ".pass{color:#1a7f37}"
    ".fail{color:#b00000;font-weight:bold}"
    ".note{font-size:13px;color:#555;margin-top:12px}"
    "footer{text-align:right;margin-top:24px}"
    "@page{size:A4 landscape;margin:12mm}"
    "@media print{body{background:#fff}main{max-width:none;padding:0}thead{display:table-header-group}"
    "thead th{position:static}tr{page-break-inside:avoid}.figures div{border-color:#999}}";

/// Characters XML cannot hold (most control characters, halves of surrogate pairs) become spaces:
/// a stray one in a registry name must not make the page unreadable.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed =
            u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF);
        out.append(allowed ? c : QChar(u'\u0020'));
    }
    return out;
}

class PageWriter
{
public:
    explicit PageWriter(QByteArray *buffer)
        : m_xml(buffer)
    {
        m_xml.setAutoFormatting(true);
    }

    void element(const QString &name, const QString &text, const QString &cssClass = {})
    {
        m_xml.writeStartElement(name);
        if (!cssClass.isEmpty())
            m_xml.writeAttribute(QStringLiteral("class"), cssClass);
        // Written even when empty, so no element collapses to <td/>, which HTML does not close.
        m_xml.writeCharacters(xmlSafe(text));
        m_xml.writeEndElement();
    }
    void start(const QString &name, const QString &cssClass = {}, const QString &id = {})
    {
        m_xml.writeStartElement(name);
        if (!id.isEmpty())
            m_xml.writeAttribute(QStringLiteral("id"), id);
        if (!cssClass.isEmpty())
            m_xml.writeAttribute(QStringLiteral("class"), cssClass);
    }
    void end() { m_xml.writeEndElement(); }
    QXmlStreamWriter &xml() { return m_xml; }

private:
    QXmlStreamWriter m_xml;
};

QString resultClass(const QString &result)
{
    if (result == PublicResultsWording::qualified())
        return QStringLiteral("pass");
    if (result == PublicResultsWording::unqualified())
        return QStringLiteral("fail");
    return {};
}

void writeHead(PageWriter &page, const PublicResults &results)
{
    QXmlStreamWriter &xml = page.xml();
    page.start(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("viewport"));
    xml.writeAttribute(QStringLiteral("content"), QStringLiteral("width=device-width, initial-scale=1"));
    page.element(QStringLiteral("title"), results.title);
    page.element(QStringLiteral("style"), QString::fromLatin1(StyleSheet));
    page.end();
}

void writeSummary(PageWriter &page, const PublicResults &results)
{
    page.start(QStringLiteral("section"), {}, QStringLiteral("summary"));
    page.element(QStringLiteral("p"), PublicResultsWording::summarySentence(results.summary),
                 QStringLiteral("summary"));
    page.start(QStringLiteral("dl"), QStringLiteral("figures"));
    for (const auto &[label, value] : PublicResultsWording::figures(results.summary)) {
        page.start(QStringLiteral("div"));
        page.element(QStringLiteral("dt"), label);
        page.element(QStringLiteral("dd"), value);
        page.end();
    }
    page.end();
    page.end();
}

void writeTable(PageWriter &page, const PublicResults &results)
{
    // Counts and scores are right-aligned so they can be compared down the column.
    static const QList<int> numeric{0, 4, 6, 7, 8, 9};
    page.start(QStringLiteral("table"), {}, QStringLiteral("results"));
    page.start(QStringLiteral("thead"));
    page.start(QStringLiteral("tr"));
    for (const QString &header : PublicResultsWording::headers()) {
        page.start(QStringLiteral("th"));
        page.xml().writeAttribute(QStringLiteral("scope"), QStringLiteral("col"));
        page.xml().writeCharacters(header);
        page.end();
    }
    page.end();
    page.end();
    page.start(QStringLiteral("tbody"));
    for (const PublicResultRow &row : results.rows) {
        page.start(QStringLiteral("tr"));
        const QStringList cells = row.cells();
        for (int c = 0; c < cells.size(); ++c) {
            QString cssClass = numeric.contains(c) ? QStringLiteral("num") : QString();
            if (c == 5)
                cssClass = resultClass(row.result);
            page.element(QStringLiteral("td"), cells.at(c), cssClass);
        }
        page.end();
    }
    page.end();
    page.end();
}

} // namespace

QByteArray PublicResultsHtmlWriter::html(const PublicResults &results)
{
    QByteArray buffer;
    PageWriter page(&buffer);
    QXmlStreamWriter &xml = page.xml();
    // No XML declaration: browsers would read it as text before the doctype in older modes.
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
    xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("zh-CN"));
    writeHead(page, results);
    page.start(QStringLiteral("body"));
    page.start(QStringLiteral("main"));
    page.element(QStringLiteral("h1"), results.title);
    page.element(QStringLiteral("p"), PublicResultsWording::publishedLine(results.publishedOn),
                 QStringLiteral("date"));
    writeSummary(page, results);
    writeTable(page, results);
    page.element(QStringLiteral("p"), PublicResultsWording::note(), QStringLiteral("note"));
    if (!results.officeName.isEmpty())
        page.element(QStringLiteral("footer"), results.officeName);
    page.end();
    page.end();
    xml.writeEndDocument();
    // Auto-formatting starts the document with a line break; the doctype must come first.
    while (buffer.startsWith('\n'))
        buffer.remove(0, 1);
    return buffer;
}

Status PublicResultsHtmlWriter::write(const PublicResults &results, const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html(results)) < 0 || !file.commit()) {
        qCWarning(lcReport) << "public results not written:" << shownPath << file.errorString();
        return Error{tr("The public results could not be written to %1. Check that the folder exists, that "
                        "you may write to it and that the disk is not full.")
                         .arg(shownPath),
                     file.errorString()};
    }
    return {};
}

} // namespace xj
