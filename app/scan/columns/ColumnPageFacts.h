// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace xj {

/// One entry of a column's list: an article (or file) link with the date the list gives it.
struct DatedItem
{
    QString title;
    QString url;
    QDate date;

    bool operator==(const DatedItem &other) const = default;
};

/// What the column analysis takes from one crawled page (ColumnPageReader): whether it is a list
/// page of a column, the column's key, name and level, the dated items it lists, whether it says
/// the column is blank, and for an article its own publish date. Stored per page as compact JSON
/// (scan_urls.facts), so a scan can be judged again without fetching the pages.
struct ColumnPageFacts
{
    /// The site-relative folder of the column's list pages ("/zwdt/xzdt/"); every page of its
    /// pagination (index_1.html …) has the same key. For an article: its column's, when the
    /// breadcrumb names it.
    QString columnKey;
    QString columnName;
    int level = 0; ///< 1 = first-level column, 0 = unknown
    bool isListPage = false;
    QList<DatedItem> items; ///< list pages (and the home page): the dated entries, in page order
    bool blank = false;     ///< the page says the column has nothing (暂无信息, an empty list)
    QString blankText;      ///< what it says, for the evidence
    QDate articleDate;      ///< an article page's own publish date

    /// Nothing the column analysis uses: not worth storing.
    bool isEmpty() const;
    QJsonObject toJson() const;
    static ColumnPageFacts fromJson(const QJsonObject &json);

    bool operator==(const ColumnPageFacts &other) const = default;
};

} // namespace xj
