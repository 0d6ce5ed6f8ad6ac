// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace xj {

/// Which days government offices work: Monday to Friday, except the State Council's public
/// holidays, plus the weekend days it makes working days (调休). The reply-time yardstick of
/// W-D8 and the deadline of a rectification notice ("10个工作日内") count working days, and a
/// reply given over the 国庆 week is not late. The days come from dictionaries/holidays-cn.tsv,
/// which the office extends each year (a copy in the data folder wins over the bundled one); a
/// year the file does not cover counts weekends only.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(xj::WorkingCalendar)
public:
    /// Weekends only, no holidays.
    WorkingCalendar() = default;

    /// The bundled table (:/dictionaries/holidays-cn.tsv).
    static Result<WorkingCalendar> bundled();
    static constexpr const char *FileName = "holidays-cn.tsv";
    /// `<dataDirectory>/holidays-cn.tsv` when the office keeps its own copy, else the bundled table.
    static Result<WorkingCalendar> forDataDirectory(const QString &dataDirectory);
    static Result<WorkingCalendar> fromFile(const QString &path);
    /// Lines of `date<TAB>off|work<TAB>name`; '#' starts a comment. `source` names the text in
    /// error messages.
    static Result<WorkingCalendar> parse(const QString &text, const QString &source);

    /// Makes one day a holiday (working = false) or a working day, whatever the weekday.
    void setDay(const QDate &day, bool working);
    bool isWorkingDay(const QDate &day) const;
    /// The working days after `from` up to and including `to`: a reply the next working day took
    /// 1. Zero when `to` is not after `from` or either date is invalid.
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    /// The `count`-th working day after `from` (a deadline of 10 working days from the notice
    /// date); `from` itself when count is 0 or less.
    QDate addWorkingDays(const QDate &from, int count) const;
    /// How many days the table overrides (holidays and 调休 working days).
    qsizetype overrideCount() const { return m_overrides.size(); }

private:
    QHash<QDate, bool> m_overrides; ///< day → working
};

} // namespace xj
