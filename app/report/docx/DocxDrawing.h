// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

namespace xj {

class DocxXmlWriter;

/// An inline picture in WordprocessingML: <w:drawing><wp:inline> around a DrawingML pic:pic that
/// shows a media part. Inline, not floating, so a picture moves with its table cell when an
/// office edits the notice, and Word, WPS and LibreOffice all place it the same way.
class DocxDrawing
{
public:
    static constexpr const char *WordDrawingNamespace =
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static constexpr const char *DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static constexpr const char *PictureNamespace =
        "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// A displayed size in EMU.
    struct Extent
    {
        qint64 cx = 0;
        qint64 cy = 0;
    };

    /// The size of a picture of `pixels` shown at most `maxWidthEmu` wide and `maxHeightEmu` high,
    /// aspect kept, never larger than its natural size at 96 dpi: a small picture blown up to a
    /// column's width only blurs.
    static Extent fit(QSize pixels, qint64 maxWidthEmu, qint64 maxHeightEmu);

    /// The <w:drawing> element, to go inside a run. `id` is unique in the document; the
    /// description is the alternative text a screen reader speaks.
    static void writeInline(DocxXmlWriter &xml, int id, const QString &relationshipId, Extent extent,
                            const QString &description);
};

} // namespace xj
