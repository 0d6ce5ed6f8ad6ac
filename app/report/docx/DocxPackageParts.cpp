// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/docx/DocxPackageParts.h"

#include "report/docx/DocxStyleSheet.h"
#include "report/docx/DocxUnits.h"
#include "report/docx/DocxXmlWriter.h"

#include <algorithm>

namespace xj {

namespace {

constexpr const char *RelationshipTypeBase =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char *WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

void writeOverride(DocxXmlWriter &xml, const char *part, const char *wordType)
{
    xml.empty("Override");
    xml.attribute("PartName", part);
    xml.attribute("ContentType", QLatin1String(WordContentType) + QLatin1String(wordType));
}

void writeRelationship(DocxXmlWriter &xml, const QString &id, const QString &type, const QString &target,
                       bool external = false)
{
    xml.empty("Relationship");
    xml.attribute("Id", id);
    xml.attribute("Type",
                  type.startsWith(QLatin1String("http")) ? type : QLatin1String(RelationshipTypeBase) + type);
    xml.attribute("Target", target);
    if (external)
        xml.attribute("TargetMode", "External");
}

} // namespace

QByteArray DocxPackageParts::contentTypes(const QList<DocxMediaPart> &media)
{
    DocxXmlWriter xml;
    xml.start("Types");
    xml.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    xml.empty("Default");
    xml.attribute("Extension", "rels");
    xml.attribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
    xml.empty("Default");
    xml.attribute("Extension", "xml");
    xml.attribute("ContentType", "application/xml");
    for (const char *extension : {"png", "jpeg"}) {
        const bool used = std::any_of(media.begin(), media.end(), [extension](const DocxMediaPart &part) {
            return part.name.endsWith(QLatin1Char('.') + QLatin1String(extension));
        });
        if (!used)
            continue;
        xml.empty("Default");
        xml.attribute("Extension", extension);
        xml.attribute("ContentType", QStringLiteral("image/") + QLatin1String(extension));
    }
    writeOverride(xml, "/word/document.xml", "document.main+xml");
    writeOverride(xml, "/word/styles.xml", "styles+xml");
    writeOverride(xml, "/word/settings.xml", "settings+xml");
    writeOverride(xml, "/word/fontTable.xml", "fontTable+xml");
    writeOverride(xml, "/word/footer1.xml", "footer+xml");
    writeOverride(xml, "/word/footer2.xml", "footer+xml");
    xml.empty("Override");
    xml.attribute("PartName", "/docProps/core.xml");
    xml.attribute("ContentType", "application/vnd.openxmlformats-package.core-properties+xml");
    xml.empty("Override");
    xml.attribute("PartName", "/docProps/app.xml");
    xml.attribute("ContentType", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    xml.end();
    return xml.finish();
}

QByteArray DocxPackageParts::packageRelationships()
{
    DocxXmlWriter xml;
    xml.start("Relationships");
    xml.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    writeRelationship(xml, QStringLiteral("rId1"), QStringLiteral("officeDocument"),
                      QStringLiteral("word/document.xml"));
    writeRelationship(xml, QStringLiteral("rId2"),
                      QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                     "core-properties"),
                      QStringLiteral("docProps/core.xml"));
    writeRelationship(xml, QStringLiteral("rId3"), QStringLiteral("extended-properties"),
                      QStringLiteral("docProps/app.xml"));
    xml.end();
    return xml.finish();
}

QByteArray DocxPackageParts::coreProperties(const ReportDocument &document, const QDateTime &createdUtc)
{
    const QString when = createdUtc.toUTC().toString(Qt::ISODate);
    DocxXmlWriter xml;
    xml.start("cp:coreProperties");
    xml.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    xml.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    xml.attribute("xmlns:dcterms", "http://purl.org/dc/terms/");
    xml.attribute("xmlns:dcmitype", "http://purl.org/dc/dcmitype/");
    xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.start("dc:title");
    xml.text(document.title);
    xml.end();
    xml.start("dc:creator");
    xml.text(document.author);
    xml.end();
    xml.start("cp:lastModifiedBy");
    xml.text(document.author);
    xml.end();
    for (const char *element : {"dcterms:created", "dcterms:modified"}) {
        xml.start(element);
        xml.attribute("xsi:type", "dcterms:W3CDTF");
        xml.text(when);
        xml.end();
    }
    xml.end();
    return xml.finish();
}

QByteArray DocxPackageParts::appProperties()
{
    DocxXmlWriter xml;
    xml.start("Properties");
    xml.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    xml.attribute("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
    xml.start("Application");
    xml.text(QStringLiteral("Xunjian"));
    xml.end();
    xml.start("DocSecurity");
    xml.text(QStringLiteral("0"));
    xml.end();
    xml.end();
    return xml.finish();
}

QByteArray DocxPackageParts::settings(const DocumentStyle &style)
{
    DocxXmlWriter xml;
    xml.start("w:settings");
    xml.attribute("xmlns:w", DocxXmlWriter::WordNamespace);
    xml.attribute("xmlns:r", DocxXmlWriter::RelationshipsNamespace);
    xml.empty("w:zoom");
    xml.attribute("w:percent", "100");
    // Two characters of 五号 text, as Chinese Word templates have it.
    xml.valNumber("w:defaultTabStop", 420);
    if (style.pageNumberOutside())
        xml.empty("w:evenAndOddHeaders");
    // 公文 set punctuation at full width; Word's default for Chinese squeezes it.
    xml.val("w:characterSpacingControl", "doNotCompress");
    // Without a compatibility mode Word opens the file as a Word 2007 document in compatibility mode.
    xml.start("w:compat");
    xml.empty("w:compatSetting");
    xml.attribute("w:name", "compatibilityMode");
    xml.attribute("w:uri", "http://schemas.microsoft.com/office/word");
    xml.attribute("w:val", "15");
    xml.end();
    xml.empty("w:themeFontLang");
    xml.attribute("w:val", "en-US");
    xml.attribute("w:eastAsia", "zh-CN");
    xml.val("w:decimalSymbol", ".");
    xml.val("w:listSeparator", ",");
    xml.end();
    return xml.finish();
}

int DocxPackageParts::pageNumberLineTwips(const DocumentStyle &style)
{
    // Not the document's line pitch: a 28.95 pt line under a 14 pt number would leave the number
    // several millimetres lower than the standard's 7 mm.
    const TextStyle &number = style.pageNumber();
    return DocxUnits::twipsFromPt(number.lineSpacingPt > 0 ? number.lineSpacingPt : number.sizePt * 1.2);
}

int DocxPackageParts::footerDistanceTwips(const DocumentStyle &style)
{
    const double numberTopMm = style.marginsMm().bottom() - style.pageNumberBelowBodyMm();
    return std::max(0, DocxUnits::twipsFromMm(numberTopMm) - pageNumberLineTwips(style));
}

QByteArray DocxPackageParts::footer(const DocumentStyle &style, bool evenPage)
{
    // DocumentStyle gives the page number text for a number; a sentinel number shows where the
    // PAGE field goes in the office's format ("— %1 —", "第%1页" …).
    constexpr int Sentinel = 987654321;
    const QString sample = style.pageNumberText(Sentinel);
    const QString marker = QString::number(Sentinel);
    const qsizetype at = sample.indexOf(marker);
    const QString before = at < 0 ? sample : sample.left(at);
    const QString after = at < 0 ? QString() : sample.mid(at + marker.size());
    const TextStyle &number = style.pageNumber();

    DocxXmlWriter xml;
    xml.start("w:ftr");
    xml.attribute("xmlns:w", DocxXmlWriter::WordNamespace);
    xml.attribute("xmlns:r", DocxXmlWriter::RelationshipsNamespace);
    xml.start("w:p");
    xml.start("w:pPr");
    xml.val("w:pStyle", DocxStyleSheet::PageNumberId);
    xml.empty("w:spacing");
    xml.attribute("w:before", "0");
    xml.attribute("w:after", "0");
    xml.number("w:line", pageNumberLineTwips(style));
    xml.attribute("w:lineRule", "exact");
    // 空一字: one character in from the outer edge of the text block.
    const char *align = "center";
    if (style.pageNumberOutside()) {
        xml.empty("w:ind");
        xml.number(evenPage ? "w:leftChars" : "w:rightChars", 100);
        xml.number(evenPage ? "w:left" : "w:right", DocxUnits::twipsFromPt(number.sizePt));
        align = evenPage ? "left" : "right";
    }
    xml.val("w:jc", align);
    xml.end();

    auto textRun = [&xml](const QString &text) {
        if (text.isEmpty())
            return;
        xml.start("w:r");
        xml.start("w:t");
        xml.attribute("xml:space", "preserve");
        xml.text(text);
        xml.end();
        xml.end();
    };
    auto fieldChar = [&xml](const char *type) {
        xml.start("w:r");
        xml.empty("w:fldChar");
        xml.attribute("w:fldCharType", type);
        xml.end();
    };
    textRun(before);
    if (at >= 0) {
        fieldChar("begin");
        xml.start("w:r");
        xml.start("w:instrText");
        xml.attribute("xml:space", "preserve");
        xml.text(QStringLiteral(" PAGE "));
        xml.end();
        xml.end();
        fieldChar("separate");
        textRun(QStringLiteral("1"));
        fieldChar("end");
    }
    textRun(after);
    xml.end(); // w:p
    xml.end(); // w:ftr
    return xml.finish();
}

QByteArray DocxPackageParts::documentRelationships(const QList<DocxRelationship> &extra)
{
    DocxXmlWriter xml;
    xml.start("Relationships");
    xml.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    writeRelationship(xml, QStringLiteral("rIdStyles"), QStringLiteral("styles"),
                      QStringLiteral("styles.xml"));
    writeRelationship(xml, QStringLiteral("rIdSettings"), QStringLiteral("settings"),
                      QStringLiteral("settings.xml"));
    writeRelationship(xml, QStringLiteral("rIdFontTable"), QStringLiteral("fontTable"),
                      QStringLiteral("fontTable.xml"));
    writeRelationship(xml, QLatin1String(FooterOddId), QStringLiteral("footer"),
                      QStringLiteral("footer1.xml"));
    writeRelationship(xml, QLatin1String(FooterEvenId), QStringLiteral("footer"),
                      QStringLiteral("footer2.xml"));
    for (const DocxRelationship &r : extra)
        writeRelationship(xml, r.id, r.type, r.target, r.external);
    xml.end();
    return xml.finish();
}

} // namespace xj
