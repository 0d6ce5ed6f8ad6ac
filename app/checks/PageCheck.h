// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"

#include <QStringList>

namespace xj {

class CheckContext;
struct PageSnapshot;

/// One automated check: reads a page snapshot and proposes candidates. A check may report more
/// than one check id (the personal-data check reports id numbers, mobiles and bank cards); it
/// names them in `checkIds()`, and every candidate it adds carries one of them. Checks are
/// stateless and const, so one instance serves every page and thread; everything they need
/// (dictionaries, allow-lists, thresholds) comes through the context. Registered in CheckRegistry.
class PageCheck
{
public:
    virtual ~PageCheck() = default;

    virtual QStringList checkIds() const = 0;
    /// Adds this check's candidates for `page` to `out`. Only ids in checkIds(); the engine drops
    /// candidates of switched-off ids, allow-listed and dismissed ones afterwards.
    virtual void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const = 0;
};

} // namespace xj
