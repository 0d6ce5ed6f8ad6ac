// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QtGlobal>

namespace xj {

/// One date written in a text: where it is and the day it names. Month-day forms ("12-14",
/// "12月14日") carry no year; theirs is inferred from the inspection date (see DateExtractor).
struct DateMention
{
    enum class Form {
        Numeric,        ///< 2019-12-14, 2019/12/14, 2019.12.14, 2019-1-4
        Chinese,        ///< 2019年12月14日 (ASCII or full-width digits)
        ChineseNumeral, ///< 二〇一九年十二月十四日
        MonthDay,       ///< 12-14, 12/14, 12月14日: no year written
    };

    qsizetype offset = 0; ///< in the text searched
    qsizetype length = 0;
    QDate date;
    Form form = Form::Numeric;

    bool hasYear() const { return form != Form::MonthDay; }
    qsizetype end() const { return offset + length; }
};

/// The date a URL carries. Many CMSs put the creation day in the path (/t20261120_3412.html);
/// some only the month (/202611/), so a month-only date stands for any day of that month.
struct UrlDate
{
    QDate date; ///< the first of the month when monthOnly
    bool monthOnly = false;

    bool isValid() const { return date.isValid(); }
};

} // namespace xj
