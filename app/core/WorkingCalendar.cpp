// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkingCalendar.h"

#include <QDir>
#include <QFile>

namespace xj {

Result<WorkingCalendar> WorkingCalendar::bundled()
{
    return fromFile(QStringLiteral(":/dictionaries/holidays-cn.tsv"));
}

Result<WorkingCalendar> WorkingCalendar::forDataDirectory(const QString &dataDirectory)
{
    const QString local = QDir(dataDirectory).filePath(QLatin1String(FileName));
    return !dataDirectory.isEmpty() && QFile::exists(local) ? fromFile(local) : bundled();
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int count) const
{
    QDate day = from;
    // A loop over days is fine: deadlines are weeks, not years, away.
    for (int left = count; left > 0 && day.isValid();) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

Result<WorkingCalendar> WorkingCalendar::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("The holiday table %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return parse(QString::fromUtf8(file.readAll()), QDir::toNativeSeparators(path));
}

Result<WorkingCalendar> WorkingCalendar::parse(const QString &text, const QString &source)
{
    WorkingCalendar calendar;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QDate day = QDate::fromString(fields.value(0).trimmed(), Qt::ISODate);
        const QString kind = fields.value(1).trimmed();
        const bool off = kind == QLatin1String("off");
        if (!day.isValid() || (!off && kind != QLatin1String("work")))
            return Error{tr("Line %1 of the holiday table %2 needs a date (YYYY-MM-DD), a tab and "
                            "\"off\" or \"work\".")
                             .arg(number + 1)
                             .arg(source),
                         line};
        calendar.setDay(day, !off);
    }
    return calendar;
}

void WorkingCalendar::setDay(const QDate &day, bool working)
{
    if (day.isValid())
        m_overrides.insert(day, working);
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    const auto it = m_overrides.constFind(day);
    if (it != m_overrides.constEnd())
        return it.value();
    return day.dayOfWeek() < Qt::Saturday;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // Whole weeks hold five working days apart from overrides, so long spans (a reply a year
    // late) cost one pass over the overrides instead of a walk over every day.
    const qint64 span = from.daysTo(to);
    const qint64 weeks = span / 7;
    int days = int(weeks * 5);
    for (QDate d = from.addDays(weeks * 7 + 1); d <= to; d = d.addDays(1))
        days += d.dayOfWeek() < Qt::Saturday ? 1 : 0;
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        if (it.key() <= from || it.key() > to)
            continue;
        const bool weekday = it.key().dayOfWeek() < Qt::Saturday;
        if (weekday && !it.value())
            --days;
        else if (!weekday && it.value())
            ++days;
    }
    return days;
}

} // namespace xj
