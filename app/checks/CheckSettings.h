// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace xj {

/// Thresholds the checks use. The defaults follow ../shared/reference/indicators.md; where that
/// material is unverified ([R]) the value is a setting, never a constant inside a check.
struct CheckSettings
{
    /// date.inconsistent: days a list or article date may differ from the date in its URL or meta.
    int dateToleranceDays = 0;
    /// Hosts (besides the site's own and its registry hosts) whose scripts and frames are fine, in
    /// addition to the bundled list; "*.example.cn" allows every sub-domain.
    QStringList allowedHosts;
    /// English spelling: words shorter than this are not checked (abbreviations, units).
    int englishMinimumWordLength = 3;
};

} // namespace xj
