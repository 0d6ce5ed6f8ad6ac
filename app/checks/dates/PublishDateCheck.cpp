// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/dates/PublishDateCheck.h"

#include "checks/dates/DateConsistencyCheck.h"
#include "checks/dates/FutureDateCheck.h"

namespace xj {

QStringList PublishDateCheck::checkIds() const
{
    return FutureDateCheck().checkIds() + DateConsistencyCheck().checkIds();
}

void PublishDateCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    const QList<PublishDate> dates = PublishDates::find(page);
    FutureDateCheck::report(page, context, dates, out);
    DateConsistencyCheck::report(page, context, dates, out);
}

} // namespace xj
