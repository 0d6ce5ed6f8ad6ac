// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace xj {

/// One spelling per page of a site, so that an answer key's "/news/index.html" and a trainee's
/// "http://127.0.0.1:18460/news/?from=home#top" are recognised as the same page. The scheme, host,
/// port, query and fragment are dropped (an exercise is served on a different port every time, and
/// the key is written without a host); the path is percent-decoded, "//" collapsed and "." / ".."
/// resolved. A folder and its index page are one page: "/news/index.html", "/news/" and "/news"
/// all become "/news" (a trailing "/" is always dropped, except for the root "/"), because a site
/// that serves a file "news" beside a folder "news/" does not exist in practice. The path's case is
/// kept, as UrlNormalizer does: servers may tell "A.html" from "a.html". "*" (any page) stays "*";
/// an empty input is the home page "/".
class PagePath
{
public:
    static QString normalize(const QString &urlOrPath);
    /// Whether two pages are the same after normalize(); "*" on either side matches any page.
    static bool samePage(const QString &a, const QString &b);
};

} // namespace xj
