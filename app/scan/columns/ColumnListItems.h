// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/columns/ColumnPageFacts.h"

#include <QList>
#include <QSet>

namespace xj {

struct LinkFact;
struct PageSnapshot;

/// Finds the dated entries of the lists on a page, from its blocks and links only, so that it
/// works for any template: an item is a link to a page of the same site whose list entry carries
/// a date — in the link's own block (<li><a>…</a><span>2026-10-14</span></li>, "[10-14] …",
/// several items in one cell) or in a sibling block of the same row (<tr><td><a>…</a></td>
/// <td>2026/10/14</td></tr>, <div><div><a>…</a></div><div>2026年10月14日</div></div>). An
/// entry that is not li, tr, dd or dt counts only with a sibling entry, so the one date in a
/// page header ("2026年11月27日 星期五 … 网站地图") is not a list.
class ColumnListItems
{
public:
    struct Found
    {
        QList<DatedItem> items;
        QSet<int> itemBlocks; ///< blocks that hold an item's link
    };

    static Found find(const PageSnapshot &page);
    /// A link that can be a list entry: a visible <a> to another page of the same site with a
    /// title, not a pager or "more" link.
    static bool isEntryLink(const PageSnapshot &page, const LinkFact &link);
    /// Same host, "www." aside.
    static bool sameSite(const QUrl &url, const QUrl &page);
};

} // namespace xj
