// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ProblemListRow.h"
#include "report/notice/RoundData.h"

namespace xj {

/// A round's problems as problem-list sheets, one per site with problems to rectify, numbered
/// within each site as on the site's notice.
class ProblemListBuilder
{
public:
    static QList<ProblemListSheet> sheets(const RoundData &data);
};

} // namespace xj
