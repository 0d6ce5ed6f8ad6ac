// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/dates/FutureDateCheck.h"

#include "checks/PageSnapshot.h"
#include "checks/dates/PublishDates.h"

namespace xj {

namespace {

const QString checkId = QStringLiteral("date.future");

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QStringList FutureDateCheck::checkIds() const
{
    return {checkId};
}

void FutureDateCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    report(page, context, PublishDates::find(page), out);
}

void FutureDateCheck::report(const PageSnapshot &page, const CheckContext &, const QList<PublishDate> &dates,
                             Candidates &out)
{
    const QDate today = page.inspectionDate;
    if (!today.isValid())
        return;
    for (const PublishDate &d : dates) {
        if (d.date <= today)
            continue;
        Candidate c;
        c.checkId = checkId;
        c.text = d.text;
        c.block = d.block;
        c.offset = d.offset;
        c.length = d.length;
        if (d.kind == PublishDate::Kind::Meta) {
            c.selector = d.selector;
            c.length = 0;
        } else if (d.block >= 0) {
            c.selector = page.blocks.at(d.block).selector;
        }
        switch (d.kind) {
        case PublishDate::Kind::Meta:
        case PublishDate::Kind::Labelled:
            c.confidence = 0.95;
            break;
        case PublishDate::Kind::Header:
            c.confidence = 0.9;
            break;
        case PublishDate::Kind::ListItem:
            // A yearless "[12-14]" may be last December's: its year is only inferred.
            c.confidence = d.hasYear ? 0.8 : 0.6;
            break;
        }
        if (d.hasYear) {
            c.message = tr("The publish date %1 is later than the inspection date %2.")
                            .arg(isoDate(d.date), isoDate(today));
        } else {
            c.message = tr("The list date %1, read as %2, is later than the inspection date %3.")
                            .arg(d.dateText, isoDate(d.date), isoDate(today));
        }
        out.append(c);
    }
}

} // namespace xj
