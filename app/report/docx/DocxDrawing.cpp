// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/docx/DocxDrawing.h"

#include "report/docx/DocxUnits.h"
#include "report/docx/DocxXmlWriter.h"

#include <algorithm>

namespace xj {

DocxDrawing::Extent DocxDrawing::fit(QSize pixels, qint64 maxWidthEmu, qint64 maxHeightEmu)
{
    const qint64 w = std::max(pixels.width(), 1);
    const qint64 h = std::max(pixels.height(), 1);
    Extent extent;
    extent.cx = std::min(maxWidthEmu, w * DocxUnits::EmuPerPixel);
    extent.cy = extent.cx * h / w;
    if (extent.cy > maxHeightEmu) {
        extent.cy = maxHeightEmu;
        extent.cx = extent.cy * w / h;
    }
    return extent;
}

void DocxDrawing::writeInline(DocxXmlWriter &xml, int id, const QString &relationshipId, Extent extent,
                              const QString &description)
{
    const QString name = QStringLiteral("Picture %1").arg(id);
    const qint64 cx = extent.cx;
    const qint64 cy = extent.cy;
    xml.start("w:drawing");
    xml.start("wp:inline");
    for (const char *distance : {"distT", "distB", "distL", "distR"})
        xml.attribute(distance, "0");
    xml.empty("wp:extent");
    xml.number("cx", cx);
    xml.number("cy", cy);
    xml.empty("wp:effectExtent");
    for (const char *side : {"l", "t", "r", "b"})
        xml.attribute(side, "0");
    xml.empty("wp:docPr");
    xml.number("id", id);
    xml.attribute("name", name);
    xml.attribute("descr", description);
    xml.start("wp:cNvGraphicFramePr");
    xml.empty("a:graphicFrameLocks");
    xml.attribute("noChangeAspect", "1");
    xml.end();
    xml.start("a:graphic");
    xml.start("a:graphicData");
    xml.attribute("uri", PictureNamespace);
    xml.start("pic:pic");
    xml.start("pic:nvPicPr");
    xml.empty("pic:cNvPr");
    xml.number("id", id);
    xml.attribute("name", name);
    xml.empty("pic:cNvPicPr");
    xml.end();
    xml.start("pic:blipFill");
    xml.empty("a:blip");
    xml.attribute("r:embed", relationshipId);
    xml.start("a:stretch");
    xml.empty("a:fillRect");
    xml.end();
    xml.end(); // pic:blipFill
    xml.start("pic:spPr");
    xml.start("a:xfrm");
    xml.empty("a:off");
    xml.attribute("x", "0");
    xml.attribute("y", "0");
    xml.empty("a:ext");
    xml.number("cx", cx);
    xml.number("cy", cy);
    xml.end(); // a:xfrm
    xml.start("a:prstGeom");
    xml.attribute("prst", "rect");
    xml.empty("a:avLst");
    xml.end();
    xml.end(); // pic:spPr
    xml.end(); // pic:pic
    xml.end(); // a:graphicData
    xml.end(); // a:graphic
    xml.end(); // wp:inline
    xml.end(); // w:drawing
}

} // namespace xj
