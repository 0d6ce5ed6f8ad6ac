// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <variant>

namespace xj {

/// What a paragraph is in an official document (GB/T 9704-2012). The style sheet
/// (DocumentStyle) gives each role its font class, size, alignment and indent, so a writer never
/// decides how a paragraph looks — it only asks the style.
enum class BlockRole {
    Banner,    ///< 发文机关标志: the issuing office's name in red above the red rule
    DocNumber, ///< 发文字号, e.g. 安电政发〔2026〕12号
    Rule,      ///< the red separator line under the header (its text is ignored)
    Title,     ///< 标题, 2号小标宋, centred
    Addressee, ///< 主送机关, flush left, ends with a colon
    Body,      ///< 正文, 3号仿宋, first line indented two characters
    Heading1,  ///< 一、 黑体
    Heading2,  ///< (一) 楷体
    Signature, ///< 发文机关署名
    Date,      ///< 成文日期
    Note,      ///< smaller text: annex notes, "此页无正文" and the like
    Caption,   ///< a table's title line, centred
};

/// One cell of a report table: text, optionally a hyperlink for it and a picture below it.
struct ReportCell
{
    QString text;
    QUrl link;         ///< when set the text is a link to it (页面地址)
    QString imagePath; ///< a PNG or JPEG file shown under the text, scaled to the column
};

/// A table with a header row that repeats on every page it spans. Column widths are relative:
/// {1, 3} gives the second column three times the first.
struct ReportTable
{
    QStringList headers;
    QList<double> widths;
    QList<QList<ReportCell>> rows;
    /// Tables that are forms to fill in (回执) get tall empty cells so there is room to write.
    double minimumRowHeightMm = 0;
};

struct ReportParagraph
{
    BlockRole role = BlockRole::Body;
    QString text;
};

struct ReportPageBreak
{
};

using ReportBlock = std::variant<ReportParagraph, ReportTable, ReportPageBreak>;

/// A report as a list of styled blocks, independent of the file format: the PDF writer, the page
/// preview and the Word writer all render the same ReportDocument with the same DocumentStyle, so
/// the three never disagree about what a notice says.
struct ReportDocument
{
    QString title;  ///< document properties: the title
    QString author; ///< document properties: the issuing office
    QList<ReportBlock> blocks;

    void addParagraph(BlockRole role, const QString &text) { blocks.append(ReportParagraph{role, text}); }
    void addTable(ReportTable table) { blocks.append(std::move(table)); }
    void addPageBreak() { blocks.append(ReportPageBreak{}); }
};

} // namespace xj
