// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/docx/DocxPackageParts.h"
#include "report/docx/DocxXmlWriter.h"

#include <QHash>
#include <QSize>
#include <QUrl>

#include <optional>

namespace xj {

/// word/document.xml: the paragraphs, tables, hyperlinks and pictures of a ReportDocument, and the
/// section properties (A4, GB/T 9704 margins, outside page numbers). Paragraphs only name their
/// style from DocxStyleSheet. While writing it collects the relationships (links, pictures) and
/// the media parts the package needs. Use one writer per document.
class DocxBodyWriter
{
public:
    /// GB/T 9704 does not fix cell padding; Word's default keeps text off the borders.
    static constexpr int CellMarginTwips = 108;
    /// A screenshot in a problem list stays small enough for several rows to share a page.
    static constexpr double MaxPictureHeightMm = 60;

    explicit DocxBodyWriter(const DocumentStyle &style);

    QByteArray write(const ReportDocument &document);
    const QList<DocxRelationship> &relationships() const { return m_relationships; }
    const QList<DocxMediaPart> &media() const { return m_media; }

    /// Whether Word may link to `url`: http(s) with a host, or a file URL.
    static bool isLinkable(const QUrl &url);

private:
    struct Picture
    {
        QString relationshipId;
        QSize pixels;
    };

    void writeParagraph(const ReportParagraph &paragraph);
    void writePageBreak();
    /// An empty paragraph: between two tables (which Word would otherwise merge) or, only a point
    /// high, after a table that ends the document so the paragraph Word needs there cannot spill
    /// onto a blank page.
    void writeHairlineProperties();
    void writeEmptyParagraph(bool hairline);
    void writeTable(const ReportTable &table);
    QList<int> columnWidths(const ReportTable &table, int columns) const;
    void writeRow(const QList<ReportCell> &cells, const QList<int> &widths, bool header,
                  double minimumHeightMm);
    void writeCell(const ReportCell &cell, int widthTwips, bool header);
    /// One run of `text`; line breaks become <w:br/>, tabs <w:tab/>.
    void writeRun(const QString &text, const char *characterStyle = nullptr);
    void writePicture(const Picture &picture, const QString &description, int columnTwips);
    void writeSectionProperties();

    QString hyperlinkId(const QUrl &url);
    std::optional<Picture> picture(const QString &path);

    const DocumentStyle &m_style;
    DocxXmlWriter m_xml;
    QList<DocxRelationship> m_relationships;
    QList<DocxMediaPart> m_media;
    QHash<QString, QString> m_links; ///< URL → relationship id
    QHash<QString, std::optional<Picture>>
        m_pictures; ///< path → picture; a failure is kept, so it warns once
    int m_drawingId = 0;
};

} // namespace xj
