// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QUrl>

namespace xj {

/// Keeps a crawl out of the endless address spaces some sites generate: calendars that link to
/// the next month forever, session ids (removed by UrlNormalizer), paths that grow a segment on
/// every click (relative links on a misconfigured 404 page), and the same page under endless
/// query variants. Each rejected address is recorded as skipped with the reason, so an inspector
/// can see what was left out.
class TrapGuard
{
public:
    static constexpr int MaxPathSegments = 16;
    static constexpr int MaxRepeatedSegment = 3;
    static constexpr int MaxUrlLength = 1024;
    static constexpr int MaxQueryVariants = 300;
    static constexpr int CalendarYearsBack = 30;
    static constexpr int CalendarYearsAhead = 2;

    explicit TrapGuard(QDate today = QDate::currentDate());

    /// Empty when the address may be crawled; otherwise a short reason key (depth, deep_path,
    /// repeating_path, long_url, query_variants, calendar). Counts the address when accepted.
    QString check(const QUrl &url, int depth, int maxDepth);

private:
    static bool hasRepeatingSegments(const QString &path);
    bool isCalendarOutOfRange(const QUrl &url) const;
    QDate m_today;
    QHash<QString, int> m_queryVariants; ///< per path: how many query strings were accepted
};

} // namespace xj
