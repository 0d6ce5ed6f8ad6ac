// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/dates/DateExtractor.h"

#include "checks/HalfWidth.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace xj {

namespace {

// The patterns run on a copy of the text with full-width digits, separators and spaces made
// ASCII. Every replacement is one UTF-16 unit for one, so offsets stay those of the original.
QString normalised(const QString &text)
{
    QString copy = HalfWidth::fold(text);
    for (QChar &c : copy) {
        if (c == u'\u2212') // the minus sign some editors type between date parts
            c = u'-';
    }
    return copy;
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == u'○' || c == u'零')
        return 0;
    return int(digits.indexOf(c));
}

// Digit by digit: "二〇一九" = 2019; -1 when a character is not a digit.
int chineseYear(const QString &s)
{
    int value = 0;
    for (QChar c : s) {
        const int d = chineseDigit(c);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

// "十" = 10, "十二" = 12, "二十" = 20, "三十一" = 31, "五" = 5, "〇五" = 5; -1 when malformed.
int chineseNumber(const QString &s)
{
    const qsizetype ten = s.indexOf(u'十');
    if (ten >= 0) {
        const QString before = s.left(ten);
        const QString after = s.mid(ten + 1);
        if (before.size() > 1 || after.size() > 1)
            return -1;
        const int tens = before.isEmpty() ? 1 : chineseDigit(before.at(0));
        const int units = after.isEmpty() ? 0 : chineseDigit(after.at(0));
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }
    if (s.isEmpty() || s.size() > 2)
        return -1;
    return chineseYear(s);
}

// Years outside this range are ids or amounts in the texts we read, not dates.
QDate makeDate(int y, int m, int d)
{
    if (y < 1900 || y > 2099 || !QDate::isValid(y, m, d))
        return {};
    return QDate(y, m, d);
}

struct Range
{
    qsizetype start;
    qsizetype end;
};

bool overlaps(const QList<Range> &taken, qsizetype start, qsizetype end)
{
    for (const Range &r : taken) {
        if (start < r.end && r.start < end)
            return true;
    }
    return false;
}

// The latest day matching one of the day-level URL patterns in `s`, by position.
QDate lastDayIn(const QString &s)
{
    // yyyy-MM-dd, yyyy/MM/dd, yyyy_M_d, yyyy-MM/dd: any of - _ / between the parts.
    static const QRegularExpression separated(
        QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})[-_/]([01]?[0-9])[-_/]([0-3]?[0-9])(?![0-9])"));
    // t20261120, 20261120, 2026/1120.
    static const QRegularExpression compact(
        QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})/?([01][0-9])([0-3][0-9])(?![0-9])"));
    QDate best;
    qsizetype bestAt = -1;
    for (const QRegularExpression *re : {&separated, &compact}) {
        auto it = re->globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QDate d = makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (d.isValid() && m.capturedStart() > bestAt) {
                best = d;
                bestAt = m.capturedStart();
            }
        }
    }
    return best;
}

} // namespace

QDate DateExtractor::resolveYear(int month, int day, const QDate &reference)
{
    if (!reference.isValid())
        return {};
    const QDate limit = reference.addMonths(monthDayLookAheadMonths);
    // Eight years back reaches the previous 29 February from any reference.
    for (int y = reference.year() + 1; y >= reference.year() - 8; --y) {
        const QDate d = makeDate(y, month, day);
        if (d.isValid() && d <= limit)
            return d;
    }
    return {};
}

QList<DateMention> DateExtractor::find(const QString &text, const QDate &reference)
{
    static const QRegularExpression numeral(
        QStringLiteral("(?<![〇○零一二三四五六七八九十])([〇○零一二三四五六七八九]{4})\\s*年\\s*"
                       "([一二三四五六七八九十]{1,3})\\s*月\\s*([〇○零一二三四五六七八九十]{1,3})\\s*日"));
    static const QRegularExpression chinese(
        QStringLiteral("(?<![0-9])([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日"));
    // The same separator twice; no digit or separator on either side, so "2019121412", a
    // version "1.2019.12.14" or "2019-12-14-5" are not dates.
    static const QRegularExpression numeric(
        QStringLiteral("(?<![0-9./-])([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9])(?!\\2[0-9])"));
    // Month-days: two digits each, so ranges ("1-3月", "5-6人") are not read as dates.
    static const QRegularExpression monthDay(
        QStringLiteral("(?<![0-9./:-])([0-9]{2})([-/])([0-9]{2})(?![0-9])(?![-/.:][0-9])"));
    static const QRegularExpression monthDayChinese(
        QStringLiteral("(?<![0-9年])([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日"));

    const QString s = normalised(text);
    QList<DateMention> found;
    // Ranges of every full-date match, valid or not: the month-day inside "2019-02-30" or
    // "2026-13-45" is not a date of its own.
    QList<Range> taken;

    auto add = [&](const QRegularExpressionMatch &m, const QDate &date, DateMention::Form form) {
        if (date.isValid())
            found.append({m.capturedStart(), m.capturedLength(), date, form});
    };

    struct Full
    {
        const QRegularExpression *re;
        DateMention::Form form;
        int year, month, day;
    };
    const Full fulls[] = {{&numeral, DateMention::Form::ChineseNumeral, 1, 2, 3},
                          {&chinese, DateMention::Form::Chinese, 1, 2, 3},
                          {&numeric, DateMention::Form::Numeric, 1, 3, 4}};
    for (const Full &f : fulls) {
        auto it = f.re->globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(taken, m.capturedStart(), m.capturedEnd()))
                continue;
            taken.append({m.capturedStart(), m.capturedEnd()});
            QDate date;
            if (f.form == DateMention::Form::ChineseNumeral) {
                date = makeDate(chineseYear(m.captured(f.year)), chineseNumber(m.captured(f.month)),
                                chineseNumber(m.captured(f.day)));
            } else {
                date = makeDate(m.captured(f.year).toInt(), m.captured(f.month).toInt(),
                                m.captured(f.day).toInt());
            }
            add(m, date, f.form);
        }
    }

    for (const QRegularExpression *re : {&monthDay, &monthDayChinese}) {
        const bool numericForm = re == &monthDay;
        auto it = re->globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(taken, m.capturedStart(), m.capturedEnd()))
                continue;
            taken.append({m.capturedStart(), m.capturedEnd()});
            const int month = m.captured(1).toInt();
            const int day = m.captured(numericForm ? 3 : 2).toInt();
            add(m, resolveYear(month, day, reference), DateMention::Form::MonthDay);
        }
    }

    std::sort(found.begin(), found.end(),
              [](const DateMention &a, const DateMention &b) { return a.offset < b.offset; });
    return found;
}

UrlDate DateExtractor::dateInUrl(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    if (const QDate d = lastDayIn(path); d.isValid())
        return {d, false};
    if (const QDate d = lastDayIn(url.query(QUrl::FullyDecoded)); d.isValid())
        return {d, false};
    // Only a month: /202611/, /2026-11/, /2026/11/.
    static const QRegularExpression month(
        QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})[-_/]?([01][0-9])(?![0-9])"));
    UrlDate result;
    auto it = month.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (const QDate d = makeDate(m.captured(1).toInt(), m.captured(2).toInt(), 1); d.isValid())
            result = {d, true};
    }
    return result;
}

bool DateExtractor::isSpace(QChar c)
{
    return c.isSpace() || c == u'\u3000';
}

qsizetype DateExtractor::skipTimeOfDay(const QString &text, qsizetype pos)
{
    static const QRegularExpression time(QStringLiteral("\\G[\\s\\x{3000}]*[0-9０-９]{1,2}[:：][0-9０-９]{2}"
                                                        "(?:[:：][0-9０-９]{2})?"));
    const QRegularExpressionMatch m = time.match(text, pos);
    return m.hasMatch() ? m.capturedEnd() : pos;
}

} // namespace xj
