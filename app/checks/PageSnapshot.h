// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"

#include <QByteArray>
#include <QDate>
#include <QFlags>
#include <QList>
#include <QMultiMap>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace xj {

/// Why an element that is in the page is not seen by a reader. Facts from a rendered page come
/// from computed styles; facts from static HTML only from inline styles and hidden attributes.
enum class Concealment : quint16 {
    None = 0,
    DisplayNone = 1 << 0,
    VisibilityHidden = 1 << 1,
    ZeroSize = 1 << 2,  ///< width or height 0 (or an empty box)
    OffScreen = 1 << 3, ///< positioned far outside the page (left:-9999px, text-indent:-9999px)
    FontSizeZero = 1 << 4,
    SameColour = 1 << 5,      ///< text colour equal (or nearly) to its background colour
    TinyOverflowBox = 1 << 6, ///< clipped inside a box a few pixels big (overflow:hidden)
    Transparent = 1 << 7,     ///< opacity 0
};
Q_DECLARE_FLAGS(Concealments, Concealment)
Q_DECLARE_OPERATORS_FOR_FLAGS(Concealments)

/// The text of one block element (a paragraph, a list item, a table cell, a footer line) with its
/// inline descendants joined, so a word split by <b> or <span> stays one word. Whitespace is
/// collapsed to one space, and dropped between two CJK characters (a line break in the source
/// between Chinese characters is not a space to a reader).
struct TextBlock
{
    QString text;
    QString selector;       ///< CSS selector of the block element; empty when unknown
    QString tag;            ///< lower-case element name: "p", "li", "td", "div", "footer", …
    QRectF box;             ///< document CSS pixels; empty for static HTML
    Concealments concealed; ///< empty for text a reader sees
    qsizetype start = 0;    ///< offset of `text` in PageSnapshot::text

    bool isVisible() const { return concealed == Concealment::None; }
};

/// Something in the page that points elsewhere: a link, an image, a script, a stylesheet, a frame,
/// a form target, or a redirect (meta refresh, `location = …` in an inline script).
struct LinkFact
{
    QString tag;       ///< a, img, script, link, iframe, frame, embed, object, source, form, meta, js
    QString attribute; ///< href, src, action, data, content (meta refresh), location (script redirect)
    QString rawUrl;    ///< as written in the page
    QUrl url;          ///< resolved against the page's address
    QString text;      ///< anchor text, alt or title
    QString selector;
    QRectF box;             ///< document CSS pixels; empty for static HTML
    Concealments concealed; ///< of the element itself or any ancestor
    int block = -1;         ///< index of the TextBlock that contains the element, -1 when none
};

/// Everything the checks look at for one page, gathered either from the rendered DOM in the
/// workbench (PageFactsCollector) or from saved HTML without rendering (StaticPageReader), and
/// later from crawled pages. Checks never see a browser or a network: only this.
struct PageSnapshot
{
    QUrl url;                                     ///< final address after redirects
    QList<QPair<QByteArray, QByteArray>> headers; ///< HTTP response headers, when known
    QString html;                                 ///< the document source
    QString title;
    /// Every block's text, in document order, joined with '\n' (concealed blocks included).
    QString text;
    QList<TextBlock> blocks;
    QList<LinkFact> links;
    QStringList inlineScripts; ///< the text of each inline <script> element
    /// <meta name=…> by lower-case name; http-equiv ones as "http-equiv:refresh" and so on.
    QMultiMap<QString, QString> metas;
    QDate inspectionDate; ///< T: the day the page is checked
    Site site;            ///< the registry record (id 0 when the page belongs to no known site)
    /// For a department site: the host of its parent portal in the registry (www.x.gov.cn).
    QString parentPortalHost;
    bool rendered = false; ///< facts come from computed styles and real boxes

    /// Index of the block whose text contains `offset` of `text`; -1 between blocks or outside.
    int blockAt(qsizetype offset) const;
    /// The first <meta> with this (case-insensitive) name, or a null string.
    QString meta(const QString &name) const;
    /// The first header with this (case-insensitive) name.
    QByteArray header(const QByteArray &name) const;
    /// Appends a block and keeps `text` and the offsets in step. Returns its index.
    int appendBlock(TextBlock block);
};

} // namespace xj
