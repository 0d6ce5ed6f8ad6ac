// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"
#include "checks/dates/PublishDates.h"

#include <QCoreApplication>

namespace xj {

struct PublishDate;
struct UrlDate;

/// Dates of one item that disagree (W-V1, 伪造发稿日期): an article's shown publish date against
/// its PubDate meta tag and against the date in its own address, and a list item's date against
/// the date in its link's address. The address date is when the CMS created the page, so a shown
/// date before it (backdating) is the more telling case. Differences up to
/// CheckSettings::dateToleranceDays are accepted.
class DateConsistencyCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::DateConsistencyCheck)
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;
    /// The same, on publish dates already found (PublishDateCheck finds them once for both).
    static void report(const PageSnapshot &page, const CheckContext &context, const QList<PublishDate> &dates,
                       Candidates &out);

private:
    enum class Source { Meta, PageUrl, LinkUrl };
    static void compare(const PageSnapshot &page, const PublishDate &shown, const UrlDate &other,
                        Source source, const QString &metaName, int tolerance, Candidates &out);
};

} // namespace xj
