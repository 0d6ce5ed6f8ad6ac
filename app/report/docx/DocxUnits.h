// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QtGlobal>

namespace xj {

/// The measures WordprocessingML uses, from the millimetres and points of DocumentStyle. Word
/// keeps page geometry in twips (1/1440 inch), font sizes in half-points, borders in eighths of a
/// point and drawings in EMU (914400 per inch); rounding once, here, keeps every part consistent.
struct DocxUnits
{
    static constexpr double TwipsPerMm = 1440.0 / 25.4; // 56.6929
    static constexpr qint64 EmuPerTwip = 635;
    static constexpr qint64 EmuPerMm = 36000;
    /// A picture's natural size: Word shows a pixel as 1/96 inch when a file carries no DPI.
    static constexpr qint64 EmuPerPixel = 9525;

    static int twipsFromMm(double mm) { return qRound(mm * TwipsPerMm); }
    static int twipsFromPt(double pt) { return qRound(pt * 20); }
    static int halfPoints(double pt) { return qRound(pt * 2); }
    static int eighthsOfPoint(double pt) { return qRound(pt * 8); }
    static qint64 emuFromMm(double mm) { return qRound64(mm * EmuPerMm); }
    /// "D40000": Word's colour values are hex without the '#'.
    static QString hexColor(const QColor &color) { return color.name(QColor::HexRgb).mid(1).toUpper(); }
};

} // namespace xj
