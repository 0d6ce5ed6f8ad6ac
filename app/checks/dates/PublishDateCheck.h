// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

namespace xj {

/// date.future and date.inconsistent in one pass: both look at the same publish dates, and
/// finding those is most of the work on a long page. The engine registers this class; the two
/// checks also work on their own (FutureDateCheck, DateConsistencyCheck).
class PublishDateCheck final : public PageCheck
{
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;
};

} // namespace xj
