// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageSnapshot.h"

#include <QStringView>

namespace xj {

/// Reads an element's inline `style` attribute the way a hijacker uses it: to hide a link or a
/// block from readers while search engines still see it. Used by the static HTML reader, which has
/// no computed styles; it ORs an element's flags with its ancestors'. Declarations are parsed
/// leniently (any case, !important, comments, missing final ';'), later ones win as in CSS, and
/// only values that really hide the content count: `left:-10px` or `color:#000` on white do not.
class InlineStyle
{
public:
    /// The ways the declarations in `styleAttribute` hide the element; None when it is visible.
    static Concealments concealment(QStringView styleAttribute);
    /// The same, with the HTML `hidden` attribute (display:none unless the style sets display).
    static Concealments fromAttributes(bool hiddenAttribute, QStringView style);
};

} // namespace xj
