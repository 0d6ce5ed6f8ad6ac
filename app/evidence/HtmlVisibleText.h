// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace xj {

/// The text a reader sees in an HTML document, without a browser: comments, scripts, styles and
/// the title dropped, tags removed (block tags become a space, inline tags nothing, so Chinese
/// text split by <b> or <span> stays one word), entities decoded, whitespace collapsed. Good enough
/// to prove that an archived page contains a sentence; not a renderer.
class HtmlVisibleText
{
public:
    static QString fromHtml(const QString &html);
    /// &amp; &lt; &nbsp; &#20013; &#x4E2D; and the common typographic names; unknown ones stay.
    static QString decodeEntities(QStringView text);
};

} // namespace xj
