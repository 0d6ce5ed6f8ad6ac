// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/columns/ColumnPageFacts.h"

#include <QStringList>
#include <QUrl>

namespace xj {

struct PageSnapshot;

/// Reads what the column analysis needs from one page of a crawled site (ColumnPageFacts):
/// whether it is a list page of a column and which (the folder of its list pages, so every page
/// of a pagination is one column), the column's name (meta ColumnName, else the last item of the
/// breadcrumb, else the page title) and level (breadcrumb, else folder depth), the dated entries
/// it lists (ColumnListItems), whether it shows the column blank (a phrase of
/// dictionaries/column-blank-markers.txt, "共0条", or a list page without entries), and for an
/// article page its own publish date (PublishDates). Works on blocks and links only, so any
/// template and a rendered page read alike.
class ColumnPageReader
{
public:
    static ColumnPageFacts read(const PageSnapshot &page);

    /// The column key of a list page's address: its folder ("/zwdt/xzdt/" for
    /// /zwdt/xzdt/index_2.html), or its path and query without the page number
    /// ("/list.jsp?cid=5" for /list.jsp?cid=5&page=2).
    static QString columnKeyOf(const QUrl &url);
    /// The depth of a key's folder: 1 for "/zwdt/", 2 for "/zwdt/xzdt/"; 0 for the root.
    static int levelOfKey(const QString &key);

    struct Breadcrumb
    {
        bool found = false;
        QStringList items;    ///< after 首页: the columns, outermost first, then a trailing name
        QString lastLinkName; ///< the innermost column that is a link
        QUrl lastLinkUrl;
        int lastLinkLevel = 0;
        bool article = false; ///< it ends in 正文, 详情, …
    };
    /// The "当前位置：首页 > 政务动态 > 乡镇动态" line of a page.
    static Breadcrumb breadcrumb(const PageSnapshot &page);

    /// The bundled blank-column phrases (dictionaries/column-blank-markers.txt), loaded once.
    static const QStringList &blankMarkers();
    /// One phrase per line; '#' starts a comment line. Empty when the file cannot be read.
    static QStringList readMarkers(const QString &path);
};

} // namespace xj
