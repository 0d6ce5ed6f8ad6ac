// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace xj {

/// Makes the text of Qt's PDFs copy and search as the characters that were written.
///
/// CJK fonts such as Noto Serif CJK draw a Kangxi radical (U+2F42 ⽂) and the ideograph it stands
/// for (U+6587 文) with one glyph. Qt's ToUnicode map gives each glyph the lowest code point that
/// uses it, so 文件 copied out of the PDF reads ⽂件 and a search for 文 finds nothing. The repair
/// finds, in the fonts the document uses, the ideograph that shares each radical's glyph and
/// rewrites the map's destinations (same length, so no offsets move). Qt writes the maps
/// uncompressed; a PDF without them is left as it is.
class PdfTextRepair
{
public:
    /// Radical (U+2E80–U+2FDF) → the unified ideograph drawn with the same glyph, over the given
    /// font families. Cached per family; safe to call from several threads.
    static QHash<char32_t, char32_t> radicalMap(const QStringList &families);
    /// Rewrites radical destinations in the ToUnicode maps of `pdf`; returns how many it changed.
    static int repair(QByteArray &pdf, const QHash<char32_t, char32_t> &map);
};

} // namespace xj
