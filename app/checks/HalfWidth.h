// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace xj {

/// Full-width forms as their ASCII twins (ＩＣＰ备１２３ → ICP备123) and the ideographic and
/// no-break spaces as plain spaces, character for character: the result has the length of the
/// input, so an offset found in it is an offset in the page's text. Every check that matches
/// digits, codes or Latin words reads its text through this.
class HalfWidth
{
public:
    static QString fold(QStringView text);
    static char16_t fold(char16_t c)
    {
        if (c >= 0xFF01 && c <= 0xFF5E)
            return char16_t(c - 0xFF01 + 0x21);
        return c == 0x3000 || c == 0x00A0 ? u' ' : c;
    }
};

} // namespace xj
