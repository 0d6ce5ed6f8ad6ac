// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/DocumentStyle.h"

#include <QByteArray>

namespace xj {

class DocxXmlWriter;

/// word/styles.xml and word/fontTable.xml from a DocumentStyle. Every BlockRole becomes a named
/// paragraph style (公文正文, 一级标题 …) and the body only refers to styles, so an office that
/// opens the export in Word or WPS can restyle all body text in one place instead of paragraph by
/// paragraph.
class DocxStyleSheet
{
public:
    static constexpr const char *TableTextId = "XjTableText";
    static constexpr const char *TableHeaderId = "XjTableHeader";
    static constexpr const char *PageNumberId = "XjPageNumber";
    static constexpr const char *HyperlinkId = "Hyperlink";

    explicit DocxStyleSheet(const DocumentStyle &style);

    static const char *styleId(BlockRole role);

    QByteArray stylesXml() const;
    QByteArray fontTableXml() const;

private:
    struct ParagraphExtras
    {
        bool keepNext = false;
        int outlineLevel = -1; ///< 0 for 一级标题 so it shows in Word's navigation pane
        bool rule = false;     ///< the red separator: a bottom border, no text
    };

    void writeDefaults(DocxXmlWriter &xml) const;
    void writeParagraphStyle(DocxXmlWriter &xml, const char *id, const char *next, const QString &name,
                             const TextStyle &text, const ParagraphExtras &extras) const;
    void writeParagraphProperties(DocxXmlWriter &xml, const TextStyle &text,
                                  const ParagraphExtras &extras) const;
    /// `language`: mark the text as Simplified Chinese, so Word picks East Asian line breaking and
    /// proofing (only in the defaults; every style inherits it).
    void writeRunProperties(DocxXmlWriter &xml, const TextStyle &text, bool language = false) const;
    void writeFixedStyles(DocxXmlWriter &xml) const;
    QString docxFont(const QString &fontClass) const;

    const DocumentStyle &m_style;
};

} // namespace xj
