// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawler/CrawlSettings.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

namespace xj {

/// What the scan does with an address it meets: crawl it (a page of the site), only check it (an
/// image, a stylesheet, an attachment of the site, or anything on another site), or leave it.
class CrawlScope
{
public:
    enum class Kind { Page, Resource, External, Ignored };

    /// The site is the start address's host (with and without "www.") plus `settings.extraHosts`,
    /// under `settings.pathPrefixes` when any are given.
    CrawlScope(const QUrl &start, const CrawlSettings &settings);

    /// `tag` is the element the link came from (a, img, script, link, iframe, …).
    Kind classify(const QUrl &url, const QString &tag) const;
    bool isSiteHost(const QString &host) const;
    /// "host" or "host:port", lower-case: how hosts are told apart by the scope, the throttle and
    /// the frontier.
    static QString hostKey(const QUrl &url);
    /// Attachments worth checking but not reading: pdf, doc(x), xls(x), wps, zip, rar, …
    static bool isAttachment(const QString &path);
    /// Paths whose content is not HTML by their extension (images, scripts, media, archives).
    static bool isNonPage(const QString &path);
    /// Whether `to` is another page of the same list as `from` (index_2.html next to index.html,
    /// ?page=3 of the same path). Pagination does not count as a click deeper, or a column with
    /// 200 list pages would never be read to its end.
    static bool isSameListPage(const QUrl &from, const QUrl &to);

private:
    QSet<QString> m_hosts; ///< host:port
    QStringList m_prefixes;
};

} // namespace xj
