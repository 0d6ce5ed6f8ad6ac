// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace xj {

/// What the finding matcher compares of a finding: the checklist item it counts against, the page
/// it is on and what on that page it points at. The training mode matches a trainee's findings to
/// an exercise's answer key with it, and a peer audit one team's findings to another's.
struct MatchSubject
{
    QString itemCode; ///< W-V1, W-D3 …
    /// The page as a site-relative path ("/xwzx/2026/0101.html"), or a whole address; both are
    /// normalised before comparing. "*" stands for any page of the site (a site-wide problem).
    QString page;
    QString selector;  ///< CSS selector of the element, empty when none was picked
    QStringList texts; ///< what the finding quotes: element text, the wrong words, a link's address
};

} // namespace xj
