// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"
#include "checks/dates/PublishDates.h"

#include <QCoreApplication>

namespace xj {

/// "时间穿越": a publish date later than the day the page is inspected (W-V1, 伪造发稿日期).
/// Looks at the PubDate meta tag and its kin, labelled dates ("发布时间：…"), list-item dates and
/// article header lines (PublishDates); deadlines, validity limits and event dates are expected
/// to lie in the future and are not reported. Nothing is reported without an inspection date.
class FutureDateCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::FutureDateCheck)
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;
    /// The same, on publish dates already found (PublishDateCheck finds them once for both).
    static void report(const PageSnapshot &page, const CheckContext &context, const QList<PublishDate> &dates,
                       Candidates &out);
};

} // namespace xj
