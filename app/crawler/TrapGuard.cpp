// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/TrapGuard.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace xj {

TrapGuard::TrapGuard(QDate today)
    : m_today(today)
{}

bool TrapGuard::hasRepeatingSegments(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QHash<QString, int> seen;
    for (const QString &s : segments) {
        if (++seen[s] >= MaxRepeatedSegment)
            return true;
    }
    return false;
}

bool TrapGuard::isCalendarOutOfRange(const QUrl &url) const
{
    // A year in the query (year=2031, date=2031-05, month=203105, day=20310512) far from today is
    // a calendar walking off into the future or the past. The year opens a run of 4, 6 or 8 digits.
    static const QRegularExpression year(
        QStringLiteral("(?<![0-9])(1[89][0-9]{2}|2[0-9]{3})(?:[0-9]{2}|[0-9]{4})?(?![0-9])"));
    const QString query = url.query(QUrl::FullyDecoded);
    if (query.isEmpty())
        return false;
    const QUrlQuery items(url);
    for (const auto &kv : items.queryItems(QUrl::FullyDecoded)) {
        const QString name = kv.first.toLower();
        const bool dateLike = name.contains(QLatin1String("year")) || name.contains(QLatin1String("date")) ||
                              name.contains(QLatin1String("month")) || name.contains(QLatin1String("day")) ||
                              name == QLatin1String("y") || name == QLatin1String("ym") ||
                              name.contains(QLatin1String("cal"));
        if (!dateLike)
            continue;
        const auto m = year.match(kv.second);
        if (!m.hasMatch())
            continue;
        const int y = m.captured(1).toInt();
        if (y > m_today.year() + CalendarYearsAhead || y < m_today.year() - CalendarYearsBack)
            return true;
    }
    return false;
}

QString TrapGuard::check(const QUrl &url, int depth, int maxDepth)
{
    if (depth > maxDepth)
        return QStringLiteral("depth");
    const QString path = url.path(QUrl::FullyEncoded);
    if (url.toString(QUrl::FullyEncoded).size() > MaxUrlLength)
        return QStringLiteral("long_url");
    if (path.count(QLatin1Char('/')) > MaxPathSegments)
        return QStringLiteral("deep_path");
    if (hasRepeatingSegments(path))
        return QStringLiteral("repeating_path");
    if (isCalendarOutOfRange(url))
        return QStringLiteral("calendar");
    if (url.hasQuery()) {
        int &variants = m_queryVariants[path];
        if (variants >= MaxQueryVariants)
            return QStringLiteral("query_variants");
        ++variants;
    }
    return {};
}

} // namespace xj
