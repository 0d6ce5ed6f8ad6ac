// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/docx/DocxStyleSheet.h"

#include "report/docx/DocxUnits.h"
#include "report/docx/DocxXmlWriter.h"

#include <QSet>

#include <algorithm>

namespace xj {

namespace {

struct RoleStyle
{
    BlockRole role;
    const char *id;
    const char *name; ///< UTF-8: the name an office sees in Word's and WPS's style gallery
    bool keepNext;
    int outlineLevel;
};

// Headings, captions and the letterhead keep with the next paragraph so that a page never ends
// on a heading or on a table's title, and the 版头 (banner, number, rule, title) stays together.
constexpr RoleStyle RoleStyles[] = {
    {BlockRole::Banner, "XjBanner", "发文机关标志", true, -1},
    {BlockRole::DocNumber, "XjDocNumber", "发文字号", true, -1},
    {BlockRole::Rule, "XjRule", "分隔线", true, -1},
    {BlockRole::Title, "XjTitle", "公文标题", true, -1},
    {BlockRole::Addressee, "XjAddressee", "主送机关", false, -1},
    {BlockRole::Body, "XjBody", "公文正文", false, -1},
    {BlockRole::Heading1, "XjHeading1", "一级标题", true, 0},
    {BlockRole::Heading2, "XjHeading2", "二级标题", true, 1},
    {BlockRole::Signature, "XjSignature", "发文机关署名", true, -1},
    {BlockRole::Date, "XjDate", "成文日期", false, -1},
    {BlockRole::Note, "XjNote", "附注", false, -1},
    {BlockRole::Caption, "XjCaption", "表题", true, -1},
};

/// GB/T 9704-2012 7.2.4: the red separator sits 4 mm below the document number. The rule
/// paragraph is that tall and draws its bottom border, so the line lands there.
constexpr double RuleParagraphHeightMm = 4;

const char *justification(Qt::Alignment alignment)
{
    switch ((alignment & Qt::AlignHorizontal_Mask).toInt()) {
    case Qt::AlignHCenter:
        return "center";
    case Qt::AlignRight:
        return "right";
    case Qt::AlignJustify:
        return "both";
    default:
        return "left";
    }
}

} // namespace

DocxStyleSheet::DocxStyleSheet(const DocumentStyle &style)
    : m_style(style)
{}

const char *DocxStyleSheet::styleId(BlockRole role)
{
    for (const RoleStyle &r : RoleStyles) {
        if (r.role == role)
            return r.id;
    }
    return "XjBody";
}

QString DocxStyleSheet::docxFont(const QString &fontClass) const
{
    const FontClass fc = m_style.fontClass(fontClass);
    return fc.docxName.isEmpty() ? fc.families.value(0) : fc.docxName;
}

void DocxStyleSheet::writeRunProperties(DocxXmlWriter &xml, const TextStyle &text, bool language) const
{
    xml.start("w:rPr");
    // The same face for every script: a 公文 sets digits and Latin letters in the body font too,
    // and Word would otherwise pick its Latin default for them.
    const QString font = docxFont(text.fontClass);
    xml.empty("w:rFonts");
    xml.attribute("w:ascii", font);
    xml.attribute("w:eastAsia", font);
    xml.attribute("w:hAnsi", font);
    xml.attribute("w:cs", font);
    xml.val("w:color", DocxUnits::hexColor(text.color));
    xml.valNumber("w:sz", DocxUnits::halfPoints(text.sizePt));
    xml.valNumber("w:szCs", DocxUnits::halfPoints(text.sizePt));
    if (language) {
        xml.empty("w:lang");
        xml.attribute("w:val", "en-US");
        xml.attribute("w:eastAsia", "zh-CN");
    }
    xml.end();
}

void DocxStyleSheet::writeParagraphProperties(DocxXmlWriter &xml, const TextStyle &text,
                                              const ParagraphExtras &extras) const
{
    xml.start("w:pPr");
    if (extras.keepNext)
        xml.empty("w:keepNext");
    if (extras.rule) {
        xml.start("w:pBdr");
        xml.empty("w:bottom");
        xml.attribute("w:val", "single");
        // Word accepts line borders from 1/4 to 12 points.
        xml.number("w:sz", std::clamp(DocxUnits::eighthsOfPoint(m_style.ruleThicknessPt()), 2, 96));
        xml.attribute("w:space", "0");
        xml.attribute("w:color", DocxUnits::hexColor(m_style.ruleColor()));
        xml.end();
    }
    // Spacing in twips of the document's line pitch rather than Word's "lines" units: those depend
    // on the document grid, which LibreOffice and WPS interpret differently.
    const double pitchPt = m_style.lineSpacingPt();
    const double linePt = text.lineSpacingPt > 0 ? text.lineSpacingPt : pitchPt;
    xml.empty("w:spacing");
    xml.number("w:before", extras.rule ? 0 : DocxUnits::twipsFromPt(text.spaceBeforeLines * pitchPt));
    xml.number("w:after", extras.rule ? 0 : DocxUnits::twipsFromPt(text.spaceAfterLines * pitchPt));
    xml.number("w:line",
               extras.rule ? DocxUnits::twipsFromMm(RuleParagraphHeightMm) : DocxUnits::twipsFromPt(linePt));
    xml.attribute("w:lineRule", "exact");
    if (!extras.rule && (text.indentChars != 0 || text.rightIndentChars != 0)) {
        // Characters for Word and WPS (hundredths of a character, so the indent follows a changed
        // font size), twips for readers that ignore the character units.
        const double charTwips = text.sizePt * 20;
        xml.empty("w:ind");
        if (text.indentChars > 0) {
            xml.number("w:firstLineChars", qRound(text.indentChars * 100));
            xml.number("w:firstLine", qRound(text.indentChars * charTwips));
        } else if (text.indentChars < 0) {
            xml.number("w:hangingChars", qRound(-text.indentChars * 100));
            xml.number("w:hanging", qRound(-text.indentChars * charTwips));
        }
        if (text.rightIndentChars != 0) {
            xml.number("w:rightChars", qRound(text.rightIndentChars * 100));
            xml.number("w:right", qRound(text.rightIndentChars * charTwips));
        }
    }
    xml.val("w:jc", extras.rule ? "left" : justification(text.alignment));
    if (extras.outlineLevel >= 0)
        xml.valNumber("w:outlineLvl", extras.outlineLevel);
    xml.end();
}

void DocxStyleSheet::writeParagraphStyle(DocxXmlWriter &xml, const char *id, const char *next,
                                         const QString &name, const TextStyle &text,
                                         const ParagraphExtras &extras) const
{
    xml.start("w:style");
    xml.attribute("w:type", "paragraph");
    xml.attribute("w:customStyle", "1");
    xml.attribute("w:styleId", id);
    xml.val("w:name", name);
    xml.val("w:basedOn", "Normal");
    xml.val("w:next", next);
    xml.empty("w:qFormat");
    writeParagraphProperties(xml, text, extras);
    writeRunProperties(xml, text);
    xml.end();
}

void DocxStyleSheet::writeDefaults(DocxXmlWriter &xml) const
{
    const TextStyle &body = m_style.style(BlockRole::Body);
    xml.start("w:docDefaults");
    xml.start("w:rPrDefault");
    writeRunProperties(xml, body, true);
    xml.end();
    xml.end();
}

void DocxStyleSheet::writeFixedStyles(DocxXmlWriter &xml) const
{
    // Normal carries the document's line pitch, so paragraphs an editor adds later keep the
    // 22-lines-a-page grid of the rest.
    xml.start("w:style");
    xml.attribute("w:type", "paragraph");
    xml.attribute("w:default", "1");
    xml.attribute("w:styleId", "Normal");
    xml.val("w:name", "Normal");
    xml.empty("w:qFormat");
    xml.start("w:pPr");
    xml.empty("w:spacing");
    xml.number("w:line", DocxUnits::twipsFromPt(m_style.lineSpacingPt()));
    xml.attribute("w:lineRule", "exact");
    xml.end();
    xml.end();

    xml.start("w:style");
    xml.attribute("w:type", "character");
    xml.attribute("w:default", "1");
    xml.attribute("w:styleId", "DefaultParagraphFont");
    xml.val("w:name", "Default Paragraph Font");
    xml.valNumber("w:uiPriority", 1);
    xml.empty("w:semiHidden");
    xml.empty("w:unhideWhenUsed");
    xml.end();

    xml.start("w:style");
    xml.attribute("w:type", "table");
    xml.attribute("w:default", "1");
    xml.attribute("w:styleId", "TableNormal");
    xml.val("w:name", "Normal Table");
    xml.valNumber("w:uiPriority", 99);
    xml.empty("w:semiHidden");
    xml.empty("w:unhideWhenUsed");
    xml.start("w:tblPr");
    xml.empty("w:tblInd");
    xml.attribute("w:w", "0");
    xml.attribute("w:type", "dxa");
    xml.end();
    xml.end();

    xml.start("w:style");
    xml.attribute("w:type", "character");
    xml.attribute("w:styleId", HyperlinkId);
    xml.val("w:name", "Hyperlink");
    xml.val("w:basedOn", "DefaultParagraphFont");
    xml.valNumber("w:uiPriority", 99);
    xml.empty("w:unhideWhenUsed");
    xml.start("w:rPr");
    xml.val("w:color", "0563C1");
    xml.val("w:u", "single");
    xml.end();
    xml.end();
}

QByteArray DocxStyleSheet::stylesXml() const
{
    DocxXmlWriter xml;
    xml.start("w:styles");
    xml.attribute("xmlns:w", DocxXmlWriter::WordNamespace);
    xml.attribute("xmlns:r", DocxXmlWriter::RelationshipsNamespace);
    writeDefaults(xml);
    writeFixedStyles(xml);
    for (const RoleStyle &r : RoleStyles) {
        // Enter after a heading or the title continues with body text, as in Word's own headings.
        writeParagraphStyle(xml, r.id, styleId(BlockRole::Body), QString::fromUtf8(r.name),
                            m_style.style(r.role), {r.keepNext, r.outlineLevel, r.role == BlockRole::Rule});
    }
    writeParagraphStyle(xml, TableTextId, TableTextId, QStringLiteral("表格文字"), m_style.tableText(), {});
    writeParagraphStyle(xml, TableHeaderId, TableHeaderId, QStringLiteral("表头"), m_style.tableHeader(), {});
    writeParagraphStyle(xml, PageNumberId, PageNumberId, QStringLiteral("页码"), m_style.pageNumber(), {});
    xml.end();
    return xml.finish();
}

QByteArray DocxStyleSheet::fontTableXml() const
{
    QSet<QString> used{m_style.tableText().fontClass, m_style.tableHeader().fontClass,
                       m_style.pageNumber().fontClass};
    for (const RoleStyle &r : RoleStyles)
        used.insert(m_style.style(r.role).fontClass);
    QStringList classes(used.begin(), used.end());
    classes.sort();

    DocxXmlWriter xml;
    xml.start("w:fonts");
    xml.attribute("xmlns:w", DocxXmlWriter::WordNamespace);
    xml.attribute("xmlns:r", DocxXmlWriter::RelationshipsNamespace);
    QSet<QString> written;
    for (const QString &id : std::as_const(classes)) {
        const QString name = docxFont(id);
        if (name.isEmpty() || written.contains(name))
            continue;
        written.insert(name);
        xml.start("w:font");
        xml.attribute("w:name", name);
        // The alternative name is what Word and WPS fall back to on a computer without the font,
        // e.g. 仿宋 where 仿宋_GB2312 is missing (Windows 10 and later).
        const QString alt = m_style.fontClass(id).docxAltName;
        if (!alt.isEmpty() && alt != name)
            xml.val("w:altName", alt);
        xml.val("w:charset", "86"); // GB2312: tells Word the font covers Simplified Chinese
        xml.val("w:family", "auto");
        xml.val("w:pitch", "variable");
        xml.end();
    }
    xml.end();
    return xml.finish();
}

} // namespace xj
