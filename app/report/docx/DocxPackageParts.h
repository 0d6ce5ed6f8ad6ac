// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/document/DocumentStyle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace xj {

/// A relationship from word/document.xml to another part or, for hyperlinks, an external URL.
struct DocxRelationship
{
    QString id;
    QString type; ///< the last segment of the relationship type URI: "image", "hyperlink" …
    QString target;
    bool external = false;
};

/// A picture stored in the package, e.g. {"media/image1.png", bytes}.
struct DocxMediaPart
{
    QString name; ///< relative to word/
    QByteArray data;
};

/// The Open Packaging parts around the body of a Word document: content types, relationships,
/// document properties, settings and the page-number footers. Each function returns one
/// complete part; DocxReportWriter puts them in the zip.
class DocxPackageParts
{
public:
    static constexpr const char *FooterOddId = "rIdFooterOdd";
    static constexpr const char *FooterEvenId = "rIdFooterEven";

    static QByteArray contentTypes(const QList<DocxMediaPart> &media);
    static QByteArray packageRelationships();
    static QByteArray coreProperties(const ReportDocument &document, const QDateTime &createdUtc);
    static QByteArray appProperties();
    static QByteArray settings(const DocumentStyle &style);
    /// Odd pages (footer1) carry the number on the right, even pages (footer2) on the left.
    static QByteArray footer(const DocumentStyle &style, bool evenPage);
    /// The fixed parts (styles, settings, fonts, footers) followed by `extra`.
    static QByteArray documentRelationships(const QList<DocxRelationship> &extra);

    /// The footer's distance from the bottom edge of the page, chosen so that the page number's
    /// line starts DocumentStyle::pageNumberBelowBodyMm() below the text block.
    static int footerDistanceTwips(const DocumentStyle &style);

private:
    static int pageNumberLineTwips(const DocumentStyle &style);
};

} // namespace xj
