// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageSnapshot.h"

#include <QUrl>

namespace xj {

/// Builds a PageSnapshot from HTML source without rendering it (gumbo's HTML5 parser): the text
/// of each block element, links with the concealment their inline styles and `hidden` attributes
/// give them (stylesheets are not applied), inline scripts, meta tags and the title. Used for
/// saved pages in the CLI, for tests, and for crawled pages. Boxes stay empty.
class StaticPageReader
{
public:
    /// Limits that keep a hostile page from taking the machine: deeper elements are read as text
    /// of their ancestor, and text beyond the cap is left out.
    static constexpr int MaxDepth = 400;
    static constexpr qsizetype MaxTextCharacters = 8 * 1024 * 1024;

    static PageSnapshot read(const QString &html, const QUrl &url);
    /// Whether the element is a block: its text starts a new TextBlock.
    static bool isBlockTag(QStringView tag);
    /// Whitespace as a reader sees it: runs collapsed to one space, none between CJK characters.
    static void appendCollapsed(QString &to, QStringView text, bool &pendingSpace);
    static bool isCjk(QChar c);
};

} // namespace xj
