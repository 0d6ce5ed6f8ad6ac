// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/dates/DateMention.h"

#include <QList>
#include <QString>

class QUrl;

namespace xj {

/// Finds the dates written in Chinese web pages and in their addresses: numeric dates
/// (2019-12-14, 2019/12/14, 2019.12.14, 2019-1-4), 2019年12月14日 (full-width digits and spaces
/// too), 二〇一九年十二月十四日, and the month-day forms of list items (12-14, 12/14, 12月14日).
/// Impossible days (2019-02-30) and digits inside longer numbers (phone numbers, ids) are not
/// dates. A time after a date ("2026-11-18 09:30") is fine; it is not part of the mention.
class DateExtractor
{
public:
    /// How far after the inspection date a month-day may lie before it is read as last year's:
    /// a list shows recent items, so "12-14" seen on 2026-11-20 is 2026-12-14 (a future date the
    /// check reports), while "12-14" seen on 2026-09-01 is 2025-12-14.
    static constexpr int monthDayLookAheadMonths = 2;

    /// Every date mention in `text`, in text order. Month-day forms get the latest year for which
    /// the day exists and lies no more than monthDayLookAheadMonths after `reference`; without a
    /// valid reference they are left out.
    static QList<DateMention> find(const QString &text, const QDate &reference);

    /// The year for a month-day seen on `reference` (rule above); an invalid date when none fits.
    static QDate resolveYear(int month, int day, const QDate &reference);
    /// Whitespace as dates are written: ASCII, and the ideographic space U+3000.
    static bool isSpace(QChar c);
    /// Past a time of day after a date ("2026-11-18 09:30", "09:30:15"); `pos` when there is none.
    static qsizetype skipTimeOfDay(const QString &text, qsizetype pos);

    /// The date `url` carries: a day in the path (/t20261120_1.html, /2026-11/20/, /2026/1120/,
    /// /2026/11/20/) wins over a day in the query (?date=2026-11-20), which wins over a month in
    /// the path (/202611/). Of several days in the path the last (nearest the file name) counts.
    static UrlDate dateInUrl(const QUrl &url);
};

} // namespace xj
