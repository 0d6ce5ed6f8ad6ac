// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/dates/DateConsistencyCheck.h"

#include "checks/CheckContext.h"
#include "checks/PageSnapshot.h"
#include "checks/dates/DateExtractor.h"
#include "checks/dates/PublishDates.h"

#include <algorithm>
#include <cstdlib>

namespace xj {

namespace {

const QString checkId = QStringLiteral("date.inconsistent");

// The date an article shows as its publication: 成文日期, 印发日期 and 更新时间 name other days
// and may differ from the address or the meta tag without anything being wrong.
const PublishDate *shownPublishDate(const QList<PublishDate> &dates)
{
    static const QStringList publishLabels = {QStringLiteral("发布时间"), QStringLiteral("发布日期"),
                                              QStringLiteral("发表时间")};
    static const QStringList genericLabels = {QStringLiteral("日期"), QStringLiteral("时间")};
    for (const QStringList *labels : {&publishLabels, &genericLabels}) {
        for (const PublishDate &d : dates) {
            if (d.kind == PublishDate::Kind::Labelled && labels->contains(d.label))
                return &d;
        }
    }
    for (const PublishDate &d : dates) {
        if (d.kind == PublishDate::Kind::Header)
            return &d;
    }
    return nullptr;
}

// A month-day read against the inspection date may have the wrong year; the address knows it.
QDate withYearNear(const PublishDate &d, const QDate &near)
{
    if (d.hasYear)
        return d.date;
    QDate best;
    for (int y = near.year() - 1; y <= near.year() + 1; ++y) {
        const QDate candidate(y, d.date.month(), d.date.day());
        if (candidate.isValid() &&
            (!best.isValid() || std::abs(candidate.daysTo(near)) < std::abs(best.daysTo(near))))
            best = candidate;
    }
    return best;
}

} // namespace

QStringList DateConsistencyCheck::checkIds() const
{
    return {checkId};
}

void DateConsistencyCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    report(page, context, PublishDates::find(page), out);
}

void DateConsistencyCheck::report(const PageSnapshot &page, const CheckContext &context,
                                  const QList<PublishDate> &dates, Candidates &out)
{
    const int tolerance = std::max(0, context.settings().dateToleranceDays);

    if (const PublishDate *shown = shownPublishDate(dates)) {
        for (const PublishDate &d : dates) {
            if (d.kind == PublishDate::Kind::Meta) {
                compare(page, *shown, UrlDate{d.date, false}, Source::Meta, d.label, tolerance, out);
                break; // the first meta found (PubDate before its kin) speaks for the page
            }
        }
        if (const UrlDate own = DateExtractor::dateInUrl(page.url); own.isValid())
            compare(page, *shown, own, Source::PageUrl, {}, tolerance, out);
    }

    for (const PublishDate &d : dates) {
        if (d.kind != PublishDate::Kind::ListItem || d.link < 0)
            continue;
        if (const UrlDate linked = DateExtractor::dateInUrl(page.links.at(d.link).url); linked.isValid())
            compare(page, d, linked, Source::LinkUrl, {}, tolerance, out);
    }
}

void DateConsistencyCheck::compare(const PageSnapshot &page, const PublishDate &shown, const UrlDate &other,
                                   Source source, const QString &metaName, int tolerance, Candidates &out)
{
    const QDate date = withYearNear(shown, other.date);
    if (!date.isValid())
        return;
    // A month-only address date stands for every day of its month.
    const QDate first = other.date;
    const QDate last = other.monthOnly ? first.addMonths(1).addDays(-1) : first;
    const bool earlier = date.daysTo(first) > tolerance;
    const bool later = last.daysTo(date) > tolerance;
    if (!earlier && !later)
        return;

    const QString shownText = date.toString(Qt::ISODate);
    const QString otherText =
        other.monthOnly ? first.toString(QStringLiteral("yyyy-MM")) : first.toString(Qt::ISODate);
    Candidate c;
    c.checkId = checkId;
    c.text = shown.dateText;
    c.block = shown.block;
    c.offset = shown.dateOffset;
    c.length = shown.dateLength;
    if (shown.block >= 0)
        c.selector = page.blocks.at(shown.block).selector;
    c.suggestion = other.monthOnly ? QString() : otherText;
    c.confidence = earlier ? 0.9 : 0.7;
    switch (source) {
    case Source::Meta:
        c.message = tr("The publish date %1 shown on the page differs from the date %2 in its "
                       "meta tag \"%3\".")
                        .arg(shownText, otherText, metaName);
        break;
    case Source::PageUrl:
        c.message = tr("The publish date %1 shown on the page differs from the date %2 in the page's "
                       "address.")
                        .arg(shownText, otherText);
        break;
    case Source::LinkUrl:
        c.message = tr("The list date %1 differs from the date %2 in the address of its link.")
                        .arg(shownText, otherText);
        break;
    }
    out.append(c);
}

} // namespace xj
